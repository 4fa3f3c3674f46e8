"""Colour words and moods drive the design: a palette from English and Hindi colour words, pairs and moods, the
asked colour visible in a generated design's pixels, and a brand logo that never vanishes into its ground."""

import io

import pytest
from PIL import Image, ImageDraw

from aiengine.creative.colors import WCAG_AA, contrast_ratio, is_dark, reads_as, to_hls
from aiengine.creative.lint import lint_document
from aiengine.creative.palettes import palette_for, schemes_of
from aiengine.creative.preview import render_preview
from aiengine.creative.reading import read_brief
from aiengine.providers.base import LayoutRequest
from aiengine.providers.local.layout import LocalLayoutProvider
from rendering import DictAssetSource

# prompt → the colours (reference shades) the palette must be built around, in order of importance.
COLOUR_WORDS = [
    ("New launch: Glow Serum by Aura Skin, 30 ml, ₹799, pastel pink", ["#FFC0CB"]),
    ("Sunburn Arena ft. Martin Garrix, 28 Dec, tickets from ₹2,500, neon purple", ["#800080"]),
    ("Annual gala dinner, 8 Nov, 7:30 PM, Taj Lands End, black tie, emerald green", ["#50C878"]),
    ("Hiring: Senior Python Developer at Zeta Labs, apply by 30 June, email careers@zetalabs.com, royal blue",
     ["#4169E1"]),
    ("Email header for the Greenleaf newsletter, issue 42, mint green", ["#98FF98"]),
    ("Eid collection of elegant sarees starting at ₹999 at Noor Silks, maroon", ["#800000"]),
    ("Launching SoundMax X2 wireless headphones, $129, turquoise", ["#40E0D0"]),
    ("Cafe menu for Brew Bros: espresso $3, flat white $4.5, earthy brown", ["#8B4513"]),
    ("Thumbnail for my vlog: 24 hours in Tokyo, bright yellow", ["#FFFF00"]),
    ("Eid Mubarak greeting from Al Noor Perfumes, emerald green and gold", ["#50C878", "#D4AF37"]),
    ("Happy New Year 2027 wishes from Café Mocha, navy and gold", ["#000080", "#D4AF37"]),
    ("Diwali sale poster in red and gold theme", ["#FF0000", "#D4AF37"]),
    ("End of season sale at Zara Home, upto 60% off, teal and white", ["#008080", "#FFFFFF"]),
    ("Summer sale, peacock blue colour scheme", ["#005F86"]),
    ("नवरात्रि गरबा नाइट, 3 अक्टूबर, रात 8 बजे से, लाल और सुनहरा", ["#FF0000", "#D4AF37"]),
    ("पोंगल की हार्दिक शुभकामनाएं, श्री बालाजी स्टोर्स की ओर से, पीला और हरा", ["#FFFF00", "#008000"]),
    ("घोषणा: हमारा नया स्टोर अब इंदौर में खुल गया है, 15 अगस्त, केसरिया और हरा", ["#FF9933", "#008000"]),
    ("स्वच्छ भारत अभियान: रविवार सुबह 7 बजे, गांधी पार्क, नीला और सफ़ेद", ["#0000FF", "#FFFFFF"]),
    ("दिवाली सेल, 30% छूट, रेड और गोल्ड थीम", ["#FF0000", "#D4AF37"]),
    ("बसंत पंचमी की शुभकामनाएं, बसंती रंग", ["#FFFF00"]),
]


@pytest.mark.parametrize("prompt", [
    "Menu: tea, samosa, lassi, mint",  # a list of dishes, one of which is also a colour name
    "Shop the Orange County collection this Black Friday",
    "Dark chocolate brownies at Cocoa Lane, order now",
])
def test_words_that_are_not_colour_requests_give_no_named_colour(prompt):
    assert palette_for(read_brief(prompt)).named == ()


def _reads(colour, reference):
    rgb = tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return reads_as(rgb, reference, hue_degrees=30, lightness=32)


@pytest.mark.parametrize(("prompt", "references"), COLOUR_WORDS, ids=[p[:40] for p, _ in COLOUR_WORDS])
def test_the_palette_is_built_from_the_colour_words(prompt, references):
    palette = palette_for(read_brief(prompt))
    assert len(palette.named) >= len(references), palette
    for named, reference in zip(palette.named, references, strict=False):
        assert _reads(named, reference), (named, reference)


@pytest.mark.parametrize(("prompt", "references"), COLOUR_WORDS, ids=[p[:40] for p, _ in COLOUR_WORDS])
def test_every_scheme_shows_the_named_colours_and_keeps_text_readable(prompt, references):
    palette = palette_for(read_brief(prompt))
    schemes = schemes_of(palette)
    assert len(schemes) >= 3
    for scheme in schemes:
        roles = {scheme.background, scheme.background_end, scheme.panel, scheme.accent, scheme.cta_fill,
                 scheme.headline}
        assert palette.named[0] in roles, scheme
        if len(palette.named) > 1:
            assert palette.named[1] in roles | {scheme.body}, scheme
        for ground in scheme.grounds:
            assert contrast_ratio(scheme.headline, ground) >= WCAG_AA
            assert contrast_ratio(scheme.body, ground) >= WCAG_AA
        assert contrast_ratio(scheme.cta_text, scheme.cta_fill) >= WCAG_AA


