"""The local smart-image provider, drawn offline with Pillow: the subject's vendored art (or the user's
product photo) staged on a backdrop in the design's colours, and a patterned backdrop when the
request names nothing the art index knows. Never an empty stage."""

from __future__ import annotations

import io
import random
import re
import zlib
from collections.abc import Sequence
from typing import Any

from PIL import Image, ImageEnhance, ImageFilter

from aiengine.creative.art import Subject, subject_by_id, subject_in_prompt
from aiengine.creative.colors import is_dark, mix, shift_lightness, to_hex, to_rgb
from aiengine.creative.palettes import palette_for
from aiengine.creative.reading import read_brief
from aiengine.providers.base import BACKGROUND_SWAP, ImageRequest, ImageResult, ProviderError
from aiengine.providers.local.cutout import cut_out, load_reference
from aiengine.providers.local.heroes import HERO_STYLES, Colours, art_image, patterned_backdrop
from aiengine.providers.local.studio import floor_shadow, radial_light, rim_light, studio_backdrop

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
    theme = " ".join(str(request.context.get(key) or "") for key in ("designPurpose", "overallTheme"))
    palette = palette_for(read_brief(f"{theme} {request.prompt}".strip()))
    return list(dict.fromkeys([*given, palette.primary, palette.background, palette.accent, palette.surface]))[:4]


def _subject(request: ImageRequest) -> Subject | None:
    """What to show: the request's subject id, else the subject its prompt names, else the design's."""
    if request.subject:
        return subject_by_id(request.subject)
    return (subject_in_prompt(request.prompt)
            or subject_in_prompt(str(request.context.get("designPurpose") or "")))


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


def _hero(request: ImageRequest, subject: Subject, colors: list[str], rng: random.Random) -> Image.Image:
    """The subject's art staged in one of the hero styles (the request's "heroStyle" option, else one
    the seed picks), in the design's colours."""
    size = (request.width, request.height)
    style = str(request.options.get("heroStyle") or "")
    draw = HERO_STYLES.get(style) or HERO_STYLES[rng.choice(sorted(HERO_STYLES))]
    name = subject.art[rng.randrange(len(subject.art))]
    art = art_image(name, max(16, min(1024, round(min(size) * 0.7))))
    return draw(size, art, Colours.from_list(colors), rng, _side_shift(request))


def _backdrop(request: ImageRequest, colors: list[str], rng: random.Random) -> Image.Image:
    """Nothing to show: a patterned composition in the design's colours, no empty stage."""
    return patterned_backdrop((request.width, request.height), Colours.from_list(colors), rng)


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
    image.save(buffer, format="PNG", compress_level=1)
    return buffer.getvalue()


class LocalImageProvider:
    """Smart images drawn offline with Pillow, the same pixels for the same request and seed: the user's
    photo, else the subject's art in a hero style, else a patterned backdrop."""

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
        subject = None if request.recipe_type == "background" else _subject(request)
        if request.reference and request.recipe_type != "background":
            scene = _product_shot_with_reference(request, colors, rng)
        elif subject is not None:
            scene = _hero(request, subject, colors, rng)
        else:
            scene = _backdrop(request, colors, rng)
        return ImageResult(png=_finish(scene, rng=rng), model=MODEL, cost_usd=0.0, width=request.width,
                           height=request.height)


def hero_style_of(request: ImageRequest) -> str:
    """The hero style `request` is drawn in: its "heroStyle" option, else the one its seed picks (as _hero
    does: the first draw of the request's random sequence), so a redrawn subject can keep it."""
    style = str(request.options.get("heroStyle") or "")
    if style in HERO_STYLES:
        return style
    return random.Random(_seed(request)).choice(sorted(HERO_STYLES))
