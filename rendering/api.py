"""The renderer's entry point: render(document, scale, format, ...) → RenderResult."""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image

from documents import DocumentError, to_v14

from .budget import DEFAULT_MEMORY_LIMIT, RenderBudget
from .compose import MAX_LAYERS, RenderContext, compose, count_layers, output_size
from .encode import encode
from .errors import RenderError
from .fonts import FontLibrary, default_font_library
from .images import AssetSource
from .memory import tune_allocator
from .output_formats import output_format

MAX_CANVAS_SIDE = 8000
MAX_CANVAS_PIXELS = 40_000_000  # at 1x
MAX_OUTPUT_PIXELS = 120_000_000  # at the requested scale
MAX_SCALE = 4


@dataclass(frozen=True)
class RenderResult:
    """Encoded output and what a caller should know about it."""

    data: bytes
    mime_type: str
    width: int
    height: int
    warnings: tuple[str, ...]


def _as_v14(document: dict) -> dict:
    if not isinstance(document, dict):
        raise RenderError("the document must be a JSON object")
    version = str(document.get("schemaVersion", "1.4"))
    if version.startswith("2"):
        try:
            document = to_v14(document)
        except DocumentError as exc:  # the converter's own validation errors
            raise RenderError(f"the 2.0 document cannot be converted: {exc}", {"schemaVersion": version}) from exc
    elif not version.startswith("1"):
        raise RenderError(f"unsupported schemaVersion {version!r}", {"schemaVersion": version})
    return document


def canvas_size(document: dict) -> tuple[int, int]:
    """The 1x canvas size, checked against the limits (RenderError when over)."""
    canvas = document.get("canvas")
    if not isinstance(canvas, dict):
        raise RenderError("the document has no canvas")
    try:
        width, height = int(canvas["width"]), int(canvas["height"])
    except (KeyError, TypeError, ValueError) as exc:
        raise RenderError("canvas width and height must be integers") from exc
    if not (1 <= width <= MAX_CANVAS_SIDE and 1 <= height <= MAX_CANVAS_SIDE):
        raise RenderError(
            f"canvas {width}×{height} px is outside 1–{MAX_CANVAS_SIDE} px a side",
            {"width": width, "height": height, "maxSide": MAX_CANVAS_SIDE},
        )
    if width * height > MAX_CANVAS_PIXELS:
        raise RenderError(
            f"canvas {width}×{height} px is over {MAX_CANVAS_PIXELS:,} pixels",
            {"width": width, "height": height, "maxPixels": MAX_CANVAS_PIXELS},
        )
    return width, height


def fit_scale(document: dict, *, max_side: int) -> float:
    """The scale that brings the canvas's longer side down to `max_side` px (never above 1)."""
    width, height = canvas_size(_as_v14(document))
    return min(1.0, max_side / max(width, height))


def _checked_scale(scale: float) -> float:
    if isinstance(scale, bool) or not isinstance(scale, (int, float)) or not 0 < scale <= MAX_SCALE:
        raise RenderError(f"scale must be a number above 0 and at most {MAX_SCALE}", {"scale": scale})
    return scale


def _leaf_layers(layers: list):
    """Every non-group layer, group children included."""
    stack = list(layers)
    while stack:
        layer = stack.pop()
        if not isinstance(layer, dict):
            continue
        if layer.get("type") == "group":
            stack.extend(layer.get("children") or [])
        else:
            yield layer


def render(
    document: dict,
    *,
    scale: float = 1,
    image_format: str = "png",
    quality: int = 90,
    transparent: bool = False,
    assets: AssetSource | None = None,
    fonts: FontLibrary | None = None,
    memory_limit: int | None = DEFAULT_MEMORY_LIMIT,
    clip_to_canvas: bool = True,
) -> RenderResult:
    """Draw a 1.4 (or 2.0, converted) design document at `scale` as `image_format` bytes.

    `scale` may be fractional (0.37 draws a 1080 px canvas at 400 px, every length scaled, text
    and strokes drawn at that size); the output is the canvas × scale, rounded to whole pixels.
    Missing assets, unknown fonts and unavailable smart assets render with a listed warning;
    input that cannot be rendered at all raises RenderError, and so does a document over the
    render budget (rendering/budget.py: pixels per layer and in all, `memory_limit` bytes;
    None for no memory limit). Only what lands on the canvas is drawn; `clip_to_canvas=False`
    draws every layer whole, as a reference for tests."""
    target = output_format(image_format)
    fmt = target.name
    scale = _checked_scale(scale)
    if transparent and not target.alpha:
        raise RenderError(f"{fmt} cannot be transparent", {"format": fmt})
    if not 1 <= int(quality) <= 100:
        raise RenderError("quality must be between 1 and 100", {"quality": quality})
    document = _as_v14(document)
    width, height = canvas_size(document)
    out_width, out_height = output_size(width, height, scale)
    if out_width * out_height > MAX_OUTPUT_PIXELS:
        raise RenderError(
            f"{out_width}×{out_height} px output is over {MAX_OUTPUT_PIXELS:,} pixels",
            {"width": out_width, "height": out_height, "maxPixels": MAX_OUTPUT_PIXELS},
        )
    layers = document.get("layers")
    if not isinstance(layers, list):
        raise RenderError("the document has no layers list")
    if count_layers(layers) > MAX_LAYERS:
        raise RenderError(f"the document has more than {MAX_LAYERS} layers", {"limit": MAX_LAYERS})
    tune_allocator()
    budget = RenderBudget.for_canvas(width, height, scale=scale, memory_limit=memory_limit,
                                     channels=4 if transparent else 3)
    ctx = RenderContext(
        scale=scale,
        fonts=fonts or default_font_library(),
        assets=assets,
        smart_assets=document.get("smartAssets") or {},
        budget=None if target.vector else budget,
        clip=clip_to_canvas,
    )
    if target.vector:  # vectors: no pixels drawn here, but the same per-layer budget
        for layer in _leaf_layers(layers):
            budget.charge_layer(layer, str(layer.get("id", "?")))
    try:
        if target.vector:
            from .svg import render_svg

            try:
                data = render_svg(document, ctx, transparent=transparent)
            except RenderError:
                raise
            except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
                raise RenderError(f"the document is malformed ({type(exc).__name__}: {exc})") from exc
        else:
            image = compose(document, ctx, transparent=transparent)
            data = encode(image, fmt, quality=int(quality), scale=scale, transparent=transparent)
    except MemoryError as exc:
        raise RenderError("out of memory while rendering", {"width": out_width, "height": out_height}) from exc
    except (OverflowError, Image.DecompressionBombError) as exc:  # sizes Pillow cannot handle
        raise RenderError(f"the design is too large to render ({exc})",
                          {"width": out_width, "height": out_height}) from exc
    return RenderResult(data, target.mime_type, out_width, out_height, tuple(ctx.warnings))