@pytest.mark.parametrize(("prompt", "dark"), [
    ("Instagram ad for Diwali electronics sale, 40% OFF, premium dark theme", True),
    ("Neon party flyer for Club Zero, Saturday 10 pm", True),
    ("dark premium launch of the Aura watch", True),
    ("calm pastel poster for a yoga class at Prana Studio", False),
    ("Mother's day card in soft pastel pink", False),
])
def test_a_mood_holds_in_every_scheme(prompt, dark):
    schemes = schemes_of(palette_for(read_brief(prompt)))
    assert len(schemes) >= 3
    assert all(is_dark(scheme.background) == dark for scheme in schemes), [s.background for s in schemes]
    assert len({scheme.background for scheme in schemes}) >= 3  # the variants still differ


def test_moods_without_colours_pick_their_family():
    earthy = palette_for(read_brief("earthy organic cafe menu for Root & Leaf"))
    assert 10 < to_hls(earthy.primary)[0] < 70
    pastel = palette_for(read_brief("calm pastel poster for a yoga class"))
    assert to_hls(pastel.background)[1] > 0.85


def _shares(document, references):
    image, _scale, _warnings = render_preview(document, max_side=160)
    pixels = list(image.getdata())
    return [sum(1 for pixel in pixels if reads_as(pixel, reference, hue_degrees=30, lightness=32)) / len(pixels)
            for reference in references]


@pytest.mark.parametrize(("prompt", "format_id", "references"), [
    ("New launch: Glow Serum by Aura Skin, 30 ml, ₹799, pastel pink", "instagram_story", ["#FFC0CB"]),
    ("Hiring: Senior Python Developer at Zeta Labs, Pune, apply by 30 June, royal blue", "instagram_post",
     ["#4169E1"]),
    ("Eid Mubarak greeting from Al Noor Perfumes, emerald green and gold", "instagram_story", ["#50C878", "#D4AF37"]),
    ("Happy New Year 2027 wishes from Café Mocha, navy and gold", "youtube_thumbnail", ["#000080", "#D4AF37"]),
    ("पोंगल की हार्दिक शुभकामनाएं, श्री बालाजी स्टोर्स की ओर से, पीला और हरा", "instagram_post",
     ["#FFFF00", "#008000"]),
])
def test_a_generated_design_shows_the_asked_colours_in_its_pixels(prompt, format_id, references):
    brief = read_brief(prompt, format_id=format_id)
    for seed in (0, 1):
        result = LocalLayoutProvider().generate(LayoutRequest(brief=brief, format_id=format_id, variants=3, seed=seed))
        for document in result.documents:
            shares = _shares(document, references)
            assert min(shares) >= 0.08, (document["meta"]["template"], document["meta"]["colorScheme"], shares)


def _logo_png(colour):
    image = Image.new("RGBA", (240, 120), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((10, 10, 110, 110), fill=colour)
    ImageDraw.Draw(image).rounded_rectangle((125, 40, 225, 80), radius=8, fill=colour)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


@pytest.mark.parametrize("colors", [
    {"primary": "#1E8C4E", "secondary": "#F4F1E8", "accent": "#E85D3A", "text": "#1B1B1B"},
    {"primary": "#1455D9", "secondary": "#0B1F3A", "accent": "#FFB020", "text": "#FFFFFF"},
])
def test_a_logo_in_the_brand_primary_stands_out_on_a_primary_ground(colors):
    assets = DictAssetSource({"asset_logo": _logo_png(colors["primary"])})
    brand = {"colors": colors, "logoAssetId": "asset_logo"}
    plated = 0
    for prompt, format_id in (("Merry Christmas and a happy 2027 from everyone at Verde Organics", "facebook_post"),
                              ("Quote post: 'Simplicity is the soul of efficiency' - Austin Freeman", "linkedin_post"),
                              ("We are hiring 3 store managers in Bengaluru, apply at verde.in/jobs", "instagram_post")):
        brief = read_brief(prompt, format_id=format_id)
        for seed in (0, 1):
            request = LayoutRequest(brief=brief, format_id=format_id, variants=3, brand=brand, seed=seed)
            for document in LocalLayoutProvider().generate(request).documents:
                issues = [issue.code for issue in lint_document(document, assets=assets)]
                assert "logo_contrast" not in issues, document["meta"]
                plated += any(layer["id"] == "layer_logo_plate" for layer in document["layers"])
    assert plated  # the brand's primary did fill the ground behind the logo somewhere: the plate was needed
