"""SVG to pixels with resvg (resvg-py wheels): SVG logos and artwork in every raster export.

The renderer receives SVG assets already sanitised at upload (assets/svg.py keeps only allowed
elements, attributes and in-document references). As a second line, an SVG that still names
anything outside itself (a file path, a URL) is refused here, and resvg runs without the
system's fonts: text in an SVG is set in the renderer's bundled fonts only.
"""

from __future__ import annotations

import io
import math
import re
import warnings

import resvg_py
from PIL import Image

from .errors import AssetUnusable
from .fonts import FONTS_DIR

MAX_SVG_BYTES = 8 * 1024 * 1024
MAX_RASTER_SIDE = 4096
DEFAULT_SIDE = 1024  # the long side of an SVG drawn for no particular box (SVG export, previews)
TEXT_FONTS = tuple(str(FONTS_DIR / name) for name in (
    "Inter/Inter-Regular.otf", "Inter/Inter-Bold.otf", "NotoSans/NotoSans-Regular.otf",
    "NotoSerif/NotoSerif-Regular.otf", "NotoSansDevanagari/NotoSansDevanagari_400Regular.otf",
    "NotoSansArabic/NotoSansArabic_400Regular.otf",
))

_HEAD = re.compile(rb"^\s*(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype[^>]*>\s*)?<svg[\s>]",
                   re.IGNORECASE | re.DOTALL)
_ROOT = re.compile(rb"<svg\b[^>]*>", re.IGNORECASE | re.DOTALL)
_ATTRIBUTE = re.compile(rb"""\b(width|height|viewBox)\s*=\s*["']([^"']*)["']""", re.IGNORECASE)
_LENGTH = re.compile(rb"^\s*([0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\s*(?:px)?\s*$")
# href="…" / url(…) whose target is not "#id" or an embedded raster image
_OUTSIDE = re.compile(rb"""(?:href\s*=\s*["']\s*(?!#|data:image/(?:png|jpeg|webp|gif);)"""
                      rb"""|url\(\s*["']?\s*(?!#|data:image/(?:png|jpeg|webp|gif);))""", re.IGNORECASE)


def is_svg(data: bytes) -> bool:
    """Whether the bytes are an SVG document (an <svg> root after any XML prolog and comments)."""
    return bool(_HEAD.match(data[:4096]))


def intrinsic_size(data: bytes) -> tuple[float, float]:
    """The SVG's own size: width/height in px, else the viewBox's, else 300×150 (the CSS default)."""
    root = _ROOT.search(data[:65536])
    attributes = {name.lower(): value for name, value in _ATTRIBUTE.findall(root.group(0))} if root else {}
    width, height = (_LENGTH.match(attributes.get(key, b"")) for key in (b"width", b"height"))
    box = re.split(rb"[\s,]+", attributes.get(b"viewbox", b"").strip())
    view: tuple[float, float] | None = None
    if len(box) == 4:
        try:
            view = (float(box[2]), float(box[3]))
        except ValueError:
            view = None
        if view and (view[0] <= 0 or view[1] <= 0):
            view = None
    if width and height and float(width.group(1)) > 0 and float(height.group(1)) > 0:
        return float(width.group(1)), float(height.group(1))
    if view:
        return view
    return 300.0, 150.0


def raster_size(data: bytes, box: tuple[int, int], *, fit: str = "contain",
                crop: tuple[float, float] = (1.0, 1.0)) -> tuple[int, int]:
    """How many pixels to draw the SVG at so that fitting it into `box` (contain, cover or fill,
    after keeping the `crop` fraction of each side) needs no upscaling; at most MAX_RASTER_SIDE."""
    width, height = intrinsic_size(data)
    need_w, need_h = box[0] / max(crop[0], 1e-4), box[1] / max(crop[1], 1e-4)
    if fit == "fill":
        scale_w, scale_h = need_w / width, need_h / height
    else:
        pick = min if fit == "contain" else max
        scale_w = scale_h = pick(need_w / width, need_h / height)
    out_w, out_h = width * scale_w, height * scale_h
    shrink = min(1.0, MAX_RASTER_SIDE / max(out_w, out_h))
    return max(1, math.ceil(out_w * shrink)), max(1, math.ceil(out_h * shrink))


def rasterise(data: bytes, size: tuple[int, int] | None = None) -> Image.Image:
    """The SVG drawn at `size` px (default: its own aspect, long side DEFAULT_SIDE) as RGBA;
    AssetUnusable when it is too large, references anything outside itself, or does not parse."""
    if len(data) > MAX_SVG_BYTES:
        raise AssetUnusable(f"is an SVG larger than {MAX_SVG_BYTES // (1024 * 1024)} MB")
    if _OUTSIDE.search(data):
        raise AssetUnusable("is an SVG that references files or addresses outside itself")
    if size is None:
        width, height = intrinsic_size(data)
        scale = DEFAULT_SIDE / max(width, height)
        size = (max(1, round(width * scale)), max(1, round(height * scale)))
    if not (0 < size[0] <= MAX_RASTER_SIDE and 0 < size[1] <= MAX_RASTER_SIDE):
        raise AssetUnusable(f"is an SVG asked for at {size[0]}×{size[1]} px, over {MAX_RASTER_SIDE} px a side")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AssetUnusable("is an SVG that is not UTF-8") from exc
    fonts = list(TEXT_FONTS) if re.search(r"<(?:\w+:)?text\b", text) else None
    try:
        png = resvg_py.svg_to_bytes(svg_string=text, width=size[0], height=size[1], skip_system_fonts=True,
                                    font_files=fonts, sans_serif_family="Inter", font_family="Inter")
    except ValueError as exc:
        raise AssetUnusable(f"is an SVG that cannot be drawn ({exc})") from exc
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        image: Image.Image = Image.open(io.BytesIO(bytes(png)))
        image.load()
    if image.size != size:  # resvg keeps the aspect when both sides are given; stretch like "fill"
        image = image.resize(size, Image.Resampling.BICUBIC)
    return image if image.mode == "RGBA" else image.convert("RGBA")
