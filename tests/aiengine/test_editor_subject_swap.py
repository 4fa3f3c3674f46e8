"""Image swaps to another subject: the image's smart-asset recipe is re-pointed, in English and Hindi; a subject
the illustration set lacks is named, never dropped."""

import pytest

from aiengine.creative.reading import read_brief
from aiengine.providers.base import LayoutRequest
from aiengine.providers.local.editor import LocalEditProvider
from aiengine.providers.local.layout import LocalLayoutProvider
from documents import apply_operations

EDITOR = LocalEditProvider()


@pytest.fixture(scope="module")
def design():
    brief = read_brief("Diwali sale on headphones, 40% off till 14 Nov, shop now")
    request = LayoutRequest(brief=brief, format_id="instagram_post", concept="offer_focus", variants=1, seed=5)
    return LocalLayoutProvider().generate(request).documents[0]


def _product(doc):
    return next(layer for layer in doc["layers"] if layer.get("role") == "product")


def _slot(doc):
    return doc["smartAssets"][_product(doc)["smartAssetId"]]


@pytest.mark.parametrize(("instruction", "subject"), [
    ("swap the image for a coffee cup", "coffee"),
    ("show a bicycle instead", "bicycle"),
    ("replace the picture with a cake", "cake"),
    ("तस्वीर को कॉफ़ी से बदलो", "coffee"),
    ("तस्वीर की जगह साइकिल दिखाओ", "bicycle"),
])
def test_naming_another_subject_re_points_the_image_recipe(design, instruction, subject):
    result = EDITOR.edit(document=design, instruction=instruction)
    after = apply_operations(design, result.operations)

    assert result.unsupported == ()
    slot = _slot(after)
    assert slot["status"] == "pending" and "assetId" not in slot  # the edit service draws it
    assert slot["recipe"]["options"]["subject"] == subject
    assert slot["recipe"]["options"]["aspectRatio"] == _slot(design)["recipe"]["options"]["aspectRatio"]
    assert "headphones" not in slot["recipe"]["prompt"]
    assert subject in result.explanation
    assert _product(after)["position"] == _product(design)["position"]  # the same place, another picture


def test_a_swap_after_another_clause_is_still_a_swap(design):
    result = EDITOR.edit(document=design, instruction="make the headline red and show a bicycle instead")

    assert result.unsupported == ()
    assert _slot(apply_operations(design, result.operations))["recipe"]["options"]["subject"] == "bicycle"


def test_the_users_words_become_the_prompt(design):
    result = EDITOR.edit(document=design, instruction="swap the image for a coffee cup")
    prompt = _slot(apply_operations(design, result.operations))["recipe"]["prompt"]
    assert prompt.startswith("studio illustration of coffee cup")


def test_a_subject_the_illustration_set_lacks_is_named(design):
    result = EDITOR.edit(document=design, instruction="replace the picture with a unicorn and make the headline red")

    assert result.unsupported == ("replace the picture with a unicorn",)
    assert "unicorn" in result.explanation and "illustration set" in result.explanation
    after = apply_operations(design, result.operations)
    assert after["smartAssets"] == design["smartAssets"]


def test_an_uploaded_photo_gets_a_slot_of_its_own(design):
    with_photo = apply_operations(design, [{"op": "update_layer", "layerId": _product(design)["id"],
                                            "changes": {"smartAssetId": None, "assetId": "asset_photo123"}}])
    result = EDITOR.edit(document=with_photo, instruction="show a bicycle instead")
    after = apply_operations(with_photo, result.operations)

    layer = _product(after)
    assert "assetId" not in layer and layer["smartAssetId"]
    assert after["smartAssets"][layer["smartAssetId"]]["recipe"]["options"]["subject"] == "bicycle"


@pytest.mark.parametrize("instruction", ["swap the image and the text", "make the image bigger",
                                         "put the product image on the left", "use asset_abcdefgh as the image"])
def test_other_image_instructions_are_not_subject_swaps(design, instruction):
    result = EDITOR.edit(document=design, instruction=instruction)
    assert not any(op["op"] == "update_smart_asset" for op in result.operations)
    assert result.unsupported == ()
