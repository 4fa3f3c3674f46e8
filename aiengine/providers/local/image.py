"""The local smart-image provider: studio product shots and abstract brand compositions with Pillow."""

from __future__ import annotations

import io
import random
import re
import zlib
from collections.abc import Sequence
from typing import Any

from PIL import Image, ImageEnhance, ImageFilter

from aiengine.creative.brief import find_colors, find_moods, find_occasion
from aiengine.creative.colors import is_dark, mix, shift_lightness, to_hex, to_rgb
from aiengine.creative.palettes import palette_from_theme
from aiengine.providers.base import BACKGROUND_SWAP, ImageRequest, ImageResult, ProviderError
from aiengine.providers.local.cutout import cut_out, load_reference
from aiengine.providers.local.studio import (
    bokeh,
    floor_shadow,
    podium,
    radial_light,
    ribbons,
    rim_light,
    studio_backdrop,
    vertical_gradient,
)

MAX_SIDE = 4096
MODEL = "local-studio-1"


def _valid_colors(colors: Sequence[Any]) -> list[str]:
    found = []
    for color in colors:
        if isinstance(color, str) and color.startswith("#") and len(color) in (7, 9):
            try:
                found.append(to_hex(to_rgb(color)))
            except ValueError:
                continue
    return found


def _colors(request: ImageRequest) -> list[str]:
    """Brand colours from the request or its context, else a palette read from the prompt and theme."""
    given = _valid_colors(request.brand_colors) or _valid_colors(request.context.get("brandColors") or [])
    if len(given) >= 2:
        return given
    theme = " ".join(str(request.context.get(key) or "") for key in ("overallTheme", "designPurpose"))
    text = f"{request.prompt} {theme}"
    occasion = find_occasion(text.lower())
    palette = palette_from_theme((*find_moods(text), *find_colors(text)), occasion=occasion.name if occasion else "")
    return [*given, palette.background, palette.primary, palette.accent, palette.surface][:4]


def _seed(request: ImageRequest) -> int:
    key = f"{request.recipe_type}|{request.prompt}|{request.width}x{request.height}|{request.seed}"
    return zlib.crc32(key.encode("utf-8")) ^ (request.seed & 0xFFFFFFFF)


def _backdrop_colors(colors: list[str]) -> tuple[str, str]:
    """(backdrop base, light colour): the darkest brand colour softened, lit by the brightest accent."""
    base = min(colors, key=lambda c: sum(to_rgb(c)))
    light = max(colors, key=lambda c: max(to_rgb(c)) - min(to_rgb(c)) + sum(to_rgb(c)) / 6)
    if not is_dark(base):
        base = shift_lightness(base, -0.05)
    return base, light


def _side_shift(request: ImageRequest) -> float:
    """How far (fraction of the width) the composition hints ask the product to sit off centre."""
    hints = str(request.context.get("compositionHints") or "").lower()
    match = re.search(r"(?:on|in)\s+the\s+(?:\w+\s+)?(left|right)(?:\s+side)?|(left|right)\s+side", hints)
    if not match:
        return 0.0
    return -0.12 if (match.group(1) or match.group(2)) == "left" else 0.12


def _fit_product(product: Image.Image, *, box_w: int, box_h: int) -> Image.Image:
    scale = min(box_w / product.width, box_h / product.height)
    size = (max(1, round(product.width * scale)), max(1, round(product.height * scale)))
    return product.resize(size, Image.Resampling.LANCZOS)


