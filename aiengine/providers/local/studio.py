"""Pillow drawing for smart images: gradients, studio backdrops, shadows, rim light, bokeh, podiums."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageDraw, ImageFilter

from aiengine.creative.colors import mix, shift_lightness, to_rgb


def vertical_gradient(size: tuple[int, int], top: str, bottom: str) -> Image.Image:
    """An RGBA image fading from `top` to `bottom`."""
    width, height = size
    column = Image.new("RGBA", (1, 256))
    ta, tb = to_rgb(top), to_rgb(bottom)
    for y in range(256):
        t = y / 255
        column.putpixel((0, y), tuple(round(a + (b - a) * t) for a, b in zip(ta, tb, strict=True)) + (255,))
    return column.resize((width, height), Image.Resampling.BILINEAR)


def radial_light(size: tuple[int, int], *, center: tuple[float, float], radius: float, color: str,
                 strength: float) -> Image.Image:
    """An RGBA glow: `color` at `center` (fractions) fading to transparent at `radius` (fraction of width)."""
    width, height = size
    small = Image.new("L", (64, 64), 0)
    draw = ImageDraw.Draw(small)
    for step in range(32, 0, -1):
        t = step / 32
        value = round(255 * strength * (1 - t) ** 1.6)
        cx, cy = center[0] * 64, center[1] * 64
        r = radius * 64 * t
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=value)
    alpha = small.filter(ImageFilter.GaussianBlur(3)).resize((width, height), Image.Resampling.BICUBIC)
    layer = Image.new("RGBA", (width, height), to_rgb(color) + (0,))
    layer.putalpha(alpha)
    return layer


def studio_backdrop(size: tuple[int, int], *, base: str, light: str, floor_y: float) -> Image.Image:
    """A studio sweep: a lit wall fading into a floor at `floor_y` (fraction), lit from above in `light`."""
    width, height = size
    wall = vertical_gradient(size, shift_lightness(base, 0.12), base)
    floor_top = round(height * floor_y)
    floor = vertical_gradient((width, max(1, height - floor_top)), shift_lightness(base, 0.04), shift_lightness(base, -0.1))
    wall.alpha_composite(floor, (0, floor_top))
    horizon = Image.new("L", (width, height), 0)
    ImageDraw.Draw(horizon).rectangle((0, floor_top - max(2, height // 60), width, floor_top + max(2, height // 60)),
                                      fill=90)
    horizon = horizon.filter(ImageFilter.GaussianBlur(max(2, height // 30)))
    wall = Image.composite(Image.new("RGBA", size, to_rgb(mix(base, light, 0.25)) + (255,)), wall, horizon)
    wall.alpha_composite(radial_light(size, center=(0.5, floor_y * 0.7), radius=0.75, color=light, strength=0.55))
    return wall


def floor_shadow(size: tuple[int, int], *, box: tuple[int, int, int, int], darkness: int = 150) -> Image.Image:
    """A soft elliptical contact shadow under `box` (left, top, right, bottom)."""
    left, _top, right, bottom = box
    width = right - left
    shadow = Image.new("RGBA", size, (0, 0, 0, 0))
    mask = Image.new("L", size, 0)
    ellipse_h = max(4, width // 7)
    ImageDraw.Draw(mask).ellipse((left + width * 0.06, bottom - ellipse_h * 0.5, right - width * 0.06,
                                  bottom + ellipse_h * 0.5), fill=darkness)
    mask = mask.filter(ImageFilter.GaussianBlur(max(3, width // 18)))
    shadow.putalpha(mask)
    return shadow


def rim_light(product: Image.Image, *, color: str, spread: int) -> Image.Image:
    """A coloured glow the shape of the product's alpha, wider by `spread` px, to sit behind it."""
    alpha = product.getchannel("A")
    pad = spread * 2
    canvas = Image.new("L", (product.width + pad * 2, product.height + pad * 2), 0)
    canvas.paste(alpha, (pad, pad))
    grown = canvas.filter(ImageFilter.MaxFilter(3)).filter(ImageFilter.GaussianBlur(max(1, spread)))
    glow = Image.new("RGBA", canvas.size, to_rgb(color) + (0,))
    glow.putalpha(grown.point(lambda v: min(255, round(v * 0.5))))
    return glow


def bokeh(size: tuple[int, int], *, colors: list[str], rng: random.Random, count: int) -> Image.Image:
    """Soft out-of-focus light discs in the given colours."""
    width, height = size
    layer = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    unit = min(width, height)
    for _ in range(count):
        r = rng.uniform(0.03, 0.11) * unit
        x, y = rng.uniform(0, width), rng.uniform(0, height * 0.75)
        color = to_rgb(rng.choice(colors))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=color + (rng.randint(40, 110),))
    return layer.filter(ImageFilter.GaussianBlur(max(1, unit // 90)))


def podium(size: tuple[int, int], *, center_x: float, top_y: float, width: float, color: str,
           light: str) -> Image.Image:
    """A cylindrical display podium: a lit top ellipse over a shaded body, drawn in `color`."""
    w, h = size
    layer = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    pw = width * w
    left, right = center_x * w - pw / 2, center_x * w + pw / 2
    top = top_y * h
    ellipse_h = pw * 0.22
    body_bottom = min(h * 0.98, top + pw * 0.45)
    steps = 64
    for i in range(steps):
        t = i / (steps - 1)
        shade = mix(shift_lightness(color, -0.12), shift_lightness(color, 0.06), 1 - abs(t - 0.35) * 1.4)
        x0 = left + pw * i / steps
        draw.rectangle((x0, top, x0 + pw / steps + 1, body_bottom), fill=to_rgb(shade) + (255,))
    draw.ellipse((left, body_bottom - ellipse_h / 2, right, body_bottom + ellipse_h / 2),
                 fill=to_rgb(shift_lightness(color, -0.14)) + (255,))
    draw.ellipse((left, top - ellipse_h / 2, right, top + ellipse_h / 2),
                 fill=to_rgb(mix(color, light, 0.35)) + (255,))
    return layer


def ribbons(size: tuple[int, int], *, colors: list[str], rng: random.Random, count: int) -> Image.Image:
    """Flowing translucent bands (sine curves) across the frame."""
    width, height = size
    layer = Image.new("RGBA", size, (0, 0, 0, 0))
    for index in range(count):
        band = Image.new("L", size, 0)
        draw = ImageDraw.Draw(band)
        base_y = height * rng.uniform(0.25, 0.85)
        amplitude = height * rng.uniform(0.05, 0.16)
        phase = rng.uniform(0, math.tau)
        thickness = height * rng.uniform(0.05, 0.14)
        points_top = [(x, base_y + amplitude * math.sin(phase + x / max(width, 1) * math.tau * 0.9))
                      for x in range(0, width + 8, 8)]
        points = points_top + [(x, y + thickness) for x, y in reversed(points_top)]
        draw.polygon(points, fill=rng.randint(60, 130))
        band = band.filter(ImageFilter.GaussianBlur(max(1, height // 80)))
        color = Image.new("RGBA", size, to_rgb(colors[index % len(colors)]) + (0,))
        color.putalpha(band)
        layer.alpha_composite(color)
    return layer
