"""POST /v1/ai/generate-designs: saved designs with smart images, credits, brands, async, failures."""

import pytest

from aiengine.models import SmartImageRecipe
from aiengine.providers.base import LayoutResult, ProviderError
from aiengine.providers.local.image import LocalImageProvider
from aiengine.providers.local.layout import LocalLayoutProvider
from aiengine.services import generation_job_run
from assets.models import Asset
from assets.services import asset_create_from_bytes
from designs.models import Design
from documents import validate_document
from radicpro.billing.selectors import credit_balance
from radicpro.jobs.models import Job
from tests.aiengine.api.factories import fund, product_png
from tests.api_contract import assert_error, assert_success
from tests.brands.factories import BrandKitFactory

URL = "/v1/ai/generate-designs"


@pytest.mark.django_db
def test_three_variants_are_saved_as_the_users_designs_with_their_smart_images(api, funded, events,
                                                                                generate_body):
    data = assert_success(api.post(URL, generate_body, format="json"))

    assert set(data) == {"designs", "generation", "jobId"}
    assert len(data["designs"]) == 3
    for index, item in enumerate(data["designs"], start=1):
        assert set(item) == {"id", "title", "thumbnailUrl", "creativeConcept", "designJson", "smartImageStatus"}
        assert item["title"].endswith(f" - Variant {index}")
        assert item["creativeConcept"] == "offer_focus"
        assert item["smartImageStatus"] == {"total": 1, "completed": 1, "pending": 0}
        assert item["thumbnailUrl"]
        validate_document(item["designJson"])
        slot = item["designJson"]["smartAssets"]["smart_product"]
        assert slot["status"] == "completed" and slot["assetId"].startswith("asset_")
        assert slot["recipeId"].startswith("recipe_")
        design = Design.objects.get(pk=item["id"])
        assert design.owner == funded and design.design_json == item["designJson"]
    generation = data["generation"]
    assert generation["briefSummary"]["offer"] == "40% OFF"
    assert generation["models"] == {"layout": "local-layout-2", "image": "local-studio-1"}
    assert generation["cost"] == {"layout": 0.0, "images": 0.0, "total": 0.0}
    assert generation["creditsUsed"] == 3 * 2 + 3 * 2
    assert generation["processingTime"] > 0
    assert credit_balance(user=funded) == 100 - 12
    assert [event for _user, event, _data in events].count("design.created") == 3


@pytest.mark.django_db
def test_prefer_respond_async_answers_202_and_the_job_carries_the_same_body(api, funded, events,
                                                                           generate_body):
    generate_body["options"]["variants"] = 2
    response = api.post(URL, generate_body, format="json", HTTP_PREFER="respond-async")

    accepted = assert_success(response, 202)
    job = assert_success(api.get(f"/v1/jobs/{accepted['jobId']}"))
    assert job["kind"] == "generation" and job["status"] == "completed" and job["progress"] == 100
    assert job["creditsUsed"] == 2 * 2 + 2 * 2
    assert job["result"]["jobId"] == accepted["jobId"]
    assert [item["smartImageStatus"]["completed"] for item in job["result"]["designs"]] == [1, 1]
    assert Design.objects.filter(owner=funded).count() == 2


@pytest.mark.django_db
def test_a_brand_kit_puts_its_colours_into_every_design(api, funded, events, generate_body):
    brand = BrandKitFactory(owner=funded, colors={"primary": "#0066FF", "secondary": "#001133",
                                                  "accent": "#00FF88", "text": "#FFFFFF"})
    generate_body["brandKitId"] = brand.pk

    data = assert_success(api.post(URL, generate_body, format="json"))

    brand_colors = {"#0066FF", "#001133", "#00FF88", "#FFFFFF"}
    for item in data["designs"]:
        document = item["designJson"]
        assert document["brand"]["brandKitId"] == brand.pk
        used = _colors(document)
        assert len(used & brand_colors) >= 2, used
        assert Design.objects.get(pk=item["id"]).brand_id == brand.pk


def _colors(value) -> set[str]:
    """Every #RRGGBB colour in a document."""
    if isinstance(value, dict):
        return set().union(*(_colors(item) for item in value.values())) if value else set()
    if isinstance(value, list):
        return set().union(*(_colors(item) for item in value)) if value else set()
    if isinstance(value, str) and value.startswith("#") and len(value) in (7, 9):
        return {value[:7].upper()}
    return set()


@pytest.mark.django_db
def test_someone_elses_brand_kit_does_not_exist(api, funded, other_user, generate_body):
    generate_body["brandKitId"] = BrandKitFactory(owner=other_user).pk

    assert_error(api.post(URL, generate_body, format="json"), 404, "BRAND_NOT_FOUND")
    assert credit_balance(user=funded) == 100
    assert not Design.objects.exists()


@pytest.mark.django_db
def test_not_enough_credits_is_402_and_nothing_is_made(api, user, generate_body):
    fund(user, 11)

    error = assert_error(api.post(URL, generate_body, format="json"), 402, "INSUFFICIENT_CREDITS")

    assert error["details"] == {"required": 12, "available": 11}
    assert credit_balance(user=user) == 11
    assert not Design.objects.exists() and not Job.objects.exists()


@pytest.mark.django_db
def test_a_failing_image_provider_is_generation_failed_and_refunds_everything(api, funded, events,
                                                                              generate_body, monkeypatch):
    def broken(self, request):
        raise ProviderError("the image service is overloaded", retryable=True)

    monkeypatch.setattr(LocalImageProvider, "generate", broken)

    error = assert_error(api.post(URL, generate_body, format="json"), 500, "GENERATION_FAILED")

    assert error["retryable"] is True
    assert "overloaded" in error["message"]
    assert credit_balance(user=funded) == 100
    assert not Design.objects.exists() and not Asset.objects.exists()
    assert Job.objects.get().status == "failed"


