"""The assistant understands requests through the design engine, answers from the account, and acts on
the design in hand; a chat answers one message at a time."""

import pytest

from assistant.local import LocalAssistant
from assistant.models import Chat
from assistant.understanding import language_of, read_turn, request_clause
from designs.models import Design
from radicpro.api.errors import ApiError
from radicpro.billing.selectors import credit_balance
from tests.api_contract import assert_error, assert_success
from tests.assistant.test_chat import say, start


def decide(*messages, design_id=None):
    assistant, state, decisions = LocalAssistant(), {}, []
    for message in messages:
        decision = assistant.respond(state=state, history=[], message=message, context={"design_id": design_id})
        generating = decision.action is not None and decision.action.kind in ("generate_designs", "create_logo")
        state = {**decision.state, **({"done": True} if generating else {})}
        decisions.append(decision)
    return decisions


@pytest.mark.parametrize(("message", "has_design", "act"), [
    ("what can you do?", False, "account"),
    ("how many credits do I have?", False, "account"),
    ("मेरे पास कितने क्रेडिट हैं?", False, "account"),
    ("is my export ready?", True, "account"),
    ("now a story version", True, "adapt"),
    ("export it as PNG at 2x", True, "export"),
    ("make another like this", True, "another"),
    ("use my brand kit", True, "brand"),
    ("start over", True, "start_over"),
    ("can you make the headline shorter?", True, "edit"),
    ("Instagram post for my bakery called 'Crumbs', 20% off", True, "design"),
    ("make me a poster for a charity run on Sunday in Cubbon Park", False, "design"),
    ("Create a logo for my coffee shop", False, "logo"),
    ("thanks!", True, "thanks"),
])
def test_what_a_message_asks_for(message, has_design, act):
    assert read_turn(message, has_design=has_design).act == act


def test_language_and_the_request_clause():
    assert language_of("दिवाली पोस्ट") == "hi" and language_of("Diwali post") == "en"
    assert language_of("👍", default="hi") == "hi"
    assert request_clause("Hi, can you make me a poster for a charity run") == "a poster for a charity run"
    assert request_clause("I need something for my bakery's anniversary") == "my bakery's anniversary"


def test_a_request_with_every_fact_is_designed_at_once():
    (decision,) = decide("make me a poster for a charity run on Sunday 14 March at Cubbon Park, 5K and 10K")
    assert decision.action.kind == "generate_designs"
    assert decision.action.args["format"] == "poster_18x24"
    prompt = decision.action.args["prompt"]
    assert all(fact in prompt for fact in ("14 March", "Cubbon Park", "5K", "10K"))


def test_it_asks_only_what_the_kind_lacks():
    asked, made = decide("I need something for my bakery's anniversary next week", "It's called Crumbs, we're turning 5")
    assert asked.action is None and asked.state["awaiting"] == "name" and "bakery" in asked.reply
    assert made.action.kind == "generate_designs"
    assert "Crumbs bakery" in made.action.args["prompt"] and "turning 5" in made.action.args["prompt"]
    when, invited = decide("Birthday party invitation for Kabir", "Saturday 3 May, 4 pm")
    assert when.state["awaiting"] == "date"
    assert "3 May" in invited.action.args["prompt"]
    (run,) = decide("Charity run on Sunday 9 March at Lalbagh, 5K")  # not a business: no name asked
    assert run.action.kind == "generate_designs"


def test_hindi_requests_get_hindi_replies_and_designs():
    (decision,) = decide("मिठाई की दुकान 'शर्मा स्वीट्स' के लिए दिवाली पोस्ट बनाइए")
    assert decision.action.kind == "generate_designs" and decision.action.args["language"] == "hi"
    asked, _ = decide("एक पोस्ट चाहिए", "होली सेल, 30% छूट")
    assert asked.state["awaiting"] == "what" and language_of(asked.reply) == "hi"


def test_follow_ups_act_on_the_design_in_hand():
    made, story, another, exported, fresh = decide(
        "Black Friday sale post, 60% off laptops", "now a story version", "make another like this",
        "export it as PNG", "start over", design_id="design_x")
    assert made.action.kind == "generate_designs"
    assert story.action.args["format"] == "instagram_story" and story.action.args["adapt"] is True
    assert "60% off laptops" in story.action.args["prompt"]
    assert another.action.kind == "generate_designs" and another.action.args["variants"] == 1
    assert exported.action.kind == "export_design" and exported.action.args["format"] == "png"
    assert fresh.action is None and "request" not in fresh.state


