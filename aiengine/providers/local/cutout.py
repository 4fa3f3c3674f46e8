"""Cut a product out of a reference photo: its alpha channel, or a flood from the edge colour."""

from __future__ import annotations

import io

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

from aiengine.providers.base import ProviderError

MAX_REFERENCE_PIXELS = 4096 * 4096
_SENTINEL = (255, 0, 254)
FLOOD_SIDE = 200  # the flood runs on a copy this size (pure-Python fill); the mask is scaled back up


def load_reference(data: bytes) -> Image.Image:
    """Decode reference bytes to RGBA, refusing oversized or undecodable images."""
    try:
        with Image.open(io.BytesIO(data)) as probe:
            if probe.width * probe.height > MAX_REFERENCE_PIXELS:
                raise ProviderError("reference image is too large", retryable=False)
            image = ImageOps.exif_transpose(probe)
            return image.convert("RGBA")
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        raise ProviderError(f"reference image could not be read: {exc}", retryable=False) from exc


def _has_transparency(image: Image.Image) -> bool:
    low, _high = image.getchannel("A").getextrema()
    return low < 250


def _edge_flood_mask(image: Image.Image, *, tolerance: int) -> Image.Image:
    """A mask (L, 255 = product) of what is not connected to the border by near-border colours."""
    work = image.convert("RGB")
    scale = min(1.0, FLOOD_SIDE / max(work.size))
    small = work.resize((max(1, round(work.width * scale)), max(1, round(work.height * scale))), Image.Resampling.BILINEAR)
    small = small.point(lambda v: min(v, 253))  # no photo pixel can equal the sentinel colour
    width, height = small.size
    step = max(1, min(width, height) // 24)
    seeds = [(x, 0) for x in range(0, width, step)] + [(x, height - 1) for x in range(0, width, step)]
    seeds += [(0, y) for y in range(0, height, step)] + [(width - 1, y) for y in range(0, height, step)]
    for seed in seeds:
        if small.getpixel(seed) != _SENTINEL:
            ImageDraw.floodfill(small, seed, _SENTINEL, thresh=tolerance)
    r, g, b = small.split()
    is_bg = ImageChops.multiply(
        ImageChops.multiply(r.point(lambda v: 255 if v == _SENTINEL[0] else 0),
                            g.point(lambda v: 255 if v == _SENTINEL[1] else 0)),
        b.point(lambda v: 255 if v == _SENTINEL[2] else 0),
    )
    mask = ImageOps.invert(is_bg).filter(ImageFilter.MinFilter(3)).filter(ImageFilter.GaussianBlur(0.8))
    return mask.resize(image.size, Image.Resampling.BILINEAR)


def cut_out(image: Image.Image, *, tolerance: int = 38) -> Image.Image:
    """The product as RGBA cropped to its bounds; a photo without transparency loses its edge-coloured backdrop."""
    rgba = image.convert("RGBA")
    if not _has_transparency(rgba):
        mask = _edge_flood_mask(rgba, tolerance=tolerance)
        low, high = mask.getextrema()
        covered = sum(mask.histogram()[128:]) / (mask.width * mask.height)
        if high > 0 and 0.02 < covered < 0.98:
            rgba.putalpha(mask)
    box = rgba.getchannel("A").point(lambda v: 255 if v > 8 else 0).getbbox()
    return rgba.crop(box) if box else rgba
