"""to_v14: a 2.0 document becomes a valid 1.4 one, each block a layer where its region says."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from documents import FORMATS, DocumentInvalid, Format, to_v14, validate_document
from tests.documents.documents import contract_example, rich_v14, rich_v20


def layers_by_id(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {layer["id"]: layer for layer in doc["layers"]}


def test_a_rich_v20_document_converts_to_a_valid_v14_document() -> None:
    converted = to_v14(rich_v20())
    validate_document(converted)
    assert converted["schemaVersion"] == "1.4"
    assert "blocks" not in converted
    assert [layer["id"] for layer in converted["layers"]] == [
        f"layer_{block['id']}" for block in rich_v20()["blocks"]]
    assert [layer["role"] for layer in converted["layers"]] == [
        block["role"] for block in rich_v20()["blocks"]]


def test_document_level_fields_are_kept() -> None:
    source = rich_v20()
    converted = to_v14(source)
    for key in ("id", "meta", "canvas", "brand", "smartAssets"):
        assert converted[key] == source[key]


def test_the_headline_sits_where_its_region_says() -> None:
    headline = layers_by_id(to_v14(rich_v20()))["layer_headline"]
    # region x 0.07, y 0.1, width 0.86, height 0.18 of a 1080 × 1080 canvas
    assert headline["type"] == "text"
    assert headline["text"] == "Diwali Mega Sale"
    assert headline["position"] == {"x": 76, "y": 108}
    assert headline["size"] == {"width": 929, "height": 194}


def test_regions_scale_each_axis_by_its_own_canvas_side() -> None:
    doc = rich_v20()
    doc["canvas"] = {"width": 1080, "height": 1920}
    headline = layers_by_id(to_v14(doc))["layer_headline"]
    assert headline["position"] == {"x": 76, "y": 192}
    assert headline["size"] == {"width": 929, "height": 346}


def test_text_roles_get_auto_fit_sizes_from_the_region() -> None:
    layers = layers_by_id(to_v14(rich_v20()))
    headline = layers["layer_headline"]["style"]
    fit = headline["autoFit"]
    assert headline["fontSize"] == fit["maxSize"]
    # two lines of the largest size fit the 194 px region at the default line height
    assert 2 * fit["maxSize"] * 1.2 <= 194
    assert fit["maxSize"] >= 70
    assert 12 <= fit["minSize"] < fit["maxSize"]
    subhead = layers["layer_subhead"]["style"]["autoFit"]
    assert subhead["maxSize"] < fit["maxSize"]  # a smaller region gives smaller text


def test_the_block_style_wins_over_the_converter_defaults() -> None:
    layers = layers_by_id(to_v14(rich_v20()))
    headline = layers["layer_headline"]["style"]
    assert (headline["fontFamily"], headline["fontWeight"], headline["color"], headline["align"]) \
        == ("Inter", 800, "#FFCC00", "center")
    offer = layers["layer_offer"]["style"]
    assert offer["fontSize"] == 120
    assert "autoFit" not in offer
    body = layers["layer_body"]["style"]
    assert body["autoFit"] == {"minSize": 14, "maxSize": 28}
    assert body["fontSize"] == 28


def test_unstyled_text_takes_the_brand_fonts_and_text_colour() -> None:
    subhead = layers_by_id(to_v14(rich_v20()))["layer_subhead"]["style"]
    assert subhead["fontFamily"] == "DM Sans"  # the brand's secondary font
    assert subhead["fontWeight"] == 500
    assert subhead["color"] == "#FFFFFF"  # the brand's text colour


def test_without_a_brand_unstyled_text_keeps_the_renderer_defaults() -> None:
    doc = rich_v20()
    del doc["brand"]
    subhead = layers_by_id(to_v14(doc))["layer_subhead"]["style"]
    assert "fontFamily" not in subhead
    assert "color" not in subhead


def test_a_cta_button_becomes_a_pill_background_that_fits_the_region() -> None:
    cta = layers_by_id(to_v14(rich_v20()))["layer_cta"]
    style = cta["style"]
    assert cta["type"] == "text"
    assert style["background"]["color"] == "#FF4D00"
    assert style["background"]["radius"] == 999
    assert style["color"] == "#FFFFFF"
    assert (style["align"], style["verticalAlign"]) == ("center", "middle")
    pill_height = style["fontSize"] * 1.2 + 2 * style["background"]["paddingY"]
    assert pill_height <= cta["size"]["height"]
    assert style["background"]["paddingX"] > 0


def test_a_button_without_a_colour_uses_the_brand_accent() -> None:
    doc = rich_v20()
    doc["blocks"][7]["button"] = {}
    background = layers_by_id(to_v14(doc))["layer_cta"]["style"]["background"]
    assert background["color"] == "#FF4D00"
    assert background["radius"] == 999


def test_a_cta_without_a_button_has_no_background() -> None:
    doc = rich_v20()
    del doc["blocks"][7]["button"]
    assert "background" not in layers_by_id(to_v14(doc))["layer_cta"]["style"]


def test_product_and_logo_become_image_layers() -> None:
    layers = layers_by_id(to_v14(rich_v20()))
    product, logo = layers["layer_product"], layers["layer_logo"]
    assert product["type"] == logo["type"] == "image"
    assert product["smartAssetId"] == "smart_product"
    assert "assetId" not in product
    assert (product["fit"], product["name"], product["rotation"]) == ("contain", "Headphones", -5)
    assert logo["assetId"] == "asset_logo"
    assert logo["fit"] == "contain"


def test_decorations_become_shape_layers_with_points_in_px() -> None:
    layers = layers_by_id(to_v14(rich_v20()))
    badge = layers["layer_badge"]
    assert badge["type"] == "shape"
    assert badge["shape"] == "ellipse"
    assert badge["fill"] == {"type": "color", "color": "#FF4D00"}
    assert badge["stroke"] == {"color": "#FFFFFF", "width": 4}
    assert badge["opacity"] == 0.9
    star = layers["layer_star"]  # a 108 × 108 px region
    assert star["points"] == [{"x": 54, "y": 0}, {"x": 108, "y": 108}, {"x": 0, "y": 108}]
    background = layers["layer_bg"]
    assert background["size"] == {"width": 1080, "height": 1080}
    assert background["fill"]["type"] == "linearGradient"


def test_a_tiny_region_still_gives_a_box_of_at_least_one_pixel() -> None:
    doc = rich_v20()
    doc["blocks"][5]["region"] = {"x": 0.5, "y": 0.5, "width": 0.0001, "height": 0.0001}
    badge = layers_by_id(to_v14(doc))["layer_badge"]
    assert badge["size"] == {"width": 1, "height": 1}
    validate_document(to_v14(doc))


@pytest.mark.parametrize("page", FORMATS, ids=lambda page: page.id)
def test_conversion_validates_on_every_format(page: Format) -> None:
    doc = rich_v20()
    doc["canvas"] = {"width": page.width, "height": page.height}
    validate_document(to_v14(doc))


def test_conversion_does_not_mutate_its_input() -> None:
    source = rich_v20()
    to_v14(source)
    assert source == rich_v20()


def test_converted_layers_share_nothing_with_the_input() -> None:
    source = rich_v20()
    converted = to_v14(source)
    converted["layers"][1]["style"]["color"] = "#000000"
    converted["canvas"]["width"] = 1
    assert source["blocks"][1]["style"]["color"] == "#FFCC00"
    assert source["canvas"]["width"] == 1080


@pytest.mark.parametrize("make", [contract_example, rich_v14])
def test_a_v14_document_comes_back_as_an_independent_copy(make: Any) -> None:
    source = make()
    copied = to_v14(source)
    assert copied == source
    copied["layers"][0]["position"]["x"] = 999
    assert source == make()


def test_an_invalid_v20_document_is_refused_with_pointers() -> None:
    doc = rich_v20()
    doc["blocks"][1]["region"]["height"] = 0
    before = copy.deepcopy(doc)
    with pytest.raises(DocumentInvalid) as caught:
        to_v14(doc)
    assert caught.value.errors == [{"pointer": "/blocks/1/region/height",
                                    "message": "must be greater than 0"}]
    assert doc == before


def test_an_unknown_version_is_refused() -> None:
    with pytest.raises(DocumentInvalid) as caught:
        to_v14(rich_v20() | {"schemaVersion": "9"})
    assert caught.value.errors[0]["pointer"] == "/schemaVersion"
