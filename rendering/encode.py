"""Encodes a composed RGBA canvas as PNG, JPEG, WebP or PDF bytes."""

from __future__ import annotations

import io

from PIL import Image

from .pngwrite import write_png

PNG_DEFLATE_LEVEL = 1  # see pngwrite: Up filter + level-1 deflate, ~5× faster than Pillow's PNG
WEBP_METHOD = 2


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


def encode(image: Image.Image, image_format: str, *, quality: int, scale: int, transparent: bool) -> bytes:
    """Bytes of `image` in `image_format`.

    PDF is Pillow's single-page PDF of the raster at the requested scale (not vector): its page
    is sized so that one 1x canvas pixel is one PostScript point."""
    out = io.BytesIO()
    if image_format == "png":
        return write_png(image if transparent else flatten(image), level=PNG_DEFLATE_LEVEL)
    elif image_format == "jpg":
        flatten(image).save(out, "JPEG", quality=quality)
    elif image_format == "webp":
        (image if transparent else flatten(image)).save(out, "WEBP", quality=quality, method=WEBP_METHOD)
    elif image_format == "pdf":
        flatten(image).save(out, "PDF", resolution=72.0 * scale)
    else:
        raise ValueError(image_format)
    return out.getvalue()
