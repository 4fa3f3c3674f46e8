"""Every template of every aspect family fills lint-clean — polish checks included — with short and long copy,
in English and Hindi, and stories use their height."""

from dataclasses import replace

import pytest

from aiengine.creative.lint import lint_document
from aiengine.creative.reading import read_brief
from aiengine.creative.templates import all_templates
from aiengine.creative.templates.fill import Box, decorations
from aiengine.providers.base import LayoutRequest
from aiengine.providers.local.layout import LocalLayoutProvider

PROVIDER = LocalLayoutProvider()
FORMATS = {"square": ("instagram_post",), "portrait": ("instagram_story", "instagram_portrait"),
           "landscape": ("facebook_post",)}
COPIES = {
    "short-en": "Happy Diwali from Sharma Sweets",
    "long-en": "Annual Tech Leadership Summit 2027 with keynote speakers from Infosys, Wipro and Zoho, "
               "21 January 2027, 9 am to 6 pm at Bangalore International Exhibition Centre, Tumkur Road, "
               "early-bird passes ₹2,999, register at summit.techleaders.in, call +91 98450 12345",
    "short-hi": "होली की हार्दिक शुभकामनाएं - शर्मा परिवार",
    "long-hi": "दिवाली मेगा सेल: सभी इलेक्ट्रॉनिक्स पर 40% तक की छूट, 20 अक्टूबर से 5 नवंबर तक, "
               "शर्मा इलेक्ट्रॉनिक्स, एमजी रोड, बेंगलुरु, कॉल करें +91 99000 11111",
}
# Findings a template can cause; the facts and the logo belong to the brief reading and the palette.
NOT_LAYOUT = {"missing_fact", "logo_contrast", "text_over_image"}


def _kind_for(template, brief_kind: str) -> str:
    return brief_kind if template.suits(brief_kind) else template.kinds[0]  # "*" suits every kind


@pytest.mark.parametrize("copy", sorted(COPIES))
@pytest.mark.parametrize("family", sorted(FORMATS))
def test_every_template_fills_lint_clean(family, copy):
    for format_id in FORMATS[family]:
        brief = read_brief(COPIES[copy], format_id=format_id)
        for template in (t for t in all_templates() if t.family == family):
            kind = _kind_for(template, brief.kind)
            request = LayoutRequest(brief=replace(brief, kind=kind),
                                    format_id=format_id, seed=1)
            document = PROVIDER.on_template(request, template)
            issues = [(issue.code, issue.layer_id) for issue in lint_document(document)
                      if issue.code not in NOT_LAYOUT]
            assert issues == [], (template.id, format_id, copy, issues)


def test_tall_only_decorations_stay_out_of_the_content_frame_and_off_other_canvases():
    template = next(t for t in all_templates() if t.tall_only)
    colours = {token: "#336699" for token in ("background", "background_end", "panel", "headline", "body",
                                               "accent", "on_accent", "cta_fill", "cta_text", "panel_text",
                                               "panel_headline", "glow")}
    brief = read_brief("Happy Diwali from Sharma Sweets", format_id="instagram_story")
    content = Box(65, 250, 950, 1420)
    tall = decorations(template, width=1080, height=1920, colours=colours, copy=brief.copy, has_image=False,
                       content=content)
    shown = {layer["id"]: layer for layer in tall}
    for key in template.tall_only:
        layer = shown[key if key.startswith("layer_") else f"layer_{key}"]
        top, bottom = layer["position"]["y"], layer["position"]["y"] + layer["size"]["height"]
        assert bottom <= content.y + 0.5 or top >= content.bottom - 0.5, (key, top, bottom)
    short = decorations(template, width=1080, height=1350, colours=colours, copy=brief.copy, has_image=False,
                        content=Box(54, 54, 972, 1242))
    assert not {layer["id"] for layer in short} & {f"layer_{key}" for key in template.tall_only}


@pytest.mark.parametrize("family", sorted(FORMATS))
def test_quote_marks_only_open_someones_words(family):
    template = next(t for t in all_templates() if t.family == family and t.id.endswith("-quote"))
    format_id = FORMATS[family][0]
    quote = read_brief('"The best way to predict the future is to create it" - Peter Drucker', format_id=format_id)
    invite = read_brief("Housewarming at the Mehtas, Sunday 12 Jan, 7 pm, Green Acres, Thane", format_id=format_id)

    def marks(brief):
        document = PROVIDER.on_template(LayoutRequest(brief=brief, format_id=format_id, seed=1), template)
        return [layer["id"] for layer in document["layers"] if layer["id"].startswith("layer_quote_")]

    assert quote.copy.attribution and marks(quote)  # a quote card opens with its marks
    assert marks(invite) == []  # an invitation on the same template has no one to quote


def test_on_a_pin_the_image_takes_the_room_of_empty_text_regions():
    template = next(t for t in all_templates() if t.id == "portrait-bigtype")
    brief = read_brief("Happy Diwali from Sharma Sweets", format_id="pinterest_pin")
    document = PROVIDER.on_template(LayoutRequest(brief=brief, format_id="pinterest_pin", seed=1), template)
    image = next(layer for layer in document["layers"] if layer.get("role") == "product")

    # the details region at the foot has no copy: the picture grows over it instead of leaving a band
    assert image["position"]["y"] + image["size"]["height"] > 0.85 * 1500
    assert [issue.code for issue in lint_document(document) if issue.code == "empty_band"] == []


@pytest.mark.parametrize("prompt", [
    "Webinar: scaling Postgres with Anita Rao, 12 March 5 pm IST, register free",
    "Launch of the Noise ColorFit Pro 6 smartwatch, pre-orders open 1 March, ₹4,999",
    "Kubernetes cost tips, live session with Anita Desai, 22 Jan 4 PM GMT, register now",
])
def test_a_button_always_stands_out_from_what_it_sits_on(prompt):
    # A scheme's button colour can be the very panel a template sets the text on (a light canvas colour on a
    # light panel): the button then keeps only its label. Every variant of every concept shows its button.
    for concept in ("product_highlight", "offer_focus", "problem_solution"):
        result = PROVIDER.generate(LayoutRequest(brief=read_brief(prompt), format_id="instagram_post",
                                                 concept=concept, variants=3))
        for document in result.documents:
            assert [issue.layer_id for issue in lint_document(document)
                    if issue.code == "invisible_button"] == [], (prompt, concept)
