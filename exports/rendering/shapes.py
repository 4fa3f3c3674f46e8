"""Draws shape layers (rect, ellipse, polygon, line) with paint fills and centred strokes."""

from __future__ import annotations

import math

from PIL import Image

from .masks import (
    apply_mask,
    colored,
    ellipse_mask,
    ellipse_points,
    polygon_mask,
    polyline_mask,
    rounded_rect_mask,
    rounded_rect_points,
    subtract,
)
from .paint import paint_image, parse_color


def stroke_of(layer: dict) -> tuple[tuple[int, int, int, int], float, list[float] | None] | None:
    stroke = layer.get("stroke")
    if not isinstance(stroke, dict) or float(stroke.get("width", 1)) <= 0:
        return None
    dash = stroke.get("dash")
    dash = [float(v) for v in dash[:2]] if isinstance(dash, list) and len(dash) >= 2 else None
    return parse_color(stroke.get("color", "#000000")), float(stroke.get("width", 1)), dash


def line_points(layer: dict, scale: float) -> list[tuple[float, float]]:
    pts = layer.get("points")
    if layer.get("shape") == "line" and not (isinstance(pts, list) and len(pts) >= 2):
        size = layer["size"]
        return [(0.0, 0.0), (float(size["width"]) * scale, float(size["height"]) * scale)]
    return [(float(p["x"]) * scale, float(p["y"]) * scale) for p in (pts or [])]


def render_shape(layer: dict, box_px: tuple[int, int], scale: float, image_fill) -> tuple[Image.Image, int, int] | None:
    """The shape tile and its offset from the box's top-left (px). `image_fill(paint, size)` fits
    an image paint into the box; it returns None when the asset is unavailable."""
    shape = layer.get("shape", "rect")
    w, h = box_px
    stroke = stroke_of(layer)
    stroke_w = stroke[1] * scale if stroke else 0.0
    pad = math.ceil(stroke_w / 2) + 2
    size = (w + 2 * pad, h + 2 * pad)
    rect = (pad, pad, pad + w, pad + h)
    radius = float(layer.get("cornerRadius", 0) or 0) * scale
    points = [(x + pad, y + pad) for x, y in line_points(layer, scale)] if shape in ("polygon", "line") else []
    tile = Image.new("RGBA", size, (0, 0, 0, 0))
    fill = layer.get("fill")
    if isinstance(fill, dict) and shape != "line":
        if shape == "ellipse":
            mask = ellipse_mask(size, rect)
        elif shape == "polygon":
            mask = polygon_mask(size, points)
        else:
            mask = rounded_rect_mask(size, rect, radius)
        if fill.get("type") == "color":
            tile = colored(mask, parse_color(fill.get("color", "#000000")))
        elif fill.get("type") == "image":
            fitted = image_fill(fill, (w, h))
            if fitted is not None:
                painted = Image.new("RGBA", size, (0, 0, 0, 0))
                painted.paste(fitted, (pad, pad))
                tile = apply_mask(painted, mask)
        else:
            painted = paint_image(fill, size, (pad, pad, w, h))
            if painted is not None:
                tile = apply_mask(painted, mask)
    if stroke:
        color, _, dash = stroke
        if shape == "line":
            ring = polyline_mask(size, points, stroke_w, closed=False, dash=dash)
        elif shape == "polygon":
            ring = polyline_mask(size, points, stroke_w, closed=True, dash=dash)
        elif dash:
            outline = ellipse_points(rect) if shape == "ellipse" else rounded_rect_points(rect, radius)
            ring = polyline_mask(size, outline, stroke_w, closed=True, dash=dash)
        else:
            half = stroke_w / 2
            outer = (rect[0] - half, rect[1] - half, rect[2] + half, rect[3] + half)
            inner = (rect[0] + half, rect[1] + half, rect[2] - half, rect[3] - half)
            if shape == "ellipse":
                ring = subtract(ellipse_mask(size, outer), ellipse_mask(size, inner))
            else:
                ring = subtract(rounded_rect_mask(size, outer, radius + half), rounded_rect_mask(size, inner, max(0.0, radius - half)))
        tile.alpha_composite(colored(ring, color))
    return tile, -pad, -pad


