"""Palettes and WCAG contrast: the helpers, theme and brand palettes, and every variant scheme."""

import pytest

from aiengine.creative.colors import (
    WCAG_AA,
    contrast_ratio,
    ensure_contrast,
    readable_text_color,
    relative_luminance,
)
from aiengine.creative.palettes import PALETTES, palette_from_brand, palette_from_theme, scheme_for


def test_relative_luminance_and_contrast_match_wcag():
    assert relative_luminance("#000000") == 0
    assert relative_luminance("#FFFFFF") == pytest.approx(1.0)
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    # WebAIM's reference value: #767676 on white is 4.54:1, the lightest AA grey
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#FFFFFF", "#767676") == contrast_ratio("#767676", "#FFFFFF")


@pytest.mark.parametrize("background", ["#FFFFFF", "#000000", "#FFCC00", "#0B1F4B", "#808080", "#FF4D00", "#2DF5D0"])
def test_readable_text_color_reaches_aa(background):
    color = readable_text_color(background)
    assert contrast_ratio(color, background) >= WCAG_AA
    kept = readable_text_color(background, preferred=("#FFCC00",))
    assert contrast_ratio(kept, background) >= WCAG_AA


def test_ensure_contrast_keeps_a_colour_that_already_reads():
    assert ensure_contrast("#FFCC00", "#050816") == "#FFCC00"
    darker = ensure_contrast("#FFCC00", "#FFFFFF")
    assert darker != "#FFCC00" and contrast_ratio(darker, "#FFFFFF") >= WCAG_AA


@pytest.mark.parametrize(("words", "occasion", "name"), [
    (("dark", "premium", "gold"), "", "midnight_gold"),
    (("pastel",), "", "pastel_bloom"),
    (("neon",), "", "neon_night"),
    (("minimal",), "", "minimal_mono"),
    ((), "Diwali", "diwali_maroon"),
    ((), "Christmas", "christmas_pine"),
    ((), "Black Friday", "black_friday"),
    ((), "Independence Day", "tricolour"),
])
def test_palette_from_theme_words(words, occasion, name):
    assert palette_from_theme(words, occasion=occasion).name == name


def test_palette_from_brand_uses_the_brand_colours():
    brand = {"colors": {"primary": "#FFCC00", "secondary": "#050816", "accent": "#FF4D00", "text": "#FFFFFF"}}
    palette = palette_from_brand(brand)
    assert palette.background == "#050816"
    assert palette.primary == "#FFCC00"
    assert palette.accent == "#FF4D00"
    assert palette.text == "#FFFFFF"
    assert palette_from_brand({"colors": {}}, fallback=PALETTES[3]) is PALETTES[3]


@pytest.mark.parametrize("palette", [*PALETTES, palette_from_brand({"colors": {"primary": "#E0E0E0",
                                                                               "secondary": "#F5F5F5",
                                                                               "accent": "#FFEE00"}})],
                         ids=lambda p: p.name)
@pytest.mark.parametrize("variant", [0, 1, 2])
def test_every_scheme_keeps_text_readable(palette, variant):
    scheme = scheme_for(palette, variant=variant)
    for ground in scheme.grounds:
        assert contrast_ratio(scheme.headline, ground) >= WCAG_AA
        assert contrast_ratio(scheme.body, ground) >= WCAG_AA
    assert contrast_ratio(scheme.on_accent, scheme.accent) >= WCAG_AA
    assert contrast_ratio(scheme.cta_text, scheme.cta_fill) >= WCAG_AA
    assert contrast_ratio(scheme.panel_text, scheme.panel) >= WCAG_AA
    assert contrast_ratio(scheme.panel_headline, scheme.panel) >= WCAG_AA


def test_variant_schemes_differ():
    palette = palette_from_theme(("dark", "premium"))
    backgrounds = {scheme_for(palette, variant=v).background for v in range(3)}
    assert len(backgrounds) == 3
