"""The design assistant on the local provider: it asks for what it needs, then makes or edits designs."""

import pytest

from aiengine.creative.color_names import COLOUR_NAMES
from aiengine.tools.logo import LOGO_FORMAT, build_logo_document
from assistant.models import Chat
from designs.models import Design
from designs.services import design_create
from radicpro.accounts.services import api_key_create
from radicpro.api.errors import ApiError, ErrorCode
from radicpro.billing.selectors import credit_balance
from tests.api_contract import assert_error, assert_success
from tests.campaigns.factories import CampaignFactory


def start(api, message, **context):
    body = {"message": message}
    if context:
        body["context"] = context
    return api.post("/v1/ai/chat", body, format="json")


def say(api, chat_id, message, **context):
    body = {"message": message}
    if context:
        body["context"] = context
    return api.post(f"/v1/ai/chat/{chat_id}/message", body, format="json")


@pytest.fixture
def logo_design(user):
    return design_create(owner=user, title="Bean There logo", format=LOGO_FORMAT,
                         design_json=build_logo_document(name="Bean There", style="modern"))


def test_the_coffee_shop_conversation_ends_with_a_logo(api, user):
    before = credit_balance(user=user)
    first = assert_success(start(api, "Create a logo for my coffee shop"))
    assert set(first) == {"chatId", "reply", "suggestions", "designs", "patch", "state", "jobId", "pending"}
    assert first["jobId"] is None and first["pending"] is False
    assert first["chatId"].startswith("chat_")
    assert "name" in first["reply"].lower() and "shop" in first["reply"].lower()
    assert first["suggestions"] and first["designs"] == [] and first["patch"] is None
    assert first["state"]["intent"] == "logo" and first["state"]["awaiting"] == "name"
    chat_id = first["chatId"]

    second = assert_success(say(api, chat_id, "It's called 'Bean There'"))
    assert second["state"]["name"] == "Bean There"
    assert second["state"]["awaiting"] == "style"
    assert "Vintage" in second["suggestions"]
    assert second["designs"] == []

    third = assert_success(say(api, chat_id, "Vintage, in brown and gold please"))
    assert third["state"]["style"] == "vintage"
    assert third["state"]["colors"] == [COLOUR_NAMES["brown"], COLOUR_NAMES["gold"]]
    assert len(third["designs"]) == 1
    design = Design.objects.get(pk=third["designs"][0]["id"], owner=user)
    assert third["designs"][0]["title"] == design.title == "Bean There logo"
    assert third["designs"][0]["thumbnailUrl"]
    assert design.design_json["meta"]["logoStyle"] == "vintage"
    assert design.design_json["brand"]["colors"]["primary"] == COLOUR_NAMES["brown"]
    assert "Bean There" in third["reply"]
    assert third["jobId"].startswith("job_") and third["pending"] is False
    assert credit_balance(user=user) == before - 2  # one design variant

    history = assert_success(api.get(f"/v1/ai/chat/{chat_id}/history"))
    assert history["chatId"] == chat_id
    turns = history["messages"]
    assert [turn["role"] for turn in turns] == ["user", "assistant"] * 3
    assert [turn["content"] for turn in turns[::2]] == [
        "Create a logo for my coffee shop", "It's called 'Bean There'", "Vintage, in brown and gold please"]
    assert turns[5]["designIds"] == [design.pk]
    assert all(turn["createdAt"].endswith("Z") for turn in turns)


def test_skipping_the_questions_uses_sensible_defaults(api):
    chat_id = assert_success(start(api, "I need a logo called \"Northwind\""))["chatId"]
    reply = assert_success(say(api, chat_id, "You choose"))
    design = Design.objects.get(pk=reply["designs"][0]["id"])
    assert design.design_json["meta"]["logoStyle"] == "modern"


def test_a_vague_social_post_asks_what_it_is_for_then_generates_designs(api, user):
    campaign = CampaignFactory(owner=user)
    first = assert_success(start(api, "Design an Instagram post for my bakery called 'Crumbs'",
                                 projectId=campaign.pk))
    assert first["state"]["intent"] == "social_post" and first["state"]["name"] == "Crumbs"
    assert first["state"]["awaiting"] == "what" and first["designs"] == []
    before = credit_balance(user=user)
    second = assert_success(say(api, first["chatId"], "20% off all cakes this weekend"))
    assert second["state"]["offer"] == "20% off"
    assert second["state"]["awaiting"] is None
    assert len(second["designs"]) == 2
    designs = Design.objects.filter(pk__in=[item["id"] for item in second["designs"]])
    assert {design.campaign_id for design in designs} == {campaign.pk}
    assert {design.format for design in designs} == {"instagram_post"}
    assert credit_balance(user=user) == before - 8  # 2 variants + 2 product shots


