"""The editor covers what people say: themes, tones, sizes, placement, copy, Hindi, refit; never silent."""

import copy

import pytest

from aiengine.creative.colors import relative_luminance
from aiengine.creative.lint import lint_document
from aiengine.creative.reading import read_brief
from aiengine.providers.base import LayoutRequest
from aiengine.providers.local.edit_handlers import shorten
from aiengine.providers.local.editor import LocalEditProvider
from aiengine.providers.local.layout import LocalLayoutProvider
from documents import apply_operations
from rendering import measure_text

EDITOR = LocalEditProvider()


@pytest.fixture(scope="module")
def design():
    brief = read_brief("Diwali sale on headphones, 40% off till 14 Nov, shop now")
    request = LayoutRequest(brief=brief, format_id="instagram_post", concept="offer_focus", variants=1, seed=5)
    return LocalLayoutProvider().generate(request).documents[0]


def _edit(doc, instruction):
    result = EDITOR.edit(document=doc, instruction=instruction)
    return result, apply_operations(doc, result.operations)


def _role(doc, role):
    return next(layer for layer in doc["layers"] if layer.get("role") == role)


def _errors(doc):
    return [(i.code, i.layer_id) for i in lint_document(doc) if i.severity == "error"]


def test_a_light_theme_repaints_a_dark_design(design):
    result, after = _edit(design, "change the theme to light")

    assert result.unsupported == ()
    assert relative_luminance(after["canvas"]["background"]["color"]) > 0.6
    assert _errors(after) == []


def test_a_bigger_headline_is_drawn_bigger_or_the_limit_is_named(design):
    before = measure_text(_role(design, "headline")).font_size
    for instruction, wanted in (("make the headline bigger", 1.15), ("make the headline twice as big", 1.6)):
        result, after = _edit(design, instruction)
        shown = measure_text(_role(after, "headline")).font_size / before

        # the size it is drawn at (auto-fit applied), not only its ceiling, grows; or the explanation says how far
        assert shown >= wanted or (result.unsupported == (instruction,) and f"{shown:.2f}" in result.explanation)
        assert shown > 1.03
        assert _errors(after) == []


def test_a_wide_button_moved_to_a_corner_lands_there(design):
    _result, after = _edit(design, "make the headline bigger and move the CTA to the bottom right")
    cta = _role(after, "cta")

    assert cta["position"]["x"] + cta["size"]["width"] / 2 > 2 / 3 * 1080
    assert cta["position"]["y"] + cta["size"]["height"] / 2 > 2 / 3 * 1080
    assert _errors(after) == []


def test_all_text_dark_on_a_dark_ground_lightens_the_ground(design):
    result, after = _edit(design, "make all text dark")

    assert result.unsupported == ()
    assert relative_luminance(_role(after, "headline")["style"]["color"]) < 0.12
    assert "ground" in result.explanation


def test_hindi_instructions_are_understood(design):
    result, after = _edit(design, "हेडलाइन को बड़ा करो और बटन को नीचे दाईं ओर ले जाओ")

    assert result.unsupported == ()
    before = _role(design, "headline")["style"]["autoFit"]["maxSize"]
    assert _role(after, "headline")["style"]["autoFit"]["maxSize"] > before
    cta = _role(after, "cta")
    assert cta["position"]["x"] + cta["size"]["width"] / 2 > 2 / 3 * 1080


def test_translation_says_it_needs_the_hosted_provider(design):
    result, after = _edit(design, "translate the text to Hindi and make the headline red")

    assert result.unsupported == ("translate the text to Hindi",)
    assert "hosted provider" in result.explanation
    assert _role(after, "headline")["style"]["color"] != _role(design, "headline")["style"]["color"]


def test_copy_changes_shorten_add_and_space(design):
    assert shorten("Headphones at Unbeatable Prices") == "Headphones Unbeatable Prices"
    assert shorten("Diwali Sale: 40% off everything") == "Diwali Sale"

    with_subline = _designs("Diwali sale on headphones, 40% off till 14 Nov, free delivery across India, shop now",
                            count=1)[0]
    assert any(layer.get("role") == "subhead" for layer in with_subline["layers"])
    result, after = _edit(with_subline, "remove the subheadline, add the date 14 Feb")
    assert result.unsupported == ()
    assert any(layer.get("text") == "14 Feb" for layer in after["layers"])


