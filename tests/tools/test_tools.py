"""GET /v1/tools and POST /v1/tools/{toolId}/execute: every tool runs, as a job, priced and validated."""

import io

import pytest
from PIL import Image

from aiengine.providers.base import ProviderError
from assets.models import Asset
from assets.selectors import asset_read_bytes
from designs.models import Design
from radicpro.accounts.services import api_key_create
from radicpro.billing.selectors import credit_balance
from radicpro.jobs.models import Job
from tests.api_contract import assert_error, assert_success
from tests.campaigns.factories import CampaignFactory

TOOL_IDS = {"logo_maker", "design_generator", "smart_image", "image_resizer", "background_swap"}


def run(api, tool_id, inputs, **body):
    return api.post(f"/v1/tools/{tool_id}/execute", {"inputs": inputs, **body}, format="json")


def stored_image(asset_id):
    data = asset_read_bytes(asset=Asset.objects.get(pk=asset_id))
    with Image.open(io.BytesIO(data)) as image:
        image.load()
        return image


def test_the_catalogue_lists_every_tool_with_price_and_schema(api):
    data = assert_success(api.get("/v1/tools"))
    tools = {tool["id"]: tool for tool in data["tools"]}
    assert set(tools) == TOOL_IDS
    for tool in tools.values():
        assert set(tool) == {"id", "name", "category", "creditsPerUse", "description", "inputSchema",
                             "estimatedTime", "output"}
        assert tool["inputSchema"]["type"] == "object"
        assert isinstance(tool["creditsPerUse"], int)
    assert tools["logo_maker"]["creditsPerUse"] == 2
    assert tools["design_generator"]["creditsPerUse"] == 12  # 3 variants + their product shots
    assert tools["smart_image"]["creditsPerUse"] == 2
    assert tools["image_resizer"]["creditsPerUse"] == 0
    assert tools["logo_maker"]["inputSchema"]["required"] == ["text"]
    assert "image_resolution" in tools["design_generator"]["inputSchema"]["properties"]  # inputs verbatim


def test_tools_need_authentication(anon_client):
    assert_error(anon_client.get("/v1/tools"), 401, "UNAUTHORIZED")
    assert_error(anon_client.post("/v1/tools/logo_maker/execute", {"inputs": {"text": "A"}}, format="json"),
                 401, "UNAUTHORIZED")


def test_logo_maker_makes_a_logo_design_with_a_preview_and_charges_its_price(api, user):
    before = credit_balance(user=user)
    data = assert_success(run(api, "logo_maker", {"text": "Bean There", "style": "vintage",
                                                  "colors": ["#6B3E26", "#F5C542"]}))
    assert data["toolId"] == "logo_maker" and data["type"] == "design"
    design = Design.objects.get(pk=data["itemId"], owner=user)
    assert design.title == "Bean There logo"
    texts = [layer["text"] for layer in design.design_json["layers"] if layer["type"] == "text"]
    assert texts == ["BT", "Bean There"]
    assert design.design_json["brand"]["colors"]["primary"] == "#6B3E26"
    assert design.thumbnail_id is not None
    assert data["url"] and "signature=" in data["url"]
    assert set(data["formats"]) >= {"png", "svg", "pdf"}
    preview = stored_image(data["previewAssetId"])
    assert preview.size == (1080, 1080)
    assert data["creditsUsed"] == 2
    assert credit_balance(user=user) == before - 2
    job = Job.objects.get(pk=data["jobId"])
    assert (job.kind, job.status, job.progress, job.credits_used) == ("tool", "completed", 100, 2)


@pytest.mark.parametrize("style", ["modern", "minimalist", "playful"])
def test_every_logo_style_makes_a_valid_design(api, style):
    data = assert_success(run(api, "logo_maker", {"text": "Northwind Traders", "style": style}))
    design = Design.objects.get(pk=data["itemId"])
    assert design.design_json["meta"]["logoStyle"] == style


def test_design_generator_makes_designs_in_a_project(api, user):
    campaign = CampaignFactory(owner=user)
    before = credit_balance(user=user)
    data = assert_success(run(api, "design_generator", {"prompt": "Diwali sale on headphones, 40% off",
                                                        "variants": 1}, projectId=campaign.pk))
    assert data["type"] == "design" and len(data["designs"]) == 1
    design = Design.objects.get(pk=data["itemId"])
    assert design.campaign_id == campaign.pk
    assert data["creditsUsed"] == 4
    assert credit_balance(user=user) == before - 4