def test_a_design_in_context_is_edited(api, user, logo_design):
    before = credit_balance(user=user)
    first = assert_success(start(api, "Make the headline bigger", designId=logo_design.pk))
    assert first["state"]["intent"] == "edit"
    assert first["patch"]["operations"]
    assert first["patch"]["baseVersion"] == 1 and first["patch"]["version"] == 2
    assert first["designs"][0]["id"] == logo_design.pk
    logo_design.refresh_from_db()
    assert logo_design.version == 2
    assert logo_design.revisions.order_by("-version").first().source == "ai_edit"
    assert credit_balance(user=user) == before - 1
    second = assert_success(say(api, first["chatId"], "Change the background to navy"))
    assert second["patch"]["version"] == 3


def test_after_a_logo_the_next_instruction_edits_it(api):
    made = assert_success(start(api, "Create a minimalist logo called 'Atlas' in black"))  # all it needs
    chat_id = made["chatId"]
    assert len(made["designs"]) == 1
    assert "Make the name bigger" in made["suggestions"]
    edited = assert_success(say(api, chat_id, "Make the name bigger"))
    assert edited["state"]["intent"] == "edit"
    assert edited["designs"][0]["id"] == made["designs"][0]["id"]
    assert edited["patch"]["version"] == 2


def test_another_users_chat_does_not_exist(api, other_api):
    chat_id = assert_success(start(api, "Create a logo"))["chatId"]
    assert_error(other_api.post(f"/v1/ai/chat/{chat_id}/message", {"message": "hi"}, format="json"),
                 404, "NOT_FOUND")
    assert_error(other_api.get(f"/v1/ai/chat/{chat_id}/history"), 404, "NOT_FOUND")
    assert_error(api.get("/v1/ai/chat/chat_nope/history"), 404, "NOT_FOUND")


def test_anonymous_callers_are_refused(anon_client):
    assert_error(anon_client.post("/v1/ai/chat", {"message": "hi"}, format="json"), 401, "UNAUTHORIZED")


def test_bad_input_names_the_field(api, other_user):
    error = assert_error(api.post("/v1/ai/chat", {}, format="json"), 400, "VALIDATION_ERROR")
    assert "message" in error["details"]
    other_design = design_create(owner=other_user, title="Theirs", format="instagram_post")
    error = assert_error(start(api, "Edit this", designId=other_design.pk), 400, "VALIDATION_ERROR")
    assert "context.designId" in error["details"]
    error = assert_error(start(api, "A logo", projectId="camp_nope"), 400, "VALIDATION_ERROR")
    assert "context.projectId" in error["details"]
    assert not Chat.objects.exists()


def test_a_failed_generation_is_refunded_and_leaves_no_turn(api, user, monkeypatch):
    def broken(**kwargs):
        raise ApiError(ErrorCode.GENERATION_FAILED, "The logo could not be drawn.", retryable=True)

    chat_id = assert_success(start(api, "A logo for my shop called 'Fail Fast'"))["chatId"]
    monkeypatch.setattr("aiengine.tools.runners.build_logo_document", broken)
    before = credit_balance(user=user)
    assert_error(say(api, chat_id, "go ahead"), 500, "GENERATION_FAILED")
    assert credit_balance(user=user) == before
    history = assert_success(api.get(f"/v1/ai/chat/{chat_id}/history"))
    assert len(history["messages"]) == 2


def test_generating_turns_count_against_the_ai_generation_limit(api, settings):
    settings.RADICPRO_RATE_LIMITS = {**settings.RADICPRO_RATE_LIMITS, "ai_generation": "1/hour"}
    first = assert_success(start(api, "Logo called 'Once', modern, blue"))  # all it needs: made at once
    assert len(first["designs"]) == 1
    assert_success(say(api, first["chatId"], "What else can you do?"))  # a question is not a generation
    error = assert_error(say(api, first["chatId"], "Create another logo called 'Twice'"), 429, "RATE_LIMITED")
    assert error["retryable"] is True


def test_sandbox_keys_are_never_charged(user):
    from rest_framework.test import APIClient

    _key, secret = api_key_create(user=user, name="sandbox", mode="test")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {secret}")
    before = credit_balance(user=user)
    chat_id = assert_success(start(client, "A playful logo called 'Sandbox Toys' in pink"))["chatId"]
    made = assert_success(say(client, chat_id, "go ahead"))
    assert len(made["designs"]) == 1
    assert credit_balance(user=user) == before


def _chat_with_turns(user, turns: int) -> Chat:
    from assistant.models import ChatMessage

    chat = Chat.objects.create(owner=user)
    for index in range(turns):
        ChatMessage.objects.create(chat=chat, role="user", content=f"message {index}")
        ChatMessage.objects.create(chat=chat, role="assistant", content=f"reply {index}", suggestions=["Next"])
    return chat