def test_account_questions_are_answered_from_the_account(api, user):
    balance = credit_balance(user=user)
    reply = assert_success(start(api, "how many credits do I have?"))
    assert str(balance) in reply["reply"] and user.plan in reply["reply"] and reply["designs"] == []
    hindi = assert_success(start(api, "मेरे पास कितने क्रेडिट हैं?"))
    assert str(balance) in hindi["reply"] and language_of(hindi["reply"]) == "hi"
    costs = assert_success(start(api, "How much does a design cost?"))
    assert "2 credits" in costs["reply"]
    assert credit_balance(user=user) == balance  # questions cost nothing


def test_a_full_request_then_follow_ups_through_the_api(api, user):
    made = assert_success(start(api, "Black Friday sale post, 60% off laptops"))
    assert len(made["designs"]) == 2 and "60%" in made["reply"]
    story = assert_success(say(api, made["chatId"], "now a story version"))
    assert {design.format for design in Design.objects.filter(pk__in=[d["id"] for d in story["designs"]])} \
        == {"instagram_story"}
    exported = assert_success(say(api, made["chatId"], "export it as PNG"))
    assert "PNG" in exported["reply"] and "1080×1920" in exported["reply"]
    status = assert_success(say(api, made["chatId"], "is my export ready?"))
    assert "done" in status["reply"]


def test_asking_for_the_brand_kit_without_one_says_so(api):
    made = assert_success(start(api, "Holi sale post, 30% off"))
    reply = assert_success(say(api, made["chatId"], "use my brand kit"))
    assert "no brand kit" in reply["reply"] and reply["designs"] == []


def test_chat_turns_are_priced_through_the_cost_table(api, user, monkeypatch):
    from radicpro.billing import costs

    monkeypatch.setitem(costs.COSTS, "chat_turn", 1)
    before = credit_balance(user=user)
    assert_success(start(api, "how many credits do I have?"))
    assert credit_balance(user=user) == before - 1


def test_chat_turns_are_rate_limited(api, settings):
    settings.RADICPRO_RATE_LIMITS = {**settings.RADICPRO_RATE_LIMITS, "ai_chat": "1/hour"}
    chat_id = assert_success(start(api, "what can you do?"))["chatId"]
    assert_error(say(api, chat_id, "how many credits do I have?"), 429, "RATE_LIMITED")


def test_a_message_waits_for_the_one_being_answered(user, monkeypatch):
    from django.utils import timezone

    from assistant import services

    chat = Chat.objects.create(owner=user, turn_started_at=timezone.now())
    monkeypatch.setattr(services, "TURN_WAIT_SECONDS", 0.3)
    with pytest.raises(ApiError) as raised:
        services._take_turn(chat)
    assert raised.value.code.name == "CONFLICT"
    Chat.objects.filter(pk=chat.pk).update(turn_started_at=timezone.now() - services.TURN_STALE_AFTER * 2)
    services._take_turn(chat)  # a crashed turn's lock is taken over
    services._end_turn(chat)
    assert Chat.objects.get(pk=chat.pk).turn_started_at is None


@pytest.mark.postgres  # two writers at once: SQLite's in-memory test database locks its tables
@pytest.mark.django_db(transaction=True)
def test_two_messages_at_once_are_answered_one_after_the_other(user):
    import threading

    from django.db import connection

    from assistant.services import chat_message

    chat = Chat.objects.create(owner=user)
    errors = []

    def send(text):
        try:
            chat_message(chat=Chat.objects.get(pk=chat.pk), sandbox=False, message=text)
        except Exception as error:  # noqa: BLE001 (reported below)
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=send, args=(text,)) for text in ("what can you do?", "how many credits?")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert Chat.objects.get(pk=chat.pk).messages.count() == 4  # neither turn lost


def test_the_conversation_evaluation_runs_and_checks(db):
    from assistant.evaluation.conversations import CONVERSATIONS
    from assistant.evaluation.runner import run_conversation

    assert len(CONVERSATIONS) >= 40
    assert {"hi"} <= {case.get("language", "en") for case in CONVERSATIONS}
    case = next(case for case in CONVERSATIONS if case["id"] == "credits")
    assert run_conversation(case)["failures"] == []
    wrong = {**case, "id": "credits-wrong", "no_design": False, "designs_by": 0}
    assert run_conversation(wrong)["failures"] == ["no design by turn 0"]
