"""Fitting a picture into its box: cover never asks Pillow for a view outside the picture."""

from __future__ import annotations

import itertools

import pytest
from PIL import Image

from rendering.images import fit_image

# Pictures and boxes whose cover scale rounds the view a hair past the picture (7×7 into 5×61 crashed).
SIZES = list(itertools.product((3, 7, 97, 1023), (7, 29, 999), (1, 5, 333, 1079), (3, 61, 977)))


@pytest.mark.parametrize("crop", [None, {"x": 0.1, "y": 0.3, "width": 0.7, "height": 0.7}])
def test_cover_fills_any_box_from_any_picture(crop):
    for (sw, sh, w, h) in SIZES:
        picture = Image.new("RGB", (sw, sh), (200, 30, 30))
        out = fit_image(picture, (w, h), "cover", crop)
        assert out.size == (w, h)
        assert out.getpixel((w // 2, h // 2))[:3] == (200, 30, 30)


def test_cover_crops_the_long_side_around_the_centre():
    picture = Image.new("RGB", (300, 100), (0, 0, 255))
    picture.paste((255, 0, 0), (0, 0, 100, 100))       # the left third is red
    out = fit_image(picture, (100, 100), "cover", None)
    assert out.getpixel((50, 50))[:3] == (0, 0, 255)    # the middle third shows, not the left one
