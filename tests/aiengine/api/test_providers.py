"""Provider choice through the API: HTTP providers (against the stand-in) and the sandbox's local ones."""

import pytest

from designs.models import Design
from radicpro.billing.selectors import credit_balance
from tests.aiengine.api.factories import PROMPT, sandbox_client
from tests.api_contract import assert_success
from tests.standin import StandInServer

URL = "/v1/ai/generate-designs"
BODY = {"prompt": PROMPT, "format": "instagram_post", "creativeConcept": "offer_focus",
        "options": {"variants": 1, "imageModel": "nano-banana-pro"}}


@pytest.fixture
def standin(settings):
    """A stand-in for the hosted APIs, configured as the layout, edit and image providers."""
    with StandInServer() as server:
        settings.RADICPRO_AI_LAYOUT_PROVIDER = "openai"
        settings.RADICPRO_AI_EDIT_PROVIDER = "openai"
        settings.RADICPRO_AI_BASE_URL = server.openai_url
        settings.RADICPRO_AI_API_KEY = "sk-standin-key"
        settings.RADICPRO_AI_NANO_BANANA_BASE_URL = server.url
        settings.RADICPRO_AI_NANO_BANANA_API_KEY = "standin-gemini-key"
        settings.RADICPRO_AI_MAX_RETRIES = 0
        yield server


@pytest.mark.django_db
def test_generation_through_http_providers_reports_their_models_and_cost(api, funded, events, standin):
    data = assert_success(api.post(URL, BODY, format="json"))

    generation = data["generation"]
    assert generation["models"]["layout"] == "gpt-4o-mini"
    assert generation["models"]["image"] == "gemini-3-pro-image-preview"
    assert "imageFallback" not in generation["models"]
    assert generation["cost"]["images"] > 0
    assert generation["cost"]["total"] == pytest.approx(generation["cost"]["layout"] + generation["cost"]["images"])
    assert standin.requests_to("chat") and standin.requests_to("gemini")
    item = data["designs"][0]
    assert item["smartImageStatus"]["completed"] == item["smartImageStatus"]["total"] >= 1
    assert credit_balance(user=funded) == 100 - 4


@pytest.mark.django_db
def test_an_http_provider_failure_refunds_the_generation(api, funded, events, standin):
    from tests.standin import fail

    standin.script("gemini", fail(503), fail(503), fail(503))

    response = api.post(URL, BODY, format="json")

    assert response.status_code == 500 and response.json()["error"]["code"] == "GENERATION_FAILED"
    assert response.json()["error"]["retryable"] is True
    assert credit_balance(user=funded) == 100
    assert not Design.objects.exists()


@pytest.mark.django_db
def test_a_sandbox_key_never_calls_paid_providers_and_is_never_charged(user, funded, events, standin):
    client = sandbox_client(user)

    data = assert_success(client.post(URL, BODY, format="json"))

    assert standin.requests == []
    assert data["generation"]["models"]["layout"] == "local-layout-2"
    assert data["generation"]["models"]["image"] == "local-studio-1"
    assert data["generation"]["creditsUsed"] == 0 and data["generation"]["cost"]["total"] == 0
    assert credit_balance(user=funded) == 100
    design_id = data["designs"][0]["id"]
    edit = assert_success(client.post("/v1/ai/edit-design", {"designId": design_id,
                                                             "instruction": "remove the call to action"},
                                      format="json"))
    assert edit["patch"]["operations"] and standin.requests == []
    assert credit_balance(user=funded) == 100


@pytest.mark.django_db
def test_an_edit_through_the_http_edit_provider_is_checked_and_charged_once(api, funded, events, standin, settings):
    settings.RADICPRO_AI_LAYOUT_PROVIDER = "local"
    design = assert_success(api.post(URL, {**BODY, "options": {"variants": 1}}, format="json"))["designs"][0]
    balance = credit_balance(user=funded)

    data = assert_success(api.post("/v1/ai/edit-design", {"designId": design["id"],
                                                          "instruction": "make the headline #FF3366"},
                                   format="json"))

    assert standin.requests_to("chat")
    assert data["baseVersion"] == 1 and isinstance(data["patch"]["operations"], list)
    expected = balance - 1 if data["patch"]["operations"] else balance
    assert credit_balance(user=funded) == expected


@pytest.mark.django_db
def test_a_smart_image_through_an_http_model_keeps_its_provenance_and_cost(api, funded, events, standin):
    from aiengine.models import SmartImageRecipe, SmartImageRender
    from tests.aiengine.api.factories import image_design

    design = image_design(funded)
    body = {"designId": design.pk, "layerId": "layer_product", "imageModel": "nano-banana-pro",
            "recipe": {"type": "product_shot", "prompt": "studio shot of wireless headphones"}}

    first = assert_success(api.post("/v1/ai/smart-image", body, format="json"))
    again = assert_success(api.post(f"/v1/ai/smart-image/{first['recipeId']}/regenerate", {}, format="json"))

    assert (first["provider"], first["model"]) == ("nano-banana-pro", "gemini-3-pro-image-preview")
    assert len(standin.requests_to("gemini")) == 2 and again["assetId"] != first["assetId"]
    recipe = SmartImageRecipe.objects.get(pk=first["recipeId"])
    assert recipe.cost_usd > 0
    assert [render.provider for render in SmartImageRender.objects.filter(recipe=recipe)] == ["nano-banana-pro"] * 2
    assert credit_balance(user=funded) == 100 - 4
