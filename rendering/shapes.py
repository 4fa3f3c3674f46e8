"""Paints shape layers (rect, ellipse, polygon, line) with paint fills and centred strokes."""

from __future__ import annotations

import math

from .masks import (
    ellipse_mask,
    ellipse_points,
    polygon_mask,
    polyline_mask,
    ring_mask,
    rounded_rect_mask,
    rounded_rect_points,
)
from .paint import parse_color
from .target import Drawing, Target


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


def _gradient_fades_inside(fill: dict, w: int, h: int) -> bool:
    """A radial gradient ending fully transparent whose circle lies inside a circular ellipse."""
    if fill.get("type") != "radialGradient" or w != h:
        return False
    stops = fill.get("stops") or []
    if not stops or parse_color(stops[-1].get("color", "#000000"))[3] != 0:
        return False
    center = fill.get("center") or {}
    cx, cy = float(center.get("x", 0.5)) * w, float(center.get("y", 0.5)) * h
    radius = float(fill.get("radius", 0.5)) * w
    return math.hypot(cx - w / 2, cy - h / 2) + radius <= w / 2 + 0.5


def shape_drawing(layer: dict, box_px: tuple[int, int], scale: float, image_fill) -> Drawing:
    """How a shape layer paints. `image_fill(paint, size)` fits an image paint into the box
    (None when the asset is unavailable)."""
    shape = layer.get("shape", "rect")
    w, h = box_px
    stroke = stroke_of(layer)
    stroke_w = stroke[1] * scale if stroke else 0.0
    pad = math.ceil(stroke_w / 2) + 2
    size = (w + 2 * pad, h + 2 * pad)
    rect = (pad, pad, pad + w, pad + h)
    radius = float(layer.get("cornerRadius", 0) or 0) * scale
    points = [(x + pad, y + pad) for x, y in line_points(layer, scale)] if shape in ("polygon", "line") else []

    def paint(target: Target) -> None:
        fill = layer.get("fill")
        if isinstance(fill, dict) and shape != "line":
            if shape == "ellipse" and _gradient_fades_inside(fill, w, h):
                mask = None  # a radial fade to transparent inside the ellipse needs no clipping
            elif shape == "ellipse":
                mask = ellipse_mask(size, rect)
            elif shape == "polygon":
                mask = polygon_mask(size, points)
            else:
                mask = rounded_rect_mask(size, rect, radius)
            if fill.get("type") == "color":
                assert mask is not None  # only a radial fade goes unclipped
                target.fill(mask, parse_color(fill.get("color", "#000000")), -pad, -pad)
            elif fill.get("type") == "image":
                fitted = image_fill(fill, (w, h))
                if fitted is not None:
                    assert mask is not None  # only a radial fade goes unclipped
                    target.draw(fitted, mask=mask.crop((pad, pad, pad + w, pad + h)))
            else:
                target.gradient(fill, size, (pad, pad, w, h), mask, -pad, -pad)
        if stroke:
            color, _, dash = stroke
            dash = [length * scale for length in dash] if dash else None  # dash lengths are 1x px
            if shape == "line":
                ring = polyline_mask(size, points, stroke_w, closed=False, dash=dash)
            elif shape == "polygon":
                ring = polyline_mask(size, points, stroke_w, closed=True, dash=dash)
            elif dash:
                outline = ellipse_points(rect) if shape == "ellipse" else rounded_rect_points(rect, radius)
                ring = polyline_mask(size, outline, stroke_w, closed=True, dash=dash)
            else:
                half = stroke_w / 2  # the stroke is centred on the outline
                outer = (rect[0] - half, rect[1] - half, rect[2] + half, rect[3] + half)
                ring = ring_mask(size, outer, stroke_w, ellipse=shape == "ellipse", radius=radius + half)
            target.fill(ring, color, -pad, -pad)

    return Drawing((-pad, -pad, w + pad, h + pad), paint)
