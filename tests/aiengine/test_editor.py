"""The local editor: instructions become valid patch operations; what it cannot do, it says."""

import pytest

from aiengine.creative.color_names import COLOUR_NAMES
from aiengine.creative.colors import contrast_ratio
from aiengine.creative.lint import lint_document
from aiengine.creative.reading import read_brief
from aiengine.providers.base import LayoutRequest
from aiengine.providers.local.editor import LocalEditProvider, split_clauses
from aiengine.providers.local.layout import LocalLayoutProvider
from documents import apply_operations

BRAND = {"colors": {"primary": "#FFCC00", "secondary": "#050816", "accent": "#FF4D00", "text": "#FFFFFF"},
         "fonts": {"primary": {"family": "Poppins", "weights": [800]}, "secondary": {"family": "DM Sans"}},
         "logoAssetId": "asset_logo"}
EDITOR = LocalEditProvider()


@pytest.fixture(scope="module")
def design():
    brief = read_brief("Diwali sale on headphones, 40% OFF, free delivery across India, premium dark theme")
    request = LayoutRequest(brief=brief, format_id="instagram_post", concept="product_highlight", variants=1, seed=3)
    document = LocalLayoutProvider().generate(request).documents[0]
    document["brand"] = BRAND
    return document


def _layer(doc, layer_id):
    return next(layer for layer in doc["layers"] if layer["id"] == layer_id)


def _edit(doc, instruction):
    result = EDITOR.edit(document=doc, instruction=instruction)
    return result, apply_operations(doc, result.operations)


def _errors(doc):
    return [(i.code, i.layer_id) for i in lint_document(doc) if i.severity == "error"]


def test_remove_the_subheadline_and_more_minimal(design):
    result, edited = _edit(design, "Make it more minimal, remove the subheadline")
    assert {"op": "remove_layer", "layerId": "layer_subheadline"} in result.operations
    ids = {layer["id"] for layer in edited["layers"]}
    assert "layer_subheadline" not in ids
    assert not any(layer_id.startswith("layer_sparkle") for layer_id in ids)
    assert result.unsupported == ()
    assert "minimal" in result.explanation and "subheadline" in result.explanation
    assert _errors(edited) == []


def test_hide_a_layer(design):
    result, edited = _edit(design, "hide the call to action")
    assert _layer(edited, "layer_cta")["visible"] is False
    assert "Hid" in result.explanation


def test_change_the_headline_text_keeps_commas_in_quotes(design):
    result, edited = _edit(design, "change the headline to 'Mega Deals, Today Only'")
    assert _layer(edited, "layer_headline")["text"] == "Mega Deals, Today Only"
    assert result.unsupported == ()


def test_change_text_found_by_its_words(design):
    _, edited = _edit(design, "change 'Order Now' to 'Buy Today'")
    assert _layer(edited, "layer_cta")["text"] == "Buy Today"


def test_make_the_background_navy_keeps_text_readable(design):
    result, edited = _edit(design, "make the background navy")
    assert edited["canvas"]["background"] == {"type": "color", "color": COLOUR_NAMES["navy"]}
    assert _layer(edited, "layer_background")["fill"] == {"type": "color", "color": COLOUR_NAMES["navy"]}
    assert "navy" in result.explanation
    assert _errors(edited) == []
    _, light = _edit(design, "make the background cream")
    headline = _layer(light, "layer_headline")
    assert contrast_ratio(headline["style"]["color"], COLOUR_NAMES["cream"]) >= 4.5
    assert _errors(light) == []


def test_bigger_headline(design):
    _, edited = _edit(design, "make the headline bigger")
    before = design["layers"][[lay["id"] for lay in design["layers"]].index("layer_headline")]
    after = _layer(edited, "layer_headline")
    assert after["style"]["autoFit"]["maxSize"] > before["style"]["autoFit"]["maxSize"]


def test_move_the_product_to_the_top_right(design):
    _, edited = _edit(design, "move the product to the top right")
    product = _layer(edited, "layer_product")
    assert product["position"]["y"] == pytest.approx(65, abs=1)
    assert product["position"]["x"] + product["size"]["width"] == pytest.approx(1080 - 65, abs=1)


def test_apply_brand_colours_fonts_and_logo(design):
    result, edited = _edit(design, "apply my brand kit")
    assert edited["canvas"]["background"]["color"] == "#050816"
    families = {layer["style"]["fontFamily"] for layer in edited["layers"] if layer["type"] == "text"}
    assert families <= {"Poppins", "DM Sans"}
    logo = next(layer for layer in edited["layers"] if layer.get("role") == "logo")
    assert logo["assetId"] == "asset_logo"
    for text in (layer for layer in edited["layers"] if layer["type"] == "text"):
        apart = (logo["position"]["x"] + logo["size"]["width"] <= text["position"]["x"]
                 or text["position"]["x"] + text["size"]["width"] <= logo["position"]["x"]
                 or logo["position"]["y"] + logo["size"]["height"] <= text["position"]["y"]
                 or text["position"]["y"] + text["size"]["height"] <= logo["position"]["y"])
        assert apart, text["id"]
    assert "brand colours" in result.explanation
    _, fonts_only = _edit(design, "use brand fonts")
    assert fonts_only["canvas"] == design["canvas"]


def test_multi_clause_with_a_carried_verb(design):
    result, edited = _edit(design, "remove the subheadline and the offer; make the button red")
    ids = {layer["id"] for layer in edited["layers"]}
    assert "layer_subheadline" not in ids and "layer_offer" not in ids
    assert _layer(edited, "layer_cta")["style"]["background"]["color"] == COLOUR_NAMES["red"]


def test_unknown_clauses_are_reported_not_ignored(design):
    result = EDITOR.edit(document=design, instruction="make it sparkle, remove the subheadline")
    assert result.unsupported == ("make it sparkle",)
    assert "make it sparkle" in result.explanation
    assert {"op": "remove_layer", "layerId": "layer_subheadline"} in result.operations


def test_impossible_requests_say_why(design):
    result = EDITOR.edit(document=design, instruction="hide the logo")
    assert result.operations == []
    assert result.unsupported == ("hide the logo",)
    assert "no logo" in result.explanation
    assert EDITOR.edit(document=design, instruction="remove the background").unsupported


def test_split_clauses_keeps_quoted_text_whole():
    assert split_clauses("change the headline to \"Big, Bold\" and remove the logo") == [
        ("change the headline to", ["Big, Bold"]), ("remove the logo", [])]


@pytest.mark.parametrize(("instruction", "dark"), [("make it dark", True), ("use a pastel theme", False),
                                                  ("give it a neon look", True), ("make it light", False)])
def test_theme_changes_repaint_and_stay_readable(design, instruction, dark):
    result, edited = _edit(design, instruction)
    assert result.unsupported == ()
    background = edited["canvas"]["background"]["color"]
    assert (contrast_ratio(background, "#FFFFFF") > contrast_ratio(background, "#000000")) is dark
    assert _errors(edited) == []


def test_hindi_instructions(design):
    result, edited = _edit(design, "सबहेडलाइन हटाओ")
    assert "layer_subheadline" not in {layer["id"] for layer in edited["layers"]}
    result, edited = _edit(design, "बटन छिपाओ")
    assert _layer(edited, "layer_cta")["visible"] is False