def test_history_reads_a_constant_number_of_queries(api, user, django_assert_num_queries):
    short, long = _chat_with_turns(user, 1), _chat_with_turns(user, 12)
    api.get(f"/v1/ai/chat/{short.pk}/history")  # warm the authentication caches
    with django_assert_num_queries(3) as short_queries:
        assert len(assert_success(api.get(f"/v1/ai/chat/{short.pk}/history"))["messages"]) == 2
    with django_assert_num_queries(len(short_queries.captured_queries)):
        assert len(assert_success(api.get(f"/v1/ai/chat/{long.pk}/history"))["messages"]) == 24


def test_a_campaign_in_context_lends_its_brand_kit(api, user):
    from tests.brands.factories import BrandKitFactory

    brand = BrandKitFactory(owner=user)
    campaign = CampaignFactory(owner=user, brand=brand)
    made = assert_success(start(api, "Make an ad for my shoe store called 'Stride', 30% off, bold",
                                campaignId=campaign.pk))  # everything it needs: made at once
    assert made["state"]["intent"] == "ad" and made["state"]["offer"] == "30% off"
    assert made["state"]["name"] == "Stride"
    designs = Design.objects.filter(pk__in=[item["id"] for item in made["designs"]])
    assert len(designs) == 2
    assert {(design.brand_id, design.campaign_id) for design in designs} == {(brand.pk, campaign.pk)}


def test_the_back_office_shows_a_conversation(client, user):
    from django.contrib import admin
    from django.urls import reverse

    from radicpro.accounts.models import User

    chat = _chat_with_turns(user, 2)
    staff = User.objects.create_superuser("staff@radic.test", "correct-horse-battery-9")
    client.force_login(staff)
    assert admin.site.is_registered(Chat)
    response = client.get(reverse("admin:assistant_chat_change", args=[chat.pk]))
    assert response.status_code == 200
    assert "reply 1" in response.content.decode()


@pytest.mark.django_db(transaction=True)
def test_a_job_still_running_at_the_answer_joins_the_history_when_done(api, user, settings, monkeypatch):
    from aiengine.tasks import run_tool_job

    settings.CELERY_TASK_ALWAYS_EAGER = False
    settings.RADICPRO_SYNC_WAIT_SECONDS = 0.1
    queued = []
    monkeypatch.setattr(run_tool_job.app.conf, "task_always_eager", False)
    monkeypatch.setattr(run_tool_job, "delay", lambda job_id: queued.append(job_id))  # no worker picks it up
    chat_id = assert_success(start(api, "A logo for my café called 'Slow Brew'"))["chatId"]
    waiting = assert_success(say(api, chat_id, "Vintage, brown"))
    assert waiting["pending"] is True and waiting["designs"] == [] and waiting["jobId"] == queued[-1]
    assert len(queued) == 1 and not Design.objects.exists()

    run_tool_job.apply(args=(queued[-1],))  # the worker gets to it
    assert_success(say(api, chat_id, "Thanks!"))
    turns = assert_success(api.get(f"/v1/ai/chat/{chat_id}/history"))["messages"]
    made = Design.objects.get(owner=user)
    assert turns[3]["designIds"] == [made.pk]
    assert Chat.objects.get(pk=chat_id).design_id == made.pk


def test_an_edit_that_cannot_be_applied_is_not_charged(api, user, logo_design, monkeypatch):
    def moved_on(**kwargs):
        raise ApiError(ErrorCode.PRECONDITION_FAILED, "The design changed meanwhile.")

    monkeypatch.setattr("assistant.services.design_apply_operations", moved_on)
    before = credit_balance(user=user)
    assert_error(start(api, "Make the headline bigger", designId=logo_design.pk), 412, "PRECONDITION_FAILED")
    assert credit_balance(user=user) == before
    logo_design.refresh_from_db()
    assert logo_design.version == 1


def test_an_instruction_the_editor_cannot_follow_changes_nothing_and_costs_nothing(api, user, logo_design):
    before = credit_balance(user=user)
    reply = assert_success(start(api, "Edit it so it feels more like jazz", designId=logo_design.pk))
    assert reply["patch"] is None and "couldn't" in reply["reply"]
    assert credit_balance(user=user) == before
    logo_design.refresh_from_db()
    assert logo_design.version == 1


@pytest.mark.parametrize("message", ["🙂" * 50, "logo " * 800, "for my for my for my " * 150, "'" * 300, "\u0000?"])
def test_odd_messages_get_an_answer(api, message):
    response = start(api, message[:4000])
    assert response.status_code in (200, 400), response.content[:300]


@pytest.mark.parametrize("context", [{"designId": {}}, {"campaignId": 5}, ["designId"]])
def test_a_malformed_context_is_a_validation_error(api, context):
    error = assert_error(api.post("/v1/ai/chat", {"message": "Make a post", "context": context},
                                  format="json"), 400, "VALIDATION_ERROR")
    assert any(field.startswith("context") for field in error["details"])
