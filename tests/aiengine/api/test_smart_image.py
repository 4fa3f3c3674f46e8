"""POST /v1/ai/smart-image and .../regenerate: provenance, cache, new assets, the design's slot, events."""

import pytest

from aiengine.models import SmartImageRecipe, SmartImageRender
from aiengine.providers.base import ProviderError
from aiengine.providers.local.image import LocalImageProvider
from assets.models import Asset
from designs.models import Design
from radicpro.billing.selectors import credit_balance
from tests.aiengine.api.factories import image_design, sandbox_client
from tests.api_contract import assert_error, assert_success

URL = "/v1/ai/smart-image"


@pytest.fixture
def design(funded):
    return image_design(funded)


@pytest.fixture
def body(design) -> dict:
    return {"designId": design.pk, "layerId": "layer_product",
            "recipe": {"type": "product_shot", "prompt": "professional studio shot of wireless headphones",
                       "options": {"aspectRatio": "1:1", "style": "photo", "quality": "high"}},
            "holisticContext": {"designPurpose": "Diwali electronics sale advertisement",
                                "overallTheme": "premium dark with gold accents",
                                "adjacentElements": ["Golden headline 'Diwali Mega Sale'"],
                                "brandColors": ["#FFCC00", "#050816", "#FF4D00"],
                                "compositionHints": "Product on right side, facing left"}}


@pytest.mark.django_db
def test_a_smart_image_is_drawn_into_the_layers_slot_with_its_provenance(api, funded, design, body, events):
    data = assert_success(api.post(URL, body, format="json"))

    assert data["cached"] is False and data["recipeId"].startswith("recipe_")
    assert data["assetUrl"] and data["processingTime"] >= 0 and data["jobId"].startswith("job_")
    recipe = SmartImageRecipe.objects.get(pk=data["recipeId"])
    assert (recipe.provider, recipe.model, recipe.type, recipe.status) == (
        "local", "local-studio-1", "product_shot", "completed")
    assert recipe.prompt == body["recipe"]["prompt"] and recipe.options == body["recipe"]["options"]
    assert recipe.holistic_context["overallTheme"] == "premium dark with gold accents"
    assert (recipe.width, recipe.height) == (480, 480) and len(recipe.cache_key) == 64
    assert recipe.asset_id == data["assetId"] and recipe.design_id == design.pk
    design.refresh_from_db()
    slot = design.design_json["smartAssets"]["smart_product"]
    assert slot["status"] == "completed" and slot["assetId"] == data["assetId"]
    assert slot["recipeId"] == recipe.pk and design.version == 2
    assert design.revisions.count() == 2
    assert credit_balance(user=funded) == 100 - 2
    assert ("smart_image.completed" in [event for _user, event, _data in events])
    completed = next(data for _user, event, data in events if event == "smart_image.completed")
    assert completed["recipeId"] == recipe.pk and completed["designId"] == design.pk


@pytest.mark.django_db
def test_an_identical_request_is_served_from_the_cache_for_free(api, funded, design, body, events):
    first = assert_success(api.post(URL, body, format="json"))
    assets = Asset.objects.count()
    body["recipe"]["prompt"] = "  professional studio   shot of wireless headphones "

    again = assert_success(api.post(URL, body, format="json"))

    assert again["cached"] is True and again["jobId"] is None
    assert (again["assetId"], again["recipeId"]) == (first["assetId"], first["recipeId"])
    assert Asset.objects.count() == assets
    assert credit_balance(user=funded) == 100 - 2
    design.refresh_from_db()
    assert design.version == 2  # the slot already showed that image: no new version
    body["recipe"]["prompt"] = "studio shot of wireless earbuds"
    other = assert_success(api.post(URL, body, format="json"))
    assert other["cached"] is False and other["assetId"] != first["assetId"]


@pytest.mark.django_db
def test_the_cache_is_per_user(api, other_api, funded, other_user, body, events):
    first = assert_success(api.post(URL, body, format="json"))
    theirs = image_design(other_user)
    body["designId"] = theirs.pk

    data = assert_success(other_api.post(URL, body, format="json"))

    assert data["cached"] is False and data["assetId"] != first["assetId"]


@pytest.mark.django_db
def test_regenerate_draws_a_new_asset_under_the_same_recipe(api, funded, design, body, events):
    first = assert_success(api.post(URL, body, format="json"))

    data = assert_success(api.post(f"{URL}/{first['recipeId']}/regenerate",
                                   {"promptOverride": "same headphones but with blue lighting instead"},
                                   format="json"))

    assert data["recipeId"] == first["recipeId"] and data["assetId"] != first["assetId"]
    recipe = SmartImageRecipe.objects.get(pk=first["recipeId"])
    assert recipe.prompt == "same headphones but with blue lighting instead"
    renders = list(SmartImageRender.objects.filter(recipe=recipe))
    assert [render.asset_id for render in renders] == [first["assetId"], data["assetId"]]
    assert renders[0].seed != renders[1].seed
    design.refresh_from_db()
    assert design.design_json["smartAssets"]["smart_product"]["assetId"] == data["assetId"]
    assert credit_balance(user=funded) == 100 - 4
    plain = assert_success(api.post(f"{URL}/{first['recipeId']}/regenerate", {}, format="json"))
    assert plain["assetId"] not in (first["assetId"], data["assetId"])


