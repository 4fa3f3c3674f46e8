"""Helpers shared by the image providers: the prompt, aspect ratios and fitting bytes to PNG."""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterable
from fractions import Fraction
from typing import Any

from PIL import Image, ImageOps, UnidentifiedImageError

from aiengine.providers.base import ImageRequest, ProviderError

MAX_SIDE = 8000
# Resize in two steps (a fast reduce, then LANCZOS) when shrinking by more than this factor:
# visually the same as LANCZOS alone, several times faster on large provider images.
REDUCING_GAP = 3.0
RECIPE_PHRASES = {
    "product_shot": "A professional studio product photograph",
    "background": "A background image with no text",
    "lifestyle": "A lifestyle photograph",
    "illustration": "An illustration",
    "texture": "A seamless texture",
}


def _listed(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return "; ".join(str(item) for item in value if item)
    return str(value or "").strip()


def build_prompt(request: ImageRequest) -> str:
    """The text prompt: the recipe, then the holistic context of the design it will sit in."""
    kind = RECIPE_PHRASES.get(request.recipe_type, f"An image ({request.recipe_type.replace('_', ' ')})")
    parts = [f"{kind}: {request.prompt.strip()}."]
    style = request.options.get("style")
    if style:
        parts.append(f"Style: {style}.")
    context = request.context
    if context.get("designPurpose"):
        parts.append(f"It is for {_listed(context['designPurpose'])}.")
    if context.get("overallTheme"):
        parts.append(f"Overall theme: {_listed(context['overallTheme'])}.")
    if context.get("adjacentElements"):
        parts.append(f"It sits next to: {_listed(context['adjacentElements'])}.")
    colors = list(request.brand_colors) or list(context.get("brandColors") or [])
    if colors:
        parts.append(f"Harmonise with the brand colours {', '.join(str(c) for c in colors)}.")
    if context.get("compositionHints"):
        parts.append(f"Composition: {_listed(context['compositionHints'])}.")
    if request.reference is not None:
        parts.append("Keep the product in the reference image exactly as it is.")
    parts.append("No text, letters or watermarks in the image.")
    return " ".join(parts)


def nearest_ratio(width: int, height: int, choices: Iterable[str], wanted: Any = None) -> str:
    """The choice closest to width:height; the recipe's `wanted` ratio when it is a choice and
    agrees with the pixel size (within 5%), since the result is cropped to that size anyway."""
    choices = tuple(choices)
    target = width / height

    def distance(choice: str) -> float:
        w, h = (int(n) for n in choice.split(":"))
        return abs(float(Fraction(w, h)) - target) / target

    if isinstance(wanted, str) and wanted in choices and distance(wanted) <= 0.05:
        return wanted
    return min(choices, key=distance)


def sniff_mime(data: bytes) -> str:
    """The MIME type of PNG, JPEG or WebP bytes (PNG assumed otherwise)."""
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return "image/png"


def fit_png(data: bytes, *, width: int, height: int, service: str) -> bytes:
    """`data` (PNG, JPEG, WebP...) cropped to the aspect and resized to width×height, as PNG."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            image.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombWarning,
            Image.DecompressionBombError) as exc:
        raise ProviderError(f"{service}: the image could not be read ({type(exc).__name__})",
                            retryable=True) from None
    image = ImageOps.exif_transpose(image)
    mode = "RGBA" if "A" in image.getbands() or "transparency" in image.info else "RGB"
    if image.mode != mode:
        image = image.convert(mode)
    if image.size != (width, height):
        image = image.resize((width, height), Image.Resampling.LANCZOS,
                             box=cover_box(image.width, image.height, width, height),
                             reducing_gap=REDUCING_GAP)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False)
    return out.getvalue()


def cover_box(src_width: int, src_height: int, width: int, height: int) -> tuple[float, float, float, float]:
    """The centred part of the source with the target's aspect (what `cover` keeps)."""
    scale = min(src_width / width, src_height / height)
    crop_w, crop_h = width * scale, height * scale
    left, top = (src_width - crop_w) / 2, (src_height - crop_h) / 2
    return (left, top, left + crop_w, top + crop_h)


def check_size(request: ImageRequest, service: str) -> None:
    """Refuse sizes no provider can make."""
    if not (1 <= request.width <= MAX_SIDE and 1 <= request.height <= MAX_SIDE):
        raise ProviderError(f"{service}: image size {request.width}x{request.height} is out of range",
                            retryable=False)