def test_smart_image_makes_an_image_asset_of_the_asked_shape(api, user):
    data = assert_success(run(api, "smart_image", {"prompt": "abstract gold ribbons", "type": "abstract",
                                                   "aspect_ratio": "16:9", "colors": ["#0B1F4B", "#F5C542"]}))
    assert data["type"] == "asset"
    assert stored_image(data["itemId"]).size == (1024, 576)
    assert Asset.objects.get(pk=data["itemId"]).owner == user
    assert data["formats"] == ["png"]


def test_image_resizer_resizes_the_users_image(api, product):
    data = assert_success(run(api, "image_resizer", {"file_id": product.pk, "width": 100, "height": 100,
                                                     "fit": "contain", "format": "jpg",
                                                     "background": "#000000"}))
    image = stored_image(data["itemId"])
    assert image.size == (100, 100) and image.format == "JPEG"
    assert image.getpixel((2, 2)) == (0, 0, 0)  # letterboxed in the asked colour
    assert data["sourceAssetId"] == product.pk
    cover = assert_success(run(api, "image_resizer", {"file_id": product.pk, "width": 50, "height": 120,
                                                      "fit": "cover"}))
    assert stored_image(cover["itemId"]).size == (50, 120)


def test_background_swap_puts_the_product_on_a_new_backdrop(api, product, user):
    before = credit_balance(user=user)
    data = assert_success(run(api, "background_swap", {"file_id": product.pk, "colors": ["#0B1F4B", "#F5C542"],
                                                       "width": 400, "height": 400}))
    image = stored_image(data["itemId"]).convert("RGB")
    assert image.size == (400, 400)
    corner = image.getpixel((5, 5))
    assert corner != (255, 255, 255) and sum(corner) < 300  # the white backdrop is gone: dark navy studio
    assert credit_balance(user=user) == before - 2


def test_a_tool_runs_async_as_a_job_with_progress_and_a_message(api):
    response = api.post("/v1/tools/logo_maker/execute", {"inputs": {"text": "Async & Co"}}, format="json",
                        HTTP_PREFER="respond-async")
    data = assert_success(response, 202)
    assert data["jobId"].startswith("job_") and data["estimatedTime"] > 0
    job = assert_success(api.get(f"/v1/jobs/{data['jobId']}"))
    assert job["status"] == "completed" and job["progress"] == 100 and job["message"]
    assert job["result"]["itemId"].startswith("design_") and job["result"]["toolId"] == "logo_maker"


def test_each_stage_reports_progress_and_a_message(api, monkeypatch):
    from radicpro.jobs import services as job_services

    seen = []
    original = job_services.job_progress

    def spy(*, job_id, progress, message=""):
        seen.append((progress, message))
        original(job_id=job_id, progress=progress, message=message)

    monkeypatch.setattr("aiengine.tools.runners.job_progress", spy)
    assert_success(run(api, "logo_maker", {"text": "Stages"}))
    progresses = [progress for progress, _ in seen]
    assert progresses == sorted(progresses) and len(progresses) >= 4
    assert all(message for _, message in seen)


@pytest.mark.parametrize(("tool_id", "inputs", "field"), [
    ("logo_maker", {}, "inputs.text"),
    ("logo_maker", {"text": ""}, "inputs.text"),
    ("logo_maker", {"text": "A", "style": "gothic"}, "inputs.style"),
    ("logo_maker", {"text": "A", "colors": ["#FF5733", "blue"]}, "inputs.colors.1"),
    ("logo_maker", {"text": "A", "font": "Comic"}, "inputs.font"),
    ("design_generator", {"prompt": "Sale", "variants": 9}, "inputs.variants"),
    ("smart_image", {"prompt": "x"}, "inputs.prompt"),
    ("image_resizer", {"file_id": "asset_x", "width": 0, "height": 10}, "inputs.width"),
    ("image_resizer", {"width": 10, "height": 10}, "inputs.file_id"),
    ("background_swap", {"file_id": "asset_x", "colors": []}, "inputs.colors"),
    ("background_swap", {"file_id": "asset_x", "width": 4096}, "inputs.width"),
    ("logo_maker", {"text": "   "}, "inputs.text"),
])
def test_bad_inputs_are_a_validation_error_naming_the_field(api, user, tool_id, inputs, field):
    before = credit_balance(user=user)
    error = assert_error(run(api, tool_id, inputs), 400, "VALIDATION_ERROR")
    assert field in error["details"], error
    assert Job.objects.count() == 0
    assert credit_balance(user=user) == before


