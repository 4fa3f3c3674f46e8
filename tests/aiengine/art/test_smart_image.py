"""The local smart-image provider shows the subject's art, the user's photo, or a patterned backdrop."""

import io
import re

import pytest
from PIL import Image, ImageDraw, ImageFilter

from aiengine.creative.art import find_subject
from aiengine.providers.base import ImageRequest
from aiengine.providers.local.heroes import HERO_STYLES
from aiengine.providers.local.image import LocalImageProvider

PROVIDER = LocalImageProvider()
GREENS = ("#0B3D2E", "#1E5631", "#A4DE02")  # a backdrop far from the artworks' own colours


def _image(**values) -> Image.Image:
    request = {"recipe_type": "product_shot", "prompt": "", "width": 320, "height": 320, "seed": 11,
               "brand_colors": GREENS, **values}
    image = Image.open(io.BytesIO(PROVIDER.generate(ImageRequest(**request)).png))
    image.load()
    return image.convert("RGB")


def _art_colours(subject_id: str) -> set[tuple[int, int, int]]:
    subject = find_subject(subject_id)
    assert subject is not None
    found = set()
    for name in subject.art:
        for value in re.findall(rb'fill="#([0-9a-fA-F]{6})"', subject.svg(subject.art.index(name))):
            found.add(tuple(bytes.fromhex(value.decode())))
    return found


def _share_near(image: Image.Image, colours: set[tuple[int, int, int]], tolerance: int = 14) -> float:
    small = image.resize((160, 160), Image.Resampling.NEAREST)
    pixels = list(small.getdata())
    near = sum(1 for p in pixels if any(all(abs(a - b) <= tolerance for a, b in zip(p, c, strict=True))
                                        for c in colours))
    return near / len(pixels)


def _busy(image: Image.Image) -> float:
    """Mean difference from a blurred copy: how much edge and pattern the image has."""
    grey = image.convert("L")
    blurred = grey.filter(ImageFilter.GaussianBlur(6))
    return sum(abs(a - b) for a, b in zip(grey.getdata(), blurred.getdata(), strict=True)) / (grey.width * grey.height)


@pytest.mark.parametrize(("prompt", "subject_id"), [
    ("professional studio shot of wireless headphones", "headphones"),
    ("गरमा गरम चाय, बारिश का मौसम", "tea"),
    ("Diwali offers on diyas", "diya"),
    ("a studio shot of guitars", "guitar"),
])
def test_a_subject_in_the_prompt_is_shown_as_its_art(prompt, subject_id):
    shown = _image(prompt=prompt)
    plain = _image(prompt="quarterly board meeting minutes")
    assert shown.tobytes() != plain.tobytes()
    colours = _art_colours(subject_id)
    assert _share_near(shown, colours) > 0.01  # the artwork's own colours are on the picture
    assert _share_near(shown, colours) > 3 * _share_near(plain, colours)


def test_the_request_subject_id_wins_over_the_prompt():
    image = _image(prompt="professional studio shot of the product", subject="guitar")
    assert _share_near(image, _art_colours("guitar")) > 0.01


@pytest.mark.parametrize("style", sorted(HERO_STYLES))
def test_every_hero_style_shows_the_art_in_the_brand_colours(style):
    image = _image(prompt="headphones", options={"heroStyle": style}, width=360, height=240)
    assert image.size == (360, 240)
    assert _share_near(image, _art_colours("headphones")) > 0.01
    assert _share_near(image, {(0x0B, 0x3D, 0x2E), (0x1E, 0x56, 0x31), (0xA4, 0xDE, 0x02)}, tolerance=40) > 0.05


def test_the_seed_picks_among_several_styles():
    pictures = {_image(prompt="headphones", seed=seed).tobytes() for seed in range(6)}
    assert len(pictures) == 6


def test_the_users_product_photo_is_composed_instead_of_the_art():
    photo = Image.new("RGB", (300, 240), (250, 250, 250))
    ImageDraw.Draw(photo).ellipse((90, 40, 210, 200), fill=(200, 20, 40))
    buffer = io.BytesIO()
    photo.save(buffer, format="PNG")
    image = _image(prompt="wireless headphones", reference=buffer.getvalue())
    red = _share_near(image, {(200, 20, 40)}, tolerance=40)
    assert red > 0.05
    assert _share_near(image, _art_colours("headphones")) < 0.005


@pytest.mark.parametrize("recipe", ["product_shot", "background"])
def test_no_subject_gives_a_patterned_backdrop_never_an_empty_stage(recipe):
    image = _image(recipe_type=recipe, prompt="quarterly board meeting minutes")
    colours = image.getcolors(320 * 320)
    assert colours is not None and len(colours) > 50
    assert _busy(image) > 2.0  # a pattern, not a flat or gradient fill
    # the brand colours make the picture
    assert _share_near(image, {(0x0B, 0x3D, 0x2E), (0x1E, 0x56, 0x31), (0xA4, 0xDE, 0x02)}, tolerance=50) > 0.3