def test_an_uploaded_asset_replaces_the_image(design):
    result, after = _edit(design, "use asset_01abcdef23 as the product image")

    product = _role(after, "product")
    assert product["assetId"] == "asset_01abcdef23" and "smartAssetId" not in product
    assert result.unsupported == ()


def test_nothing_is_dropped_silently(design):
    result, _after = _edit(design, "make the CTA gold, blorp the quux, swap the image for a unicorn")

    assert "blorp the quux" in result.unsupported
    assert any("unicorn" in clause for clause in result.unsupported)
    assert "illustration set has no" in result.explanation


def _designs(prompt, count=3):
    request = LayoutRequest(brief=read_brief(prompt), format_id="instagram_post", concept="offer_focus",
                            variants=count, seed=0)
    return LocalLayoutProvider().generate(request).documents


def _layer(doc, layer_id):
    return next((layer for layer in doc["layers"] if layer["id"] == layer_id), None)


def test_a_dark_theme_repaints_a_template_design_by_its_paint_tokens():
    framed = [d for d in _designs("We're hiring a senior Python developer in Pune, remote ok, apply by 30 Jan")
              if any(layer.get("stroke") for layer in d["layers"])]
    assert framed, "a template with stroked decorations"
    design = framed[0]
    for instruction in ("make it dark", "switch to a dark theme"):
        result, after = _edit(design, instruction)

        assert result.unsupported == ()
        assert relative_luminance(after["canvas"]["background"]["color"]) < 0.12
        for layer in design["layers"]:
            if layer.get("stroke") and not layer.get("fill"):  # a border stays a border, never a filled canvas
                assert not _layer(after, layer["id"]).get("fill")
        assert _errors(after) == []


def test_more_minimal_drops_the_badge_and_the_offer_keeps_its_colour():
    design = next(d for d in _designs("Live jazz night at Blue Frog, 21 Dec 8 pm, tickets Rs 800")
                  if any(layer["id"].startswith("layer_backdrop") for layer in d["layers"]))
    result, after = _edit(design, "make it more minimal")

    assert result.unsupported == ()
    assert not [layer for layer in after["layers"] if layer.get("role") == "decoration"]
    assert _errors(after) == []


def test_a_headline_moved_top_left_takes_its_eyebrow_along():
    design = next(d for d in _designs("We're hiring a senior Python developer in Pune, remote ok, apply by 30 Jan")
                  if _layer(d, "layer_eyebrow") is not None)
    _result, after = _edit(design, "move the headline to the top left")
    headline, eyebrow = _layer(after, "layer_headline"), _layer(after, "layer_eyebrow")

    assert headline["position"]["x"] + headline["size"]["width"] / 2 < 1080 / 3
    assert headline["position"]["y"] + headline["size"]["height"] / 2 < 1080 / 3 + 100
    assert headline["style"]["align"] == "left"
    assert eyebrow["position"]["y"] + eyebrow["size"]["height"] <= headline["position"]["y"] + 1
    assert _errors(after) == []


def test_setting_a_missing_subheadline_adds_it_under_the_headline():
    design = next(d for d in _designs("Live jazz night at Blue Frog, 21 Dec 8 pm, tickets Rs 800")
                  if not any(layer.get("role") == "subhead" for layer in d["layers"]))
    result, after = _edit(design, 'set the subheadline to "Only this weekend"')
    added = next(layer for layer in after["layers"] if layer.get("role") == "subhead")
    headline = _layer(after, "layer_headline")

    assert result.unsupported == ()
    assert added["text"] == "Only this weekend"
    assert added["position"]["y"] >= headline["position"]["y"]
    assert _errors(after) == []


def test_a_line_that_reads_as_a_call_to_action_is_the_cta_when_there_is_no_button():
    # a hand-made design: "Order now" is a plain line of text, with no button and no CTA role
    design = copy.deepcopy(_designs("Weekend pizza special, 2 large pizzas for Rs 599, order now", count=1)[0])
    line = next(layer for layer in design["layers"] if layer.get("role") == "cta")
    line.update(role="body", name="Last line", text="Order now")
    line["style"].pop("background", None)
    assert not any(layer.get("role") == "cta" for layer in design["layers"])
    result, after = _edit(design, "move the CTA to the centre")
    line = next(layer for layer in after["layers"] if layer.get("text") == "Order now")

    assert result.unsupported == ()
    assert 1080 / 3 < line["position"]["x"] + line["size"]["width"] / 2 < 2 * 1080 / 3