def _product_shot_with_reference(request: ImageRequest, colors: list[str], rng: random.Random) -> Image.Image:
    width, height = request.width, request.height
    base, light = _backdrop_colors(colors)
    floor_y = rng.uniform(0.7, 0.76)
    scene = studio_backdrop((width, height), base=base, light=light, floor_y=floor_y)
    product = cut_out(load_reference(request.reference or b""))
    product = _fit_product(product, box_w=round(width * 0.66), box_h=round(height * floor_y * 0.78))
    left = (width - product.width) // 2 + round(width * (_side_shift(request) + rng.uniform(-0.03, 0.03)))
    left = max(0, min(width - product.width, left))
    bottom = round(height * (floor_y + 0.04))
    top = bottom - product.height
    scene.alpha_composite(floor_shadow((width, height), box=(left, top, left + product.width, bottom)))
    spread = max(2, min(width, height) // 40)
    glow = rim_light(product, color=light, spread=spread)
    scene.alpha_composite(glow, (left - spread * 2, top - spread * 2))
    scene.alpha_composite(product, (left, top))
    scene.alpha_composite(radial_light((width, height), center=(0.5, 0.1), radius=0.6, color="#FFFFFF", strength=0.12))
    return scene


def _product_stage(request: ImageRequest, colors: list[str], rng: random.Random) -> Image.Image:
    """No reference: a lit studio with a podium in the brand colours, waiting for a product."""
    width, height = request.width, request.height
    base, light = _backdrop_colors(colors)
    floor_y = rng.uniform(0.68, 0.74)
    scene = studio_backdrop((width, height), base=base, light=light, floor_y=floor_y)
    scene.alpha_composite(bokeh((width, height), colors=[light, *colors], rng=rng, count=rng.randint(7, 12)))
    podium_color = mix(light, base, rng.uniform(0.25, 0.5))
    podium_w = rng.uniform(0.42, 0.56)
    top = floor_y - rng.uniform(0.08, 0.14)
    shadow_box = (round(width * (0.5 - podium_w / 2)), 0, round(width * (0.5 + podium_w / 2)),
                  round(height * min(0.98, top + podium_w * 0.45 * width / max(height, 1))))
    scene.alpha_composite(floor_shadow((width, height), box=shadow_box, darkness=120))
    scene.alpha_composite(podium((width, height), center_x=0.5, top_y=top, width=podium_w, color=podium_color,
                                 light=light))
    scene.alpha_composite(radial_light((width, height), center=(0.5, top - 0.12), radius=0.35, color=light,
                                       strength=0.45))
    return scene


def _abstract(request: ImageRequest, colors: list[str], rng: random.Random) -> Image.Image:
    """A text-free composition: a brand gradient with flowing ribbons, glows and bokeh."""
    width, height = request.width, request.height
    ordered = sorted(colors, key=lambda c: sum(to_rgb(c)))
    scene = vertical_gradient((width, height), ordered[0], mix(ordered[0], ordered[-1], rng.uniform(0.25, 0.45)))
    scene.alpha_composite(radial_light((width, height), center=(rng.uniform(0.2, 0.8), rng.uniform(0.2, 0.6)),
                                       radius=rng.uniform(0.5, 0.8), color=ordered[-1], strength=0.5))
    scene.alpha_composite(ribbons((width, height), colors=ordered[1:] or ordered, rng=rng, count=rng.randint(2, 4)))
    scene.alpha_composite(bokeh((width, height), colors=ordered, rng=rng, count=rng.randint(10, 18)))
    return scene


def _background_swap(request: ImageRequest) -> Image.Image:
    """The reference's product on a lit studio backdrop in the request's colours, with a soft
    floor shadow and a rim light; no randomness (the tool answers the same for the same input)."""
    width, height = request.width, request.height
    colors = list(request.brand_colors)
    base = colors[0]
    light = colors[1] if len(colors) > 1 else shift_lightness(base, 0.35)
    floor_y = 0.74
    scene = studio_backdrop((width, height), base=base, light=light, floor_y=floor_y)
    if len(colors) > 2:
        scene.alpha_composite(radial_light((width, height), center=(0.8, 0.2), radius=0.5, color=colors[2],
                                           strength=0.35))
    product = cut_out(load_reference(request.reference or b""))
    scale = min(width * 0.66 / product.width, height * floor_y * 0.78 / product.height)
    product = product.resize((max(1, round(product.width * scale)), max(1, round(product.height * scale))),
                             Image.Resampling.LANCZOS)
    left = (width - product.width) // 2
    bottom = round(height * (floor_y + 0.04))
    top = bottom - product.height
    scene.alpha_composite(floor_shadow((width, height), box=(left, top, left + product.width, bottom)))
    spread = max(2, min(width, height) // 40)
    scene.alpha_composite(rim_light(product, color=mix(light, "#FFFFFF", 0.3), spread=spread),
                          (left - spread * 2, top - spread * 2))
    scene.alpha_composite(product, (left, top))
    return scene


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _tiled(tile: Image.Image, size: tuple[int, int]) -> Image.Image:
    canvas = Image.new(tile.mode, size)
    for y in range(0, size[1], tile.height):
        for x in range(0, size[0], tile.width):
            canvas.paste(tile, (x, y))
    return canvas


def _finish(scene: Image.Image, *, rng: random.Random) -> bytes:
    image = scene.convert("RGB")
    image = ImageEnhance.Contrast(image).enhance(1.04)
    tile = Image.frombytes("L", (64, 64), rng.randbytes(64 * 64)).convert("RGB")
    grain = _tiled(tile, image.size)
    image = Image.blend(image, grain, 0.02).filter(ImageFilter.SMOOTH)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()


class LocalImageProvider:
    """Smart images drawn offline with Pillow, the same pixels for the same request and seed."""

    name = "local"

    def __init__(self, **options: Any) -> None:
        self.options = options

    def generate(self, request: ImageRequest) -> ImageResult:
        """Draw the recipe at the requested size and return it as PNG bytes."""
        if not (1 <= request.width <= MAX_SIDE and 1 <= request.height <= MAX_SIDE):
            raise ProviderError(f"image size {request.width}x{request.height} is outside 1–{MAX_SIDE} px",
                                retryable=False)
        if request.recipe_type == BACKGROUND_SWAP:
            if not request.reference or not request.brand_colors:
                raise ProviderError("a background swap needs a reference image and a colour", retryable=False)
            return ImageResult(png=_png(_background_swap(request).convert("RGB")), model=MODEL,
                               width=request.width, height=request.height)
        rng = random.Random(_seed(request))
        colors = _colors(request)
        if request.recipe_type == "product_shot" and request.reference:
            scene = _product_shot_with_reference(request, colors, rng)
        elif request.recipe_type == "product_shot":
            scene = _product_stage(request, colors, rng)
        else:
            scene = _abstract(request, colors, rng)
        return ImageResult(png=_finish(scene, rng=rng), model=MODEL, cost_usd=0.0, width=request.width,
                           height=request.height)