@pytest.mark.django_db
def test_a_failing_provider_marks_the_slot_failed_and_refunds(api, funded, design, body, events, monkeypatch):
    def broken(self, request):
        raise ProviderError("content policy", retryable=False)

    monkeypatch.setattr(LocalImageProvider, "generate", broken)

    error = assert_error(api.post(URL, body, format="json"), 500, "GENERATION_FAILED")

    assert error["retryable"] is False
    assert credit_balance(user=funded) == 100
    design.refresh_from_db()
    slot = design.design_json["smartAssets"]["smart_product"]
    assert slot["status"] == "failed" and "content policy" in slot["error"]
    assert [event for _user, event, _data in events if event.startswith("smart_image")] == ["smart_image.failed"]


@pytest.mark.django_db
def test_someone_elses_design_and_recipe_do_not_exist(api, other_api, funded, other_user, body, events):
    assert_error(other_api.post(URL, body, format="json"), 404, "DESIGN_NOT_FOUND")
    recipe_id = assert_success(api.post(URL, body, format="json"))["recipeId"]
    assert_error(other_api.post(f"{URL}/{recipe_id}/regenerate", {}, format="json"), 404, "NOT_FOUND")
    assert_error(api.post(f"{URL}/recipe_nope/regenerate", {}, format="json"), 404, "NOT_FOUND")


@pytest.mark.django_db
def test_bad_input_names_the_fields(api, funded, body):
    error = assert_error(api.post(URL, {"designId": body["designId"], "recipe": {"type": "Product Shot!"},
                                        "holisticContext": {"brandColors": ["gold"]}}, format="json"),
                         400, "VALIDATION_ERROR")
    assert set(error["details"]) == {"layerId", "recipe.type", "recipe.prompt", "holisticContext.brandColors.0"}

    body["layerId"] = "layer_headline"
    not_image = assert_error(api.post(URL, body, format="json"), 400, "VALIDATION_ERROR")
    assert set(not_image["details"]) == {"layerId"}
    body["layerId"] = "layer_missing"
    missing = assert_error(api.post(URL, body, format="json"), 400, "VALIDATION_ERROR")
    assert set(missing["details"]) == {"layerId"}
    assert credit_balance(user=funded) == 100
    assert Design.objects.get(pk=body["designId"]).version == 1


@pytest.mark.django_db
def test_a_sandbox_key_gets_smart_images_for_free(user, funded, body, events):
    client = sandbox_client(user)

    first = assert_success(client.post(URL, body, format="json"))
    again = assert_success(client.post(f"{URL}/{first['recipeId']}/regenerate", {}, format="json"))

    assert first["provider"] == "local" and again["assetId"] != first["assetId"]
    assert credit_balance(user=funded) == 100


@pytest.mark.django_db
def test_regenerating_a_smart_image_made_by_a_generation_updates_that_design(api, funded, events):
    generated = assert_success(api.post("/v1/ai/generate-designs", {
        "prompt": "Summer sale on sunglasses, flat 30% off", "format": "instagram_post",
        "options": {"variants": 1}}, format="json"))
    item = generated["designs"][0]
    slot = item["designJson"]["smartAssets"]["smart_product"]

    data = assert_success(api.post(f"{URL}/{slot['recipeId']}/regenerate", {}, format="json"))

    assert data["recipeId"] == slot["recipeId"] and data["assetId"] != slot["assetId"]
    design = Design.objects.get(pk=item["id"])
    assert design.design_json["smartAssets"]["smart_product"]["assetId"] == data["assetId"]
    assert design.version == 2


@pytest.mark.django_db
def test_a_failed_new_request_keeps_the_image_the_layer_already_shows(api, funded, design, body, events,
                                                                      monkeypatch):
    first = assert_success(api.post(URL, body, format="json"))

    def broken(self, request):
        raise ProviderError("overloaded", retryable=True)

    monkeypatch.setattr(LocalImageProvider, "generate", broken)
    body["recipe"]["prompt"] = "the same headphones on a marble table"

    assert_error(api.post(URL, body, format="json"), 500, "GENERATION_FAILED")

    design.refresh_from_db()
    slot = design.design_json["smartAssets"]["smart_product"]
    assert slot["status"] == "completed" and slot["assetId"] == first["assetId"]
    assert credit_balance(user=funded) == 100 - 2


@pytest.mark.django_db
def test_recipe_options_are_refused_when_too_big_or_holding_null_characters(api, funded, body):
    body["recipe"]["options"] = {"style": "photo\x00"}
    nul = assert_error(api.post(URL, body, format="json"), 400, "VALIDATION_ERROR")
    body["recipe"]["options"] = {"notes": "x" * 9000}
    big = assert_error(api.post(URL, body, format="json"), 400, "VALIDATION_ERROR")

    assert set(nul["details"]) == set(big["details"]) == {"recipe.options"}
