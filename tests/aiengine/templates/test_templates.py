"""Templates as data: every file is a valid template, every kind has enough of them in every aspect family,
and the designs made from them keep the brief's facts, its named colours and its kind's calls to action."""

import copy
import io
import json

import pytest
from PIL import Image

from aiengine.creative.colors import to_rgb
from aiengine.creative.kinds import COMMERCE_INTENTS, CTAS, KINDS
from aiengine.creative.model import KIND_IDS
from aiengine.creative.palettes import palette_for
from aiengine.creative.preview import render_preview
from aiengine.creative.reading import read_brief
from aiengine.creative.templates import (
    FAMILIES,
    TemplateError,
    all_templates,
    family_of,
    parse_template,
    pick,
    template_files,
    templates_for,
)
from aiengine.providers.base import LayoutRequest
from aiengine.providers.local.layout import LocalLayoutProvider
from documents import get_format, validate_document

PROVIDER = LocalLayoutProvider()
MIN_PER_KIND = 5


def _generate(prompt: str, format_id: str = "instagram_post", **extra):
    brief = read_brief(prompt, format_id=format_id)
    return brief, PROVIDER.generate(LayoutRequest(brief=brief, format_id=format_id, variants=3, seed=3,
                                                  **extra)).documents


def _text(document) -> str:
    return "\n".join(str(layer.get("text", "")) for layer in document["layers"] if layer.get("type") == "text")


def test_every_template_file_is_a_valid_design_document_and_template():
    files = template_files()
    assert len(files) == len(all_templates()) >= 3 * MIN_PER_KIND
    for path in files:
        document = json.loads(path.read_text(encoding="utf-8"))
        validate_document(document)
        template = parse_template(document, source=path.name)
        assert template.id == path.stem and template.family == path.parent.name


@pytest.mark.parametrize("breakage", ["unknown_kind", "unknown_slot_rule", "missing_slot", "region_outside",
                                      "unknown_paint", "not_a_document"])
def test_a_broken_template_file_is_refused(breakage):
    document = copy.deepcopy(all_templates()[0].document)
    spec = document["meta"]["template"]
    if breakage == "unknown_kind":
        spec["kinds"] = ["brochure"]
    elif breakage == "unknown_slot_rule":
        spec["slots"]["footer"] = {"max": 0.1, "min": 0.05}
    elif breakage == "missing_slot":
        del spec["slots"]["cta"]
    elif breakage == "region_outside":
        spec["regions"][0]["box"] = [0.5, 0.5, 0.8, 0.8]
    elif breakage == "unknown_paint":
        spec["paints"]["layer_background"] = "sparkly"
    else:
        del document["canvas"]
    with pytest.raises(TemplateError):
        parse_template(document, source="broken.json")


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("kind", KIND_IDS)
def test_every_kind_has_five_templates_in_every_aspect_family(kind, family):
    assert len(templates_for(kind, family, has_image=True)) >= MIN_PER_KIND
    assert len(templates_for(kind, family, has_image=False)) >= MIN_PER_KIND
    chosen = pick(kind, family, has_image=False, count=3, key="any prompt")
    assert len({template.id for template in chosen}) == 3


def test_formats_fall_into_their_aspect_family():
    assert family_of(1080, 1080) == "square"
    assert family_of(1080, 1920) == family_of(1080, 1350) == family_of(160, 600) == "portrait"
    assert family_of(1584, 396) == family_of(1280, 720) == family_of(728, 90) == "landscape"
    for format_id, size in (("linkedin_banner", (1584, 396)), ("x_header", (1500, 500)),
                            ("youtube_channel_art", (2560, 1440)), ("instagram_ad", (1080, 1080)),
                            ("instagram_ad_portrait", (1080, 1350)), ("instagram_ad_story", (1080, 1920)),
                            ("facebook_ad", (1200, 628))):
        fmt = get_format(format_id)
        assert fmt is not None and (fmt.width, fmt.height) == size


def test_unrelated_prompts_do_not_share_the_same_three_layouts():
    orders = {tuple(t.id for t in pick("sale", "square", has_image=True, count=3, key=f"prompt {n}"))
              for n in range(12)}
    assert len(orders) >= 4