def test_inputs_must_be_an_object(api):
    error = assert_error(run(api, "logo_maker", ["Bean There"]), 400, "VALIDATION_ERROR")
    assert "inputs" in error["details"]


def test_another_users_asset_is_a_validation_error_naming_the_input(api, other_product):
    error = assert_error(run(api, "image_resizer", {"file_id": other_product.pk, "width": 10, "height": 10}),
                         400, "VALIDATION_ERROR")
    assert "inputs.file_id" in error["details"]


def test_an_unknown_project_is_a_validation_error(api):
    error = assert_error(run(api, "logo_maker", {"text": "A"}, projectId="camp_nope"), 400, "VALIDATION_ERROR")
    assert "projectId" in error["details"]


def test_an_unknown_tool_is_not_found(api):
    assert_error(run(api, "time_machine", {"text": "A"}), 404, "NOT_FOUND")


def test_a_failed_run_refunds_its_credits(api, user, product, monkeypatch):
    def broken(*args, **kwargs):
        raise ProviderError("the studio lights blew", retryable=True)

    monkeypatch.setattr("aiengine.tools.runners.swap_background", broken)
    before = credit_balance(user=user)
    error = assert_error(run(api, "background_swap", {"file_id": product.pk}), 500, "GENERATION_FAILED")
    assert error["retryable"] is True
    assert credit_balance(user=user) == before
    job = Job.objects.get(kind="tool")
    assert (job.status, job.credits_used) == ("failed", 0)


def test_without_enough_credits_nothing_runs(api, user):
    from radicpro.billing.services import credits_reserve

    credits_reserve(user=user, amount=credit_balance(user=user) - 1, reason="test")
    error = assert_error(run(api, "logo_maker", {"text": "Broke Inc"}), 402, "INSUFFICIENT_CREDITS")
    assert error["details"]["required"] == 2
    assert not Design.objects.filter(owner=user).exists()


def test_sandbox_keys_are_never_charged(user):
    from rest_framework.test import APIClient

    _key, secret = api_key_create(user=user, name="sandbox", mode="test")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {secret}")
    before = credit_balance(user=user)
    data = assert_success(client.post("/v1/tools/logo_maker/execute", {"inputs": {"text": "Test Co"}},
                                      format="json"))
    assert data["creditsUsed"] == 0
    assert credit_balance(user=user) == before


def test_design_tools_count_against_the_ai_generation_limit(api):
    response = run(api, "logo_maker", {"text": "Limits Ltd"})
    assert_success(response)
    assert response["X-RateLimit-Limit"] == "10"  # ai_generation: 10/hour
    assert int(response["X-RateLimit-Remaining"]) == 9


@pytest.mark.parametrize(("tool_id", "inputs"), [
    ("logo_maker", {"text": "Twice Co"}),
    ("smart_image", {"prompt": "a podium for a perfume bottle"}),
    ("background_swap", {}),
    ("image_resizer", {"width": 64, "height": 64}),
])
def test_a_redelivered_job_answers_with_what_it_already_made(api, user, product, tool_id, inputs):
    from aiengine.tools.services import tool_job_run

    if tool_id in ("background_swap", "image_resizer"):
        inputs = {**inputs, "file_id": product.pk}
    first = assert_success(run(api, tool_id, inputs))
    job = Job.objects.get(pk=first["jobId"])
    designs, assets = Design.objects.count(), Asset.objects.count()
    again = tool_job_run(job=job)
    assert again.made.item_id == first["itemId"]
    assert (Design.objects.count(), Asset.objects.count()) == (designs, assets)


@pytest.mark.parametrize("name", ["☕ Bean There ☕", "Ünïcödé Café", "x", "A" * 60, "बीन देयर"])
def test_logo_names_in_any_script_and_length_make_a_logo(api, name):
    data = assert_success(run(api, "logo_maker", {"text": name, "tagline": "Since 2026"}))
    texts = [layer["text"] for layer in Design.objects.get(pk=data["itemId"]).design_json["layers"]
             if layer["type"] == "text"]
    assert name.strip() in texts
