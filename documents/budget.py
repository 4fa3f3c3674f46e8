"""The render budget: how many pixels one layer's box, and all of them together, may cover.

Measured against the canvas: a layer may be a bit larger than the canvas (bleed), larger still
to cover it when rotated, or a zoomed-in image cropped by the canvas edges; up to 16 canvases
(4× each way) it may. All layers together may cover 64 canvases. The renderer applies the same
budget at the export's scale (rendering/budget.py) and draws only what the canvas shows.
"""

from __future__ import annotations

from typing import Any

from documents.errors import ErrorDetail
from documents.limits import LIMITS
from documents.pointers import child_pointer
from documents.walk import iter_layers


def _number(value: Any) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return None


def layer_box_pixels(layer: dict[str, Any]) -> float | None:
    """Pixels (at 1x) a layer's box covers, a shape's stroke included; None when it has no
    usable size. A side under 1 px counts as 1 px: it is drawn at least that wide."""
    size = layer.get("size")
    if not isinstance(size, dict):
        return None
    width, height = _number(size.get("width")), _number(size.get("height"))
    if width is None or height is None:
        return None
    stroke = layer.get("stroke") if layer.get("type") == "shape" else None
    extra = _number(stroke.get("width")) if isinstance(stroke, dict) else None
    extra = max(0.0, extra or 0.0)
    return (max(1.0, width) + extra) * (max(1.0, height) + extra)


def budget_errors(doc: dict[str, Any]) -> list[ErrorDetail]:
    """The layers of a 1.4 document over the per-layer budget, and the whole over the total."""
    canvas = doc.get("canvas")
    if not isinstance(canvas, dict):
        return []
    width, height = _number(canvas.get("width")), _number(canvas.get("height"))
    if not width or not height or width <= 0 or height <= 0:
        return []
    canvas_pixels = width * height
    layer_limit = LIMITS.layer_canvas_factor * canvas_pixels
    total_limit = LIMITS.total_canvas_factor * canvas_pixels
    errors: list[ErrorDetail] = []
    total = 0.0
    for pointer, layer, _ in iter_layers(doc):
        if layer.get("type") == "group":
            continue  # a group draws its children, each counted on its own
        pixels = layer_box_pixels(layer)
        if pixels is None:
            continue
        total += pixels
        if pixels > layer_limit:
            errors.append({"pointer": child_pointer(pointer, "size"), "message": (
                f"covers {pixels:,.0f} px; a layer may cover at most {layer_limit:,.0f} px "
                f"({LIMITS.layer_canvas_factor}× the canvas)")})
    if total > total_limit and not errors:  # over-budget layers already explain the total
        errors.append({"pointer": "/layers", "message": (
            f"cover {total:,.0f} px together; all layers may cover at most {total_limit:,.0f} px "
            f"({LIMITS.total_canvas_factor}× the canvas)")})
    return errors
