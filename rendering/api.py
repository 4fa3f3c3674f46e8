"""The renderer's entry point: render(document, scale, format, ...) → RenderResult."""

from __future__ import annotations

from dataclasses import dataclass

from documents import DocumentError, to_v14

from .compose import MAX_LAYERS, RenderContext, compose, count_layers
from .encode import encode
from .errors import RenderError
from .fonts import FontLibrary, default_font_library
from .images import AssetSource
from .memory import tune_allocator

SUPPORTED_FORMATS = ("png", "jpg", "webp", "pdf", "svg")
MIME_TYPES = {
    "png": "image/png",
    "jpg": "image/jpeg",
    "webp": "image/webp",
    "pdf": "application/pdf",
    "svg": "image/svg+xml",
}
MAX_CANVAS_SIDE = 8000
MAX_CANVAS_PIXELS = 40_000_000  # at 1x
MAX_OUTPUT_PIXELS = 120_000_000  # at the requested scale
SUPPORTED_SCALES = (1, 2, 3, 4)


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


def render(
    document: dict,
    *,
    scale: int = 1,
    image_format: str = "png",
    quality: int = 90,
    transparent: bool = False,
    assets: AssetSource | None = None,
    fonts: FontLibrary | None = None,
) -> RenderResult:
    """Draw a 1.4 (or 2.0, converted) design document at `scale` as `image_format` bytes.

    Missing assets, unknown fonts and unavailable smart assets render with a listed warning;
    input that cannot be rendered at all raises RenderError."""
    fmt = {"jpeg": "jpg"}.get(str(image_format).lower(), str(image_format).lower())
    if fmt not in SUPPORTED_FORMATS:
        raise RenderError(f"unsupported format {image_format!r}", {"supported": list(SUPPORTED_FORMATS)})
    if isinstance(scale, bool) or scale not in SUPPORTED_SCALES:
        raise RenderError(f"scale must be one of {SUPPORTED_SCALES}", {"scale": scale})
    if transparent and fmt in ("jpg", "pdf"):
        raise RenderError(f"{fmt} cannot be transparent", {"format": fmt})
    if not 1 <= int(quality) <= 100:
        raise RenderError("quality must be between 1 and 100", {"quality": quality})
    document = _as_v14(document)
    width, height = canvas_size(document)
    if width * height * scale * scale > MAX_OUTPUT_PIXELS:
        raise RenderError(
            f"{width * scale}×{height * scale} px output is over {MAX_OUTPUT_PIXELS:,} pixels",
            {"width": width * scale, "height": height * scale, "maxPixels": MAX_OUTPUT_PIXELS},
        )
    layers = document.get("layers")
    if not isinstance(layers, list):
        raise RenderError("the document has no layers list")
    if count_layers(layers) > MAX_LAYERS:
        raise RenderError(f"the document has more than {MAX_LAYERS} layers", {"limit": MAX_LAYERS})
    tune_allocator()
    ctx = RenderContext(
        scale=scale,
        fonts=fonts or default_font_library(),
        assets=assets,
        smart_assets=document.get("smartAssets") or {},
    )
    try:
        if fmt == "svg":
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
        raise RenderError("out of memory while rendering", {"width": width * scale, "height": height * scale}) from exc
    return RenderResult(data, MIME_TYPES[fmt], width * scale, height * scale, tuple(ctx.warnings))
