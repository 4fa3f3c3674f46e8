"""Small previews of a document: its geometry scaled down, rendered by the real renderer."""

from __future__ import annotations

import copy
import io
from typing import Any

from PIL import Image

from documents import to_v14
from rendering import render

_SCALED_STYLE_KEYS = ("fontSize", "letterSpacing")


def _scale_layer(layer: dict[str, Any], factor: float) -> None:
    for key in ("position", "size"):
        value = layer.get(key)
        if isinstance(value, dict):
            for axis in ("x", "y", "width", "height"):
                if isinstance(value.get(axis), (int, float)):
                    value[axis] = max(0.01, value[axis] * factor) if axis in ("width", "height") else value[axis] * factor
    if isinstance(layer.get("cornerRadius"), (int, float)):
        layer["cornerRadius"] = layer["cornerRadius"] * factor
    if isinstance(layer.get("points"), list):
        for point in layer["points"]:
            if isinstance(point, dict):
                point["x"], point["y"] = point.get("x", 0) * factor, point.get("y", 0) * factor
    stroke = layer.get("stroke")
    if isinstance(stroke, dict):
        if isinstance(stroke.get("width"), (int, float)):
            stroke["width"] = stroke["width"] * factor
        if isinstance(stroke.get("dash"), list):
            stroke["dash"] = [d * factor for d in stroke["dash"]]
    filters = layer.get("filters")
    if isinstance(filters, dict) and isinstance(filters.get("blur"), (int, float)):
        filters["blur"] = filters["blur"] * factor
    style = layer.get("style")
    if isinstance(style, dict):
        for key in _SCALED_STYLE_KEYS:
            if isinstance(style.get(key), (int, float)):
                style[key] = max(1.0, style[key] * factor) if key == "fontSize" else style[key] * factor
        fit = style.get("autoFit")
        if isinstance(fit, dict):
            for key in ("minSize", "maxSize"):
                if isinstance(fit.get(key), (int, float)):
                    fit[key] = max(1.0, fit[key] * factor)
        for key in ("stroke", "shadow", "background"):
            part = style.get(key)
            if isinstance(part, dict):
                for field in ("width", "offsetX", "offsetY", "blur", "paddingX", "paddingY"):
                    if isinstance(part.get(field), (int, float)):
                        part[field] = part[field] * factor
                if isinstance(part.get("radius"), (int, float)) and part["radius"] < 999:
                    part["radius"] = part["radius"] * factor
    for child in layer.get("children") or []:
        if isinstance(child, dict):
            _scale_layer(child, factor)


def scaled_document(doc: dict[str, Any], *, factor: float) -> dict[str, Any]:
    """A copy of a 1.4 document with every length multiplied by `factor` (canvas rounded to whole px)."""
    clone = copy.deepcopy(doc)
    canvas = clone["canvas"]
    width, height = float(canvas["width"]), float(canvas["height"])
    canvas["width"] = max(1, round(width * factor))
    canvas["height"] = max(1, round(height * factor))
    for layer in clone.get("layers") or []:
        if isinstance(layer, dict):
            _scale_layer(layer, factor)
    return clone


def preview_factor(doc: dict[str, Any], *, max_side: int) -> float:
    """The factor that brings the canvas's longer side down to `max_side` (never up)."""
    canvas = doc["canvas"]
    return min(1.0, max_side / max(float(canvas["width"]), float(canvas["height"])))


def render_preview(doc: dict[str, Any], *, max_side: int = 320, assets: Any = None,
                   fonts: Any = None) -> tuple[Image.Image, float, tuple[str, ...]]:
    """(RGB image, factor used, renderer warnings) for `doc` drawn with its longer side at most `max_side`."""
    if str(doc.get("schemaVersion", "")).startswith("2"):
        doc = to_v14(doc)
    factor = preview_factor(doc, max_side=max_side)
    small = scaled_document(doc, factor=factor) if factor < 1 else doc
    result = render(small, scale=1, image_format="png", assets=assets, fonts=fonts)
    image = Image.open(io.BytesIO(result.data)).convert("RGB")
    return image, image.width / float(doc["canvas"]["width"]), result.warnings