@pytest.mark.django_db
def test_a_failing_layout_is_not_retryable_when_the_provider_says_so(api, funded, generate_body, monkeypatch):
    def broken(self, request):
        raise ProviderError("unknown format", retryable=False)

    monkeypatch.setattr(LocalLayoutProvider, "generate", broken)

    error = assert_error(api.post(URL, generate_body, format="json"), 500, "GENERATION_FAILED")

    assert error["retryable"] is False
    assert credit_balance(user=funded) == 100


@pytest.mark.django_db
def test_bad_input_is_400_naming_each_field(api, funded):
    body = {"prompt": "", "format": "billboard_9000", "creativeConcept": "shock_value",
            "options": {"variants": 9, "imageResolution": "8k", "imageModel": "dall-e-1", "colour": "red"}}

    error = assert_error(api.post(URL, body, format="json"), 400, "VALIDATION_ERROR")

    assert set(error["details"]) == {"prompt", "format", "creativeConcept", "options.variants",
                                     "options.imageResolution", "options.imageModel", "options.colour"}
    long_prompt = assert_error(api.post(URL, {"prompt": "x" * 2001, "format": "instagram_post"},
                                        format="json"), 400, "VALIDATION_ERROR")
    assert set(long_prompt["details"]) == {"prompt"}
    assert credit_balance(user=funded) == 100


@pytest.mark.django_db
def test_every_catalogue_format_can_be_generated(api, funded, events):
    data = assert_success(api.post(URL, {"prompt": "Summer sale on sneakers, 30% off", "format": "linkedin_post",
                                         "options": {"variants": 1}}, format="json"))

    document = data["designs"][0]["designJson"]
    assert (document["canvas"]["width"], document["canvas"]["height"]) == (1200, 627)
    assert data["generation"]["creativeConcept"] == "product_highlight"


@pytest.mark.django_db
def test_an_image_model_that_is_not_configured_falls_back_to_local_and_says_so(api, funded, events,
                                                                               generate_body, settings):
    settings.RADICPRO_AI_NANO_BANANA_API_KEY = ""
    generate_body["options"].update(variants=1, imageModel="nano-banana-pro")

    data = assert_success(api.post(URL, generate_body, format="json"))

    models = data["generation"]["models"]
    assert models["image"] == "local-studio-1"
    assert "nano-banana-pro is not configured" in models["imageFallback"]


@pytest.mark.django_db
def test_a_product_photo_is_the_reference_of_the_product_shots(api, funded, events, generate_body):
    photo = asset_create_from_bytes(owner=funded, data=product_png(), type="product", filename="p.png",
                                    mime_type="image/png")
    generate_body.update(productAssetId=photo.pk)
    generate_body["options"]["variants"] = 1

    data = assert_success(api.post(URL, generate_body, format="json"))

    recipe = SmartImageRecipe.objects.get(design_id=data["designs"][0]["id"])
    assert recipe.reference_id == photo.pk and recipe.type == "product_shot"
    assert recipe.asset_id == data["designs"][0]["designJson"]["smartAssets"]["smart_product"]["assetId"]


@pytest.mark.django_db
def test_someone_elses_product_photo_does_not_exist(api, funded, other_user, generate_body):
    photo = asset_create_from_bytes(owner=other_user, data=product_png(), type="product", filename="p.png",
                                    mime_type="image/png")
    generate_body.update(productAssetId=photo.pk)

    assert_error(api.post(URL, generate_body, format="json"), 404, "NOT_FOUND")
    assert credit_balance(user=funded) == 100


@pytest.mark.django_db
def test_a_redelivered_generation_job_answers_with_the_designs_it_already_saved(api, funded, events,
                                                                                  generate_body):
    generate_body["options"]["variants"] = 2
    data = assert_success(api.post(URL, generate_body, format="json"))
    job = Job.objects.get(pk=data["jobId"])

    again = generation_job_run(job=job)

    assert [design.pk for design in again.designs] == [item["id"] for item in data["designs"]]
    assert Design.objects.filter(owner=funded).count() == 2
    assert SmartImageRecipe.objects.filter(owner=funded).count() == 2
    assert again.models == data["generation"]["models"]


@pytest.mark.django_db
def test_fewer_designs_than_paid_for_is_a_failure_and_refunded(api, funded, generate_body, monkeypatch):
    real = LocalLayoutProvider.generate

    def short(self, request):
        result = real(self, request)
        return LayoutResult(documents=result.documents[:1], model=result.model)

    monkeypatch.setattr(LocalLayoutProvider, "generate", short)

    error = assert_error(api.post(URL, generate_body, format="json"), 500, "GENERATION_FAILED")

    assert "1 of the 3" in error["message"]
    assert credit_balance(user=funded) == 100
    assert not Design.objects.exists()


@pytest.mark.django_db
def test_a_thumbnail_that_cannot_be_drawn_does_not_fail_the_generation(api, funded, events, generate_body,
                                                                        monkeypatch):
    def broken(design):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("designs.thumbnails.thumbnail_png", broken)
    generate_body["options"]["variants"] = 1

    data = assert_success(api.post(URL, generate_body, format="json"))

    assert data["designs"][0]["thumbnailUrl"] is None
    assert data["designs"][0]["smartImageStatus"]["completed"] == 1
    assert credit_balance(user=funded) == 100 - 4
