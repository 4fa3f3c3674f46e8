"""The lint's polish and facts checks: each fires on a failing document and stays quiet on a passing one."""

import io

from PIL import Image, ImageDraw

from aiengine.creative.lint import lint_document
from aiengine.creative.model import Fact
from rendering import DictAssetSource


def _text(layer_id, text, *, x=100, y=100, w=600, h=120, size=48, color="#111111", role="headline", **style):
    return {"id": layer_id, "type": "text", "role": role, "text": text,
            "position": {"x": x, "y": y}, "size": {"width": w, "height": h},
            "style": {"fontFamily": "Inter", "fontWeight": 700, "fontSize": size, "color": color, **style}}


def _rect(layer_id, *, x, y, w, h, color, shape="rect", role="decoration"):
    return {"id": layer_id, "type": "shape", "shape": shape, "role": role, "position": {"x": x, "y": y},
            "size": {"width": w, "height": h}, "fill": {"type": "color", "color": color}}


def _doc(*layers, width=1080, height=1080, background="#FFFFFF", format_id="instagram_post"):
    return {"schemaVersion": "1.4", "meta": {"format": format_id},
            "canvas": {"width": width, "height": height, "background": {"type": "color", "color": background}},
            "layers": list(layers)}


def _found(doc, code, **kwargs):
    return [(issue.layer_id, issue.severity) for issue in lint_document(doc, **kwargs) if issue.code == code]


# Facts


def test_each_missing_fact_is_reported_as_an_error():
    doc = _doc(_text("h", "Priya & Arjun"), _text("d", "14 Feb 2027 · 7 pm", y=300, size=32, role="body"))
    facts = (Fact("name", "Priya & Arjun"), Fact("date", "14 Feb 2027"), Fact("venue", "The Leela Palace"),
             Fact("phone", "+91 98450 12345"))

    missing = [i for i in lint_document(doc, facts=facts) if i.code == "missing_fact"]

    assert [i.details["fact"] for i in missing] == ["The Leela Palace", "+91 98450 12345"]
    assert {i.severity for i in missing} == {"error"}


def test_facts_set_with_other_dashes_case_or_line_breaks_are_present():
    doc = _doc(_text("d", "SITE VISIT 10am-4pm\nCall 98450–12345", size=32))

    assert _found(doc, "missing_fact", facts=("10am–4pm", "call 98450-12345", "Site visit")) == []


# Logo contrast


def _logo_png(colour):
    image = Image.new("RGBA", (200, 100), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((10, 10, 90, 90), fill=colour)
    ImageDraw.Draw(image).rectangle((110, 30, 190, 70), fill=colour)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _logo_doc(ground):
    logo = {"id": "logo", "type": "image", "role": "logo", "assetId": "asset_logo", "fit": "contain",
            "position": {"x": 80, "y": 80}, "size": {"width": 200, "height": 100}}
    return _doc(_rect("panel", x=0, y=0, w=540, h=400, color=ground), logo, _text("h", "Headline", y=600))


def test_a_logo_on_a_surface_of_its_own_colour_fails():
    assets = DictAssetSource({"asset_logo": _logo_png("#D6336C")})

    assert _found(_logo_doc("#E0407A"), "logo_contrast", assets=assets) == [("logo", "warning")]
    assert _found(_logo_doc("#FFFFFF"), "logo_contrast", assets=assets) == []


def test_the_logo_is_not_judged_without_its_pixels():
    assert _found(_logo_doc("#E0407A"), "logo_contrast") == []


# Centring in panels


def test_centred_text_off_the_axis_of_its_card_fails():
    card = _rect("card", x=100, y=200, w=880, h=500, color="#0B1F4B")
    centred = _text("h", "Grand opening", x=140, y=300, w=800, color="#FFFFFF", align="center")
    shifted = _text("h", "Grand opening", x=140, y=300, w=520, color="#FFFFFF", align="center")

    assert _found(_doc(card, centred), "off_centre") == []
    assert _found(_doc(card, shifted), "off_centre") == [("h", "warning")]


def test_left_aligned_text_in_a_card_is_not_centring():
    card = _rect("card", x=100, y=200, w=880, h=500, color="#0B1F4B")
    left = _text("h", "Grand opening", x=140, y=300, w=520, color="#FFFFFF", align="left")

    assert _found(_doc(card, left), "off_centre") == []


# Badges and pills


def test_text_off_centre_in_its_badge_fails():
    badge = _rect("badge", x=700, y=100, w=240, h=100, color="#FF4D00")
    centred = _text("offer", "40% OFF", x=700, y=100, w=240, h=100, size=40, color="#111111", role="badge",
                    align="center", verticalAlign="middle")
    low = _text("offer", "40% OFF", x=700, y=150, w=240, h=100, size=40, color="#111111", role="badge",
                align="center", verticalAlign="top")

    assert _found(_doc(badge, centred), "badge_misaligned") == []
    assert _found(_doc(badge, low), "badge_misaligned") == [("offer", "warning")]


def test_text_spilling_out_of_its_pill_fails():
    pill = _rect("pill", x=100, y=800, w=160, h=70, color="#111111")
    spill = _text("cta", "Book a visit today", x=110, y=810, w=500, h=60, size=36, color="#FFFFFF", role="cta")

    assert _found(_doc(pill, spill), "badge_misaligned") == [("cta", "warning")]


# Decorative fragments


def test_a_sliver_of_a_hard_edged_shape_at_the_edge_fails():
    sliver = _rect("dot", x=-290, y=400, w=300, h=300, color="#FFCC00", shape="ellipse")
    bleed = _rect("dot", x=-150, y=400, w=300, h=300, color="#FFCC00", shape="ellipse")

    assert _found(_doc(sliver), "edge_sliver") == [("dot", "warning")]
    assert _found(_doc(bleed), "edge_sliver") == []


def test_a_soft_glow_cut_by_the_edge_is_texture():
    glow = _rect("glow", x=-290, y=400, w=300, h=300, color="#FFCC00", shape="ellipse")
    glow["fill"] = {"type": "radialGradient", "center": {"x": 0.5, "y": 0.5}, "radius": 0.5,
                    "stops": [{"offset": 0, "color": "#FFCC00CC"}, {"offset": 1, "color": "#FFCC0000"}]}

    assert _found(_doc(glow), "edge_sliver") == []


# Frame fill


def _story(*layers):
    return _doc(*layers, width=1080, height=1920, background="#F4F1E8", format_id="instagram_story")


def test_a_story_with_its_content_bunched_at_the_top_fails():
    top = _story(_text("h", "Now open", x=90, y=260, w=900, h=200, size=96),
                 _text("s", "Sharma Sweets, Lajpat Nagar", x=90, y=480, w=900, h=80, size=40, role="subhead"))

    assert _found(top, "empty_band") == [(None, "warning")]


def test_a_story_that_fills_its_frame_passes():
    filled = _story(_text("h", "Now open", x=90, y=260, w=900, h=200, size=96),
                    _rect("band", x=0, y=600, w=1080, h=700, color="#1E8C4E"),
                    _text("s", "Sharma Sweets, Lajpat Nagar", x=90, y=1400, w=900, h=80, size=40, role="subhead"))
    square = _doc(_text("h", "Now open", x=90, y=100, w=900, h=200, size=96))

    assert _found(filled, "empty_band") == []
    assert _found(square, "empty_band") == []
