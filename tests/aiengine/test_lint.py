"""Design lint: each rule fires on the mistake it guards against and stays quiet on a clean design."""

import copy

from aiengine.creative.lint import lint_document
from aiengine.creative.lint.repairs import show_button


def _text(layer_id, text, *, x=100, y=100, w=600, h=120, size=48, color="#111111", role="headline", **style):
    return {"id": layer_id, "type": "text", "role": role, "text": text,
            "position": {"x": x, "y": y}, "size": {"width": w, "height": h},
            "style": {"fontFamily": "Inter", "fontWeight": 700, "fontSize": size, "color": color, **style}}


def _doc(*layers, background="#FFFFFF"):
    return {"schemaVersion": "1.4", "meta": {"format": "instagram_post"},
            "canvas": {"width": 1080, "height": 1080, "background": {"type": "color", "color": background}},
            "layers": list(layers)}


def _codes(doc):
    return sorted({(issue.code, issue.layer_id) for issue in lint_document(doc) if issue.severity == "error"})


CLEAN = _doc(_text("h", "Diwali Mega Sale", size=64),
             _text("s", "Premium headphones", y=260, size=32, role="subhead", color="#333333"))


def test_clean_design_has_no_errors():
    assert _codes(CLEAN) == []


def test_low_contrast_text_is_reported_with_the_background():
    doc = copy.deepcopy(CLEAN)
    doc["layers"][1]["style"]["color"] = "#CCCCCC"
    issues = [i for i in lint_document(doc) if i.code == "low_contrast"]
    assert [i.layer_id for i in issues] == ["s"]
    assert issues[0].details["contrast"] < 4.5
    assert issues[0].details["background"] == "#FFFFFF"


def test_contrast_is_measured_against_the_shapes_behind_the_text():
    panel = {"id": "panel", "type": "shape", "shape": "rect", "position": {"x": 80, "y": 80},
             "size": {"width": 700, "height": 300}, "fill": {"type": "color", "color": "#0B1F4B"}}
    on_panel = _doc(panel, _text("h", "White on navy", color="#FFFFFF"))
    assert _codes(on_panel) == []
    moved = copy.deepcopy(on_panel)
    moved["layers"][0]["position"] = {"x": 80, "y": 600}
    assert _codes(moved) == [("low_contrast", "h")]


def test_a_pill_is_the_text_background():
    pill = {"color": "#111111", "paddingX": 24, "paddingY": 12, "radius": 999}
    assert _codes(_doc(_text("cta", "Shop Now", color="#FFFFFF", role="cta", size=32, background=pill),
                       _text("h", "Headline", y=400, size=64))) == []


def test_a_button_the_colour_of_what_it_sits_on_is_invisible():
    def cta(pill_colour):
        pill = {"color": pill_colour, "paddingX": 24, "paddingY": 12, "radius": 999}
        return _doc(_text("cta", "Register free", color="#111111", role="cta", size=32, w=400, background=pill),
                    _text("h", "Headline", y=400, size=64), background="#F2F4F8")

    issues = [i for i in lint_document(cta("#F2F4F8")) if i.code == "invisible_button"]
    assert [(i.layer_id, i.severity) for i in issues] == [("cta", "error")]
    assert issues[0].details["contrast"] < 1.3 and issues[0].details["background"] == "#F2F4F8"
    assert _codes(cta("#199BB3")) == []  # a teal button on the same ground

    invisible = cta("#F2F4F8")
    show_button(invisible["layers"][0]["style"], issues[0].details["background"])  # the layout's and a re-template's repair
    assert _codes(invisible) == []


def test_text_that_does_not_fit_overflows():
    doc = _doc(_text("h", "A very long headline that cannot possibly fit in this box", w=300, h=60, size=64))
    assert ("text_overflow", "h") in _codes(doc)
    doc["layers"][0]["style"]["autoFit"] = {"minSize": 8, "maxSize": 64}
    assert ("text_overflow", "h") not in _codes(doc)


def test_content_outside_the_safe_area():
    doc = _doc(_text("h", "Edge", x=0, y=0, size=48))
    assert ("outside_safe_area", "h") in _codes(doc)


def test_overlapping_text():
    doc = _doc(_text("h", "Headline here", size=64), _text("s", "Sub here", y=120, size=32, role="subhead"))
    assert ("text_overlap", "s") in _codes(doc)


def test_headline_must_lead_the_hierarchy():
    doc = copy.deepcopy(CLEAN)
    doc["layers"][1]["style"]["fontSize"] = 80
    doc["layers"][1]["size"]["height"] = 140
    assert ("weak_hierarchy", "s") in _codes(doc)


def test_hidden_layers_are_ignored():
    doc = copy.deepcopy(CLEAN)
    doc["layers"].append(_text("ghost", "Hidden", x=0, y=0, color="#FFFFFF"))
    doc["layers"][-1]["visible"] = False
    assert _codes(doc) == []
