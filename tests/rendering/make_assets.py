"""Generates the small image fixtures the reference documents draw (run once; outputs committed)."""

from __future__ import annotations

import math
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

ASSETS = Path(__file__).resolve().parent / "assets"


def landscape() -> Image.Image:
    """A 640×400 'photo': sky gradient, sun, hills — recognisable when cropped or fitted."""
    w, h = 640, 400
    sky = Image.linear_gradient("L").resize((w, h))
    image = Image.merge("RGB", (sky.point(lambda v: 40 + v // 3), sky.point(lambda v: 90 + v // 2), Image.new("L", (w, h), 220)))
    draw = ImageDraw.Draw(image)
    draw.ellipse((460, 50, 560, 150), fill=(255, 200, 40))
    draw.polygon([(0, 300), (160, 180), (330, 300), (480, 200), (640, 290), (640, 400), (0, 400)], fill=(40, 120, 60))
    draw.rectangle((0, 350, 640, 400), fill=(30, 80, 40))
    for i in range(8):
        x = 40 + i * 75
        draw.rectangle((x, 320, x + 12, 350), fill=(90, 60, 30))
        draw.ellipse((x - 18, 280, x + 30, 330), fill=(20, 100 + i * 10, 50))
    return image.filter(ImageFilter.SMOOTH)


def product() -> Image.Image:
    """A 480×480 RGBA 'product cut-out': a bottle shape on transparency."""
    size = 480
    image = Image.new("RGBA", (size * 2, size * 2), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((300, 260, 660, 900), radius=90, fill=(200, 40, 70, 255))
    draw.rectangle((420, 100, 540, 280), fill=(200, 40, 70, 255))
    draw.rectangle((400, 60, 560, 130), fill=(30, 30, 30, 255))
    draw.rounded_rectangle((340, 460, 620, 700), radius=30, fill=(255, 240, 220, 255))
    draw.ellipse((420, 520, 540, 640), fill=(255, 180, 0, 255))
    return image.resize((size, size), Image.Resampling.LANCZOS)


def portrait() -> Image.Image:
    """A 300×500 portrait-orientation image with concentric rings (contain/cover show the difference)."""
    w, h = 300, 500
    image = Image.new("RGB", (w, h), (245, 245, 250))
    draw = ImageDraw.Draw(image)
    for i in range(12, 0, -1):
        r = i * 22
        hue = i / 12
        color = (int(128 + 127 * math.sin(hue * 6.28)), int(128 + 127 * math.sin(hue * 6.28 + 2)), int(128 + 127 * math.sin(hue * 6.28 + 4)))
        draw.ellipse((w / 2 - r, h / 2 - r, w / 2 + r, h / 2 + r), fill=color)
    draw.rectangle((0, 0, w - 1, h - 1), outline=(0, 0, 0), width=6)
    return image


def main(out: Path = ASSETS) -> None:
    out.mkdir(parents=True, exist_ok=True)
    landscape().save(out / "landscape.jpg", quality=85)
    product().save(out / "product.png", optimize=True)
    portrait().save(out / "portrait.png", optimize=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ASSETS)
