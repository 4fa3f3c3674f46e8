"""Adapting a design to another format: same words and images, re-laid out, lint-clean."""

import pytest

from aiengine.creative.lint import lint_document
from aiengine.creative.reading import read_brief
from aiengine.providers.base import LayoutRequest
from aiengine.providers.local.layout import LocalLayoutProvider
from aiengine.providers.local.reflow import reflow
from documents import get_format, validate_document

FORMATS = ("instagram_story", "facebook_cover", "x_post", "instagram_portrait", "a5_flyer")


@pytest.mark.parametrize("concept", ["offer_focus", "product_highlight"])
@pytest.mark.parametrize("format_id", FORMATS)
def test_a_square_design_adapts_to_each_format(concept, format_id):
    brief = read_brief("We're hiring a senior Python developer in Pune, remote ok, apply by 30 Jan")
    source = LocalLayoutProvider().generate(LayoutRequest(brief=brief, format_id="instagram_post", concept=concept,
                                                          variants=1, seed=2)).documents[0]
    fmt = get_format(format_id)

    adapted = reflow(source, fmt=fmt)

    validate_document(adapted)
    assert (adapted["canvas"]["width"], adapted["canvas"]["height"]) == (fmt.width, fmt.height)
    assert adapted["meta"]["format"] == format_id
    texts = sorted(layer["text"] for layer in adapted["layers"] if layer["type"] == "text")
    assert texts == sorted(layer["text"] for layer in source["layers"] if layer["type"] == "text")
    assert adapted.get("smartAssets") == source.get("smartAssets")
    issues = lint_document(adapted, format_id=format_id)
    assert [i.code for i in issues if i.severity == "error"] == []
    assert not [i for i in issues if i.code == "broken_word"]


def _design(prompt: str, *, seed: int = 2, variant: int = 0) -> dict:
    brief = read_brief(prompt)
    return LocalLayoutProvider().generate(LayoutRequest(brief=brief, format_id="instagram_post",
                                                        concept="offer_focus", variants=variant + 1,
                                                        seed=seed)).documents[variant]


def _layer(doc: dict, layer_id: str) -> dict:
    return next(layer for layer in doc["layers"] if layer["id"] == layer_id)


@pytest.mark.parametrize("format_id", ["instagram_story", "x_post"])
def test_a_template_design_is_refilled_into_the_sibling_template_of_the_target_aspect(format_id):
    source = _design("Diwali sale on headphones, 40% off till 14 Nov, shop now")
    family = source["meta"]["template"].split("-", 1)[1]

    adapted = reflow(source, fmt=get_format(format_id))

    expected = {"instagram_story": "portrait", "x_post": "landscape"}[format_id]
    assert adapted["meta"]["template"] == f"{expected}-{family}"
    # the headline is set for the new canvas, not squeezed: at least as large, for its shorter side, as in the source
    share = _layer(adapted, "layer_headline")["style"]["fontSize"] / min(get_format(format_id).width,
                                                                         get_format(format_id).height)
    assert share >= 0.8 * _layer(source, "layer_headline")["style"]["fontSize"] / 1080
    # the template's decorations come along (none is cut), every one inside the canvas
    source_shapes = {layer["id"] for layer in source["layers"] if layer["type"] == "shape"
                     and not layer["id"].startswith("layer_backdrop") and layer["id"] != "layer_image_backdrop"}
    adapted_shapes = {layer["id"] for layer in adapted["layers"] if layer["type"] == "shape"}
    assert source_shapes <= adapted_shapes


def test_an_edited_design_keeps_its_edits_when_adapted():
    source = _design("Weekend pizza special, 2 large pizzas for Rs 599, order now")
    source["canvas"]["background"] = {"type": "color", "color": "#FFFFFF"}
    background = _layer(source, "layer_background")
    background["fill"] = {"type": "color", "color": "#FFFFFF"}
    decorations = [layer for layer in source["layers"] if layer["type"] == "shape" and layer["role"] == "decoration"
                   and not layer["id"].startswith("layer_backdrop")]
    removed = decorations[0]["id"] if decorations else None
    source["layers"] = [layer for layer in source["layers"] if layer["id"] != removed]
    _layer(source, "layer_headline")["style"]["fontFamily"] = "Noto Serif"
    source["layers"].append({"id": "layer_added_date_1", "type": "text", "role": "body", "name": "Date",
                             "text": "14 Feb", "position": {"x": 100, "y": 900}, "size": {"width": 300, "height": 60},
                             "style": {"fontFamily": "Inter", "fontSize": 30, "color": "#111111"}})

    adapted = reflow(source, fmt=get_format("instagram_story"))

    assert _layer(adapted, "layer_background")["fill"]["color"] == "#FFFFFF"
    assert removed is None or removed not in {layer["id"] for layer in adapted["layers"]}
    assert _layer(adapted, "layer_headline")["style"]["fontFamily"] == "Noto Serif"
    assert any("14 Feb" in layer["text"] for layer in adapted["layers"] if layer["type"] == "text")
    assert [i.code for i in lint_document(adapted, format_id="instagram_story") if i.severity == "error"] == []


def test_a_design_not_made_from_a_template_is_reflowed_by_its_boxes():
    source = _design("We're hiring a senior Python developer in Pune, remote ok, apply by 30 Jan")
    source["meta"].pop("template")

    adapted = reflow(source, fmt=get_format("instagram_story"))

    assert "template" not in adapted["meta"]
    texts = sorted(layer["text"] for layer in adapted["layers"] if layer["type"] == "text")
    assert texts == sorted(layer["text"] for layer in source["layers"] if layer["type"] == "text")


def test_a_hidden_line_stays_hidden_but_kept_when_adapted():
    source = _design("Webinar: scaling Postgres with Anita Rao, 12 March 5 pm IST, register free")
    _layer(source, "layer_cta")["visible"] = False

    adapted = reflow(source, fmt=get_format("instagram_story"))

    assert _layer(adapted, "layer_cta")["visible"] is False
    assert _layer(adapted, "layer_cta")["text"] == _layer(source, "layer_cta")["text"]
