"""Hero styles: the subject's art is drawn whatever the palette's colours."""

import random

import pytest
from PIL import Image

from aiengine.providers.local.heroes import HERO_STYLES, Colours

RED = (220, 30, 40)


def _red_share(image: Image.Image) -> float:
    pixels = list(image.convert("RGB").getdata())
    return sum(1 for r, g, b in pixels if r > 180 and g < 80 and b < 90) / len(pixels)


@pytest.mark.parametrize("style", sorted(HERO_STYLES))
def test_the_art_shows_when_the_accent_and_the_card_are_both_white(style):
    hero = Image.new("RGBA", (200, 200), RED + (255,))
    colours = Colours(dark="#0B3D0B", light="#FFFFFF", primary="#117A1E", accent="#FFFFFF")

    scene = HERO_STYLES[style]((300, 300), hero, colours, random.Random(3), 0.0)

    assert _red_share(scene) > 0.02  # the subject is there, not an empty card
