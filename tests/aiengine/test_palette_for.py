"""Palettes from a brief: named colours dominant, pairs both used, moods to families, brand kit first, variety."""

import pytest

from aiengine.creative.colors import WCAG_AA, contrast_ratio, to_hls
from aiengine.creative.palettes import palette_for, schemes_for
from aiengine.creative.reading import read_brief

BRAND = {"colors": {"primary": "#FFCC00", "secondary": "#050816", "accent": "#FF4D00", "text": "#FFFFFF"}}


def _schemes(prompt, brand=None):
    return schemes_for(palette_for(read_brief(prompt), brand), 3)


def _roles(scheme):
    return {scheme.background, scheme.panel, scheme.accent, scheme.cta_fill, scheme.headline}


@pytest.mark.parametrize("prompt", [
    "Birthday poster for Anaya, maroon theme",
    "Summer sale, 30% off, all in yellow",
    "Webinar on cloud security, navy background",
    "Yoga class poster in lavender",
    "Diwali offer at Sharma Sweets, saffron colour scheme",
])
def test_a_named_colour_is_dominant_in_every_scheme(prompt):
    named = palette_for(read_brief(prompt)).named[0]  # the colour word's shade as a designer fills an area with it
    schemes = _schemes(prompt)
    assert schemes[0].background == named  # the colour-led variant fills the ground with it
    for scheme in schemes:
        assert named in (scheme.background, scheme.panel) and named == scheme.cta_fill or \
            named == scheme.background


@pytest.mark.parametrize("prompt", ["Diwali sale poster in red and gold theme", "wedding invite, gold and ivory",
                                    "corporate banner in navy and white", "teal and coral summer sale"])
def test_a_pair_of_colours_uses_both(prompt):
    first, second = palette_for(read_brief(prompt)).named[:2]
    for scheme in _schemes(prompt):
        assert {first, second} <= _roles(scheme) | {scheme.accent}, scheme


def test_the_colour_said_to_be_the_background_is_the_background():
    assert to_hls(_schemes("white text on a navy background, hiring poster")[0].background)[0] == to_hls("#000080")[0]


def test_moods_map_to_their_families():
    pastel = palette_for(read_brief("calm pastel poster for a yoga class"))
    hue, lightness, saturation = to_hls(pastel.background)
    assert lightness > 0.85 and saturation < 0.75
    premium = palette_for(read_brief("dark premium headphones launch"))
    assert to_hls(premium.background)[1] < 0.1 and premium.accent == "#D4AF37"  # near-black and metallic gold
    festive = palette_for(read_brief("festive poster for a sweets shop"))
    hue, lightness, saturation = to_hls(festive.background)
    assert (hue < 50 or hue > 330) and saturation > 0.6
    earthy = palette_for(read_brief("earthy organic cafe menu"))
    assert 10 < to_hls(earthy.primary)[0] < 60 and to_hls(earthy.background)[1] > 0.8
    corporate = palette_for(read_brief("corporate webinar on cloud security"))
    hue, lightness, _ = to_hls(corporate.primary)
    assert 180 < hue < 240 and lightness < 0.3 and to_hls(corporate.background)[1] > 0.9


def test_a_brand_kit_wins_over_named_colours():
    palette = palette_for(read_brief("Diwali sale in red and gold theme"), BRAND)
    assert palette.name == "brand" and palette.background == "#050816"


def test_unrelated_prompts_get_unrelated_palettes():
    prompts = ["Hiring a Python developer at Zeta Labs", "Pizza night at Luigi's", "Wedding of Priya & Arjun",
               "Summer sale on sunglasses", "Webinar on GST filing", "Concert: Arijit Singh live in Mumbai",
               "2BHK flats in Whitefield", "Python bootcamp by CodeCamp", "Quote: stay hungry, stay foolish",
               "Grand opening of Green Leaf store", "Top 10 budget phones of 2026", "Happy Holi from BrightPath"]
    backgrounds = {palette_for(read_brief(prompt)).background for prompt in prompts}
    assert len(backgrounds) == len(prompts)
    hiring = [palette_for(read_brief(f"Hiring a {role} at Zeta Labs")).background for role in ("designer", "chef")]
    assert hiring[0] != hiring[1]


@pytest.mark.parametrize("prompt", ["Diwali sale poster in red and gold theme", "calm pastel yoga class",
                                    "dark premium launch", "all in yellow", "teal and coral summer sale",
                                    "Happy Holi from BrightPath", "Hiring a chef", "lavender background"])
def test_three_schemes_differ_clearly_and_every_text_reads(prompt):
    schemes = _schemes(prompt)
    backgrounds = [scheme.background for scheme in schemes]
    for index, first in enumerate(backgrounds):
        for second in backgrounds[index + 1:]:
            assert contrast_ratio(first, second) >= 1.25 or abs(to_hls(first)[0] - to_hls(second)[0]) > 30
    for scheme in schemes:
        for ground in scheme.grounds:
            assert contrast_ratio(scheme.headline, ground) >= WCAG_AA
            assert contrast_ratio(scheme.body, ground) >= WCAG_AA
        assert contrast_ratio(scheme.cta_text, scheme.cta_fill) >= WCAG_AA
        assert contrast_ratio(scheme.panel_text, scheme.panel) >= WCAG_AA