FACT_PROMPTS = [
    ("Wedding invitation for Priya & Arjun, 14 Feb 2027, 7 pm at The Leela Palace, Bengaluru, RSVP +91 98450 12345",
     "instagram_post"),
    ("We're hiring a Senior Data Engineer at Finlytics, Bengaluru or remote, apply by 30 June at "
     "careers.finlytics.in", "instagram_story"),
    ("YouTube thumbnail: Top 7 budget 5G phones under ₹15,000", "youtube_thumbnail"),
    ("Free webinar: Scaling Postgres with Dr. Meera Rao, CTO of DataNest, 12 March 2027, 6 PM IST", "linkedin_post"),
    ("2BHK apartment for sale in Koramangala, ₹1.2 Cr, call +91 99000 11111", "instagram_portrait"),
    ("Live concert: The Local Train at Phoenix Arena, Pune, 21 Jan 2027, 8 pm, tickets ₹999", "x_header"),
    ("Black Friday: 50% off all sneakers, use code BF50", "facebook_ad"),
    ("Python course, 6 weeks, starts 1 Feb, ₹4,999, enrol at learn.codehub.in", "linkedin_banner"),
]


@pytest.mark.parametrize(("prompt", "format_id"), FACT_PROMPTS)
def test_every_fact_of_the_prompt_is_in_every_variant(prompt, format_id):
    brief, documents = _generate(prompt, format_id)
    assert brief.facts
    for document in documents:
        text = _text(document).lower()
        missing = [fact.text for fact in brief.facts if fact.text.lower() not in text]
        assert missing == [], (document["meta"]["template"], missing)
        for word in brief.request_words:
            assert word.lower() not in text.split(), word


NON_COMMERCE = [
    "Wedding invitation for Priya & Arjun, 14 Feb 2027 at The Leela Palace",
    "We're hiring a Product Designer at Zeta, remote",
    "Quote: \"Simplicity is the ultimate sophistication\" — Leonardo da Vinci",
    "Happy Diwali from the Sharma family",
    "Free webinar on cloud security, 5 May, 4 pm",
    "होली की हार्दिक शुभकामनाएं - शर्मा परिवार की ओर से",
]
COMMERCE_WORDS = {phrase.lower() for intent in COMMERCE_INTENTS for phrase in CTAS[intent].values()}


@pytest.mark.parametrize("prompt", NON_COMMERCE)
def test_no_commerce_call_to_action_on_non_commerce_kinds(prompt):
    brief, documents = _generate(prompt)
    assert not KINDS[brief.kind].commerce
    for document in documents:
        texts = [str(layer.get("text", "")).lower() for layer in document["layers"] if layer.get("type") == "text"]
        assert not COMMERCE_WORDS & set(texts), texts
        assert document["meta"]["kind"] == brief.kind


def _share_near(image: Image.Image, colour: str, tolerance: int = 60) -> float:
    wanted = to_rgb(colour)
    pixels = list(image.convert("RGB").resize((90, 90)).getdata())
    near = [p for p in pixels if sum(abs(a - b) for a, b in zip(p, wanted, strict=True)) <= tolerance]
    return len(near) / len(pixels)


@pytest.mark.parametrize(("prompt", "format_id"), [
    ("Summer sale on sunglasses, flat 30% off, red theme", "instagram_post"),
    ("Birthday party invitation for Aarav, Sunday 10 am, blue theme", "instagram_story"),
    ("Grand opening of Brew Lab cafe on MG Road, 5 Jan, green colours", "facebook_post"),
])
def test_a_named_colour_is_dominant_in_the_rendered_pixels(prompt, format_id):
    brief, documents = _generate(prompt, format_id)
    named = palette_for(brief).named[0]  # the shade of the colour word the designs are painted in
    for document in documents:
        image, _factor, _warnings = render_preview(document, max_side=270)
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        assert _share_near(image, named) >= 0.15, (document["meta"]["template"], named)


@pytest.mark.parametrize("prompt", ["Quote: \"The best way out is always through\" — Robert Frost",
                                    "Happy Diwali from Sharma Sweets"])
def test_every_template_fills_a_brief_with_few_slots_lint_clean(prompt):
    """Few slots leave regions empty: the rest reflows without crossing onto another ground."""
    for template in all_templates():
        format_id = {"square": "instagram_post", "portrait": "instagram_story", "landscape": "facebook_post"}[
            template.family]
        brief = read_brief(prompt, format_id=format_id)
        document = PROVIDER.on_template(LayoutRequest(brief=brief, format_id=format_id, seed=1), template)
        validate_document(document)  # on_template raises ProviderError when the lint stays unhappy
        assert brief.copy.headline in _text(document)