def _overlap(a, b):
    return (a["position"]["x"] < b["position"]["x"] + b["size"]["width"]
            and b["position"]["x"] < a["position"]["x"] + a["size"]["width"]
            and a["position"]["y"] < b["position"]["y"] + b["size"]["height"]
            and b["position"]["y"] < a["position"]["y"] + a["size"]["height"])


def test_a_text_moved_onto_a_badge_never_covers_it():
    # the offer's badge disc sits in the bottom-right corner; the CTA is asked to go there
    design = next(d for d in _designs("Diwali sale on headphones, 40% off till 14 Nov, shop now")
                  if _layer(d, "layer_backdrop_3") is not None and _layer(d, "layer_cta") is not None)
    badge = _layer(design, "layer_backdrop_3")
    assert badge["position"]["x"] > 540 and badge["position"]["y"] > 540
    result, after = _edit(design, "move the CTA to the bottom right")
    line, badge = _layer(after, "layer_cta"), _layer(after, "layer_backdrop_3")

    assert not _overlap(line, badge)
    in_corner = line["position"]["x"] + line["size"]["width"] / 2 > 720 and \
        line["position"]["y"] + line["size"]["height"] / 2 > 720
    assert in_corner or result.unsupported  # there, or named as not fully done
    assert _errors(after) == []


def test_removing_a_line_lays_the_rest_out_again_and_the_headline_can_then_grow():
    design = next(d for d in _designs("Webinar: scaling Postgres with Anita Rao, 12 March 5 pm IST, register free")
                  if d["meta"]["template"].endswith("frame"))
    before = measure_text(_layer(design, "layer_headline")).font_size
    result, after = _edit(design, "remove the CTA and make the headline bigger")

    assert result.unsupported == ()
    assert _layer(after, "layer_cta") is None
    assert measure_text(_layer(after, "layer_headline")).font_size >= 1.15 * before
    assert _errors(after) == []


def _sale_with_the_image_right():
    brief = read_brief("Diwali sale on headphones, 40% off till 14 Nov, free delivery across India, shop now")
    for seed in range(1, 40):
        request = LayoutRequest(brief=brief, format_id="instagram_post", concept="offer_focus", variants=1, seed=seed)
        doc = LocalLayoutProvider().generate(request).documents[0]
        product = _role(doc, "product")
        if product["position"]["x"] > doc["canvas"]["width"] / 2:
            return doc
    raise AssertionError("no variant with its image on the right")


def _box(layer):
    return (layer["position"]["x"], layer["position"]["y"], layer["size"]["width"], layer["size"]["height"])


def _covers(a, b):
    ax, ay, aw, ah = _box(a)
    bx, by, bw, bh = _box(b)
    return ax < bx + bw and bx < ax + aw and ay < by + bh and by < ay + ah


def test_an_image_put_where_the_text_stands_changes_sides_with_it():
    before = _sale_with_the_image_right()
    result, after = _edit(before, "put the product image on the left")
    assert result.unsupported == ()
    product = _role(after, "product")
    assert product["position"]["x"] + product["size"]["width"] / 2 < after["canvas"]["width"] / 2
    texts = [layer for layer in after["layers"] if layer.get("type") == "text"]
    assert texts and not any(_covers(product, text) for text in texts)
    assert _errors(after) == []
    assert "changed sides" in result.explanation
    _result, again = _edit(after, "put the product image on the left")  # already there: nothing mirrors back
    assert _role(again, "product")["position"]["x"] <= product["position"]["x"] + 1


def test_a_button_stays_visible_on_the_ground_an_edit_gives_it():
    brief = read_brief("City marathon poster: Pune Half Marathon, 5K and 10K runs, Sunday 7 Dec, 6 AM, "
                       "register at punerun.in")
    request = LayoutRequest(brief=brief, format_id="instagram_post", concept="product_highlight", variants=1, seed=1)
    before = LocalLayoutProvider().generate(request).documents[0]
    result, after = _edit(before, "make the background white")
    assert result.unsupported == ()
    assert [i.layer_id for i in lint_document(after) if i.code == "invisible_button"] == []
    assert _errors(after) == []
