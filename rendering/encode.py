"""Encoders of a composed canvas, one per composed output format (see output_formats)."""

from __future__ import annotations

import io
from collections.abc import Callable

from PIL import Image

from .output_formats import output_format
from .pngwrite import write_png

PNG_DEFLATE_LEVEL = 1  # see pngwrite: Up filter + level-1 deflate, ~5× faster than Pillow's PNG
WEBP_METHOD = 2

Encoder = Callable[..., bytes]  # (image, *, quality, scale, transparent) -> bytes


def flatten(image: Image.Image) -> Image.Image:
    """RGB of an RGBA image composited over white (the canvas is usually opaque already)."""
    if image.mode == "RGB":
        return image
    alpha = image.getchannel("A")
    if alpha.getextrema() == (255, 255):
        return image.convert("RGB")
    base = Image.new("RGB", image.size, (255, 255, 255))
    base.paste(image, mask=alpha)
    return base


def _saved(image: Image.Image, pil_format: str, **options) -> bytes:
    out = io.BytesIO()
    image.save(out, pil_format, **options)
    return out.getvalue()


def encode_png(image: Image.Image, *, quality: int, scale: float, transparent: bool) -> bytes:
    return write_png(image if transparent else flatten(image), level=PNG_DEFLATE_LEVEL)


def encode_jpg(image: Image.Image, *, quality: int, scale: float, transparent: bool) -> bytes:
    return _saved(flatten(image), "JPEG", quality=quality)


def encode_webp(image: Image.Image, *, quality: int, scale: float, transparent: bool) -> bytes:
    return _saved(image if transparent else flatten(image), "WEBP", quality=quality, method=WEBP_METHOD)


def encode_pdf(image: Image.Image, *, quality: int, scale: float, transparent: bool) -> bytes:
    """Pillow's single-page PDF of the raster at the requested scale (not vector): its page is
    sized so that one 1x canvas pixel is one PostScript point."""
    return _saved(flatten(image), "PDF", resolution=72.0 * scale)


ENCODERS: dict[str, Encoder] = {
    "png": encode_png,
    "jpg": encode_jpg,
    "webp": encode_webp,
    "pdf": encode_pdf,
}


def encode(image: Image.Image, image_format: str, *, quality: int, scale: float, transparent: bool) -> bytes:
    """Bytes of `image` in the composed output format `image_format` (a canonical name)."""
    return ENCODERS[image_format](image, quality=quality, scale=scale, transparent=transparent)


def encode_image(image: Image.Image, image_format: str, *, quality: int = 90, transparent: bool = False) -> bytes:
    """Bytes of any picture (not only a rendered design) in a raster output format; an alpha
    channel is kept only with `transparent`. ValueError for a format that is not raster."""
    fmt = output_format(image_format)
    if not fmt.raster:
        raise ValueError(f"{fmt.name} is not a raster image format")
    return encode(image, fmt.name, quality=quality, scale=1, transparent=transparent and fmt.alpha)
