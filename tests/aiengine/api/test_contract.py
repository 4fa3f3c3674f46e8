"""The API contract on the AI endpoints: auth, envelope, idempotent replays, async smart images."""

import pytest

from aiengine.models import SmartImageRecipe
from designs.models import Design
from radicpro.billing.selectors import credit_balance
from tests.aiengine.api.factories import PROMPT, image_design
from tests.api_contract import assert_error, assert_success

ENDPOINTS = ("/v1/ai/generate-designs", "/v1/ai/edit-design", "/v1/ai/smart-image",
             "/v1/ai/smart-image/recipe_x/regenerate")


@pytest.mark.django_db
@pytest.mark.parametrize("url", ENDPOINTS)
def test_anonymous_callers_are_401(anon_client, url):
    assert_error(anon_client.post(url, {}, format="json"), 401, "UNAUTHORIZED")


@pytest.mark.django_db
def test_malformed_json_is_a_400_envelope(api, funded):
    response = api.post("/v1/ai/generate-designs", data=b"{not json", content_type="application/json")

    assert_error(response, 400, "INVALID_JSON")


@pytest.mark.django_db
def test_an_idempotency_key_replays_the_generation_without_charging_again(api, funded, events):
    body = {"prompt": PROMPT, "format": "instagram_post", "options": {"variants": 1}}

    first = api.post("/v1/ai/generate-designs", body, format="json", HTTP_IDEMPOTENCY_KEY="gen-1")
    again = api.post("/v1/ai/generate-designs", body, format="json", HTTP_IDEMPOTENCY_KEY="gen-1")

    assert assert_success(again) == assert_success(first)
    assert again["Idempotent-Replayed"] == "true"
    assert Design.objects.filter(owner=funded).count() == 1
    assert credit_balance(user=funded) == 100 - 4


@pytest.mark.django_db
def test_a_smart_image_can_be_asked_for_asynchronously(api, funded, events):
    design = image_design(funded)
    body = {"designId": design.pk, "layerId": "layer_product",
            "recipe": {"type": "background", "prompt": "golden bokeh lights"}, "imageResolution": "2k"}

    accepted = assert_success(api.post("/v1/ai/smart-image", body, format="json", HTTP_PREFER="respond-async"),
                              202)

    job = assert_success(api.get(f"/v1/jobs/{accepted['jobId']}"))
    assert job["kind"] == "smart_image" and job["status"] == "completed" and job["creditsUsed"] == 4
    recipe = SmartImageRecipe.objects.get(pk=job["result"]["recipeId"])
    assert (recipe.resolution, recipe.width, recipe.height) == ("2k", 910, 910)
    assert job["result"]["assetId"] == recipe.asset_id
