"""An edit naming another subject for the image: drawn as a smart image when suggested, charged as one, shown
once apply-patch (with If-Match) has applied it and the design is exported."""

import io
import os

import pytest
from PIL import Image, ImageChops, ImageStat

from aiengine.models import SmartImageRecipe
from aiengine.providers.local.image import hero_style_of
from aiengine.services.smart_images import _request_for
from designs.models import Design
from radicpro.billing.costs import cost_of
from radicpro.billing.selectors import credit_balance
from tests.api_contract import assert_error, assert_success
from tests.exports.api.helpers import download, export

URL = "/v1/ai/edit-design"


@pytest.fixture
def design(api, funded, events):
    data = assert_success(api.post("/v1/ai/generate-designs", {
        "prompt": "Diwali sale on headphones, 40% OFF, free delivery across India, premium dark theme",
        "format": "instagram_post", "creativeConcept": "offer_focus", "options": {"variants": 1}}, format="json"))
    return Design.objects.get(pk=data["designs"][0]["id"])


def _product(document):
    return next(layer for layer in document["layers"] if layer.get("role") == "product")


def _png(api, anon_client, design_id):
    exported = export(api, design_id, format="png")
    return Image.open(io.BytesIO(download(anon_client, exported["url"]))).convert("RGB")


def _suggest(api, design, instruction):
    return assert_success(api.post(URL, {"designId": design.pk, "instruction": instruction}, format="json"))


@pytest.mark.django_db
def test_swapping_the_image_for_a_coffee_cup_is_drawn_applied_and_exported(api, funded, design, anon_client):
    slot_key = _product(design.design_json)["smartAssetId"]
    old_slot = design.design_json["smartAssets"][slot_key]
    old_recipe = SmartImageRecipe.objects.get(pk=old_slot["recipeId"])
    before_png = _png(api, anon_client, design.pk)
    balance = credit_balance(user=funded)

    data = _suggest(api, design, "swap the image for a coffee cup")

    assert data["unsupported"] == [] and "coffee" in data["explanation"]
    assert credit_balance(user=funded) == balance - cost_of("ai_edit") - cost_of("smart_image", resolution="1k")
    change = next(op for op in data["patch"]["operations"] if op["op"] == "update_smart_asset")
    assert change["key"] == slot_key
    assert change["changes"]["status"] == "completed" and change["changes"]["assetId"] != old_slot["assetId"]
    recipe = SmartImageRecipe.objects.get(pk=change["changes"]["recipeId"])
    assert recipe.options["subject"] == "coffee" and "coffee cup" in recipe.prompt
    assert recipe.provider == "local" and recipe.design_id == design.pk and recipe.asset_id
    # the same hero style and colours as the image it replaces
    before_request = _request_for(old_recipe, prompt=old_recipe.prompt, seed=old_recipe.seed)
    assert recipe.options["heroStyle"] == hero_style_of(before_request)
    assert recipe.holistic_context == old_recipe.holistic_context
    design.refresh_from_db()
    assert design.design_json["smartAssets"][slot_key]["assetId"] == old_slot["assetId"]  # proposed, not applied

    stale = api.post(f"/v1/designs/{design.pk}/apply-patch", {"operations": data["patch"]["operations"]},
                     format="json", HTTP_IF_MATCH=f'"{data["baseVersion"] + 1}"')
    assert_error(stale, 412, "PRECONDITION_FAILED")
    applied = assert_success(api.post(f"/v1/designs/{design.pk}/apply-patch",
                                      {"operations": data["patch"]["operations"]}, format="json",
                                      HTTP_IF_MATCH=f'"{data["baseVersion"]}"'))
    slot = applied["designJson"]["smartAssets"][slot_key]
    assert slot["status"] == "completed" and slot["recipe"]["options"]["subject"] == "coffee"

    after_png = _png(api, anon_client, design.pk)
    layer = _product(applied["designJson"])
    box = (round(layer["position"]["x"]), round(layer["position"]["y"]),
           round(layer["position"]["x"] + layer["size"]["width"]), round(layer["position"]["y"] + layer["size"]["height"]))
    changed = ImageChops.difference(before_png.crop(box), after_png.crop(box)).convert("L").point(
        lambda v: 255 if v > 40 else 0)
    if os.environ.get("RADICPRO_TEST_SHOTS"):
        for name, png in (("before", before_png), ("after", after_png)):
            png.save(os.path.join(os.environ["RADICPRO_TEST_SHOTS"], f"subject-swap-{name}.png"))
    share = ImageStat.Stat(changed).mean[0] / 255
    # another picture in the image's box: the art is the same size in the same hero style, so only where the
    # two subjects' shapes differ changes (a few % of the box for the smaller styles; 0 for the same picture)
    assert share > 0.015, share
    outside = ImageChops.difference(before_png, after_png)
    outside.paste((0, 0, 0), box)
    assert sum(ImageStat.Stat(outside).mean) / 3 < 1.0  # and the rest of the design as it was


@pytest.mark.django_db
def test_a_hindi_instruction_swaps_the_subject(api, funded, design):
    data = _suggest(api, design, "तस्वीर की जगह साइकिल दिखाओ")

    assert data["unsupported"] == []
    change = next(op for op in data["patch"]["operations"] if op["op"] == "update_smart_asset")
    assert change["changes"]["recipe"]["options"]["subject"] == "bicycle"
    assert change["changes"]["status"] == "completed"


@pytest.mark.django_db
def test_the_same_swap_asked_again_reuses_the_image_free(api, funded, design):
    first = _suggest(api, design, "show a bicycle instead")
    balance = credit_balance(user=funded)

    again = _suggest(api, design, "show a bicycle instead")

    asset = [op["changes"]["assetId"] for op in (first, again)[0]["patch"]["operations"]
             if op["op"] == "update_smart_asset"]
    assert [op["changes"]["assetId"] for op in again["patch"]["operations"] if op["op"] == "update_smart_asset"] == asset
    assert credit_balance(user=funded) == balance - cost_of("ai_edit")


@pytest.mark.django_db
def test_a_subject_the_illustration_set_lacks_is_named_and_free(api, funded, design):
    balance = credit_balance(user=funded)

    data = _suggest(api, design, "replace the picture with a unicorn")

    assert data["unsupported"] == ["replace the picture with a unicorn"]
    assert "unicorn" in data["explanation"] and data["patch"]["operations"] == []
    assert credit_balance(user=funded) == balance


@pytest.mark.django_db
def test_with_a_hosted_image_provider_the_new_recipe_goes_to_it(api, funded, design, settings):
    from tests.standin import StandInServer

    with StandInServer() as server:
        settings.RADICPRO_AI_IMAGE_PROVIDER = "nano-banana-pro"
        settings.RADICPRO_AI_NANO_BANANA_BASE_URL = server.url
        settings.RADICPRO_AI_NANO_BANANA_API_KEY = "standin-gemini-key"
        settings.RADICPRO_AI_MAX_RETRIES = 0
        balance = credit_balance(user=funded)

        data = _suggest(api, design, "swap the image for a coffee cup")

        sent = server.requests_to("gemini")
    assert len(sent) == 1 and "coffee cup" in sent[0].body.decode("utf-8")
    change = next(op for op in data["patch"]["operations"] if op["op"] == "update_smart_asset")
    recipe = SmartImageRecipe.objects.get(pk=change["changes"]["recipeId"])
    assert recipe.provider == "nano-banana-pro" and change["changes"]["assetId"] == recipe.asset_id
    assert credit_balance(user=funded) == balance - cost_of("ai_edit") - cost_of("smart_image", resolution="1k")
