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
    supersample,
)
from .paint import parse_color
from .target import Drawing, Target, intersect


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
    (None when the asset is unavailable).

    Masks are built only for the part of the shape that lands on the target (its window): a
    shape far larger than the canvas costs what the canvas shows, not what the shape spans.
    A shape wholly on the target is drawn exactly as before (frame = the whole shape)."""
    shape = layer.get("shape", "rect")
    w, h = box_px
    stroke = stroke_of(layer)
    stroke_w = stroke[1] * scale if stroke else 0.0
    pad = math.ceil(stroke_w / 2) + 2
    bounds = (-pad, -pad, w + pad, h + pad)
    radius = float(layer.get("cornerRadius", 0) or 0) * scale
    points = [(x + pad, y + pad) for x, y in line_points(layer, scale)] if shape in ("polygon", "line") else []

    def paint(target: Target) -> None:
        shown = intersect(bounds, target.window())
        if shown is None:
            return
        # the frame: the masks' origin (in the shape's pad-shifted space) and size
        fx, fy = shown[0] + pad, shown[1] + pad
        size = (shown[2] - shown[0], shown[3] - shown[1])
        ss = supersample((w + 2 * pad, h + 2 * pad))  # as for the whole shape
        rect = (pad - fx, pad - fy, pad - fx + w, pad - fy + h)
        framed = [(x - fx, y - fy) for x, y in points]
        fill = layer.get("fill")
        if isinstance(fill, dict) and shape != "line":
            if shape == "ellipse" and _gradient_fades_inside(fill, w, h):
                mask = None  # a radial fade to transparent inside the ellipse needs no clipping
            elif shape == "ellipse":
                mask = ellipse_mask(size, rect, ss=ss)
            elif shape == "polygon":
                mask = polygon_mask(size, framed, ss=ss)
            else:
                mask = rounded_rect_mask(size, rect, radius, ss=ss)
            if fill.get("type") == "color":
                assert mask is not None  # only a radial fade goes unclipped
                target.fill(mask, parse_color(fill.get("color", "#000000")), shown[0], shown[1])
            elif fill.get("type") == "image":
                fitted = image_fill(fill, (w, h))
                part = intersect((0, 0, w, h), shown)
                if fitted is not None and part is not None:
                    cut = (part[0] - shown[0], part[1] - shown[1], part[2] - shown[0], part[3] - shown[1])
                    piece = fitted if part == (0, 0, w, h) else fitted.crop(part)
                    target.draw(piece, part[0], part[1], mask=mask.crop(cut) if mask is not None else None)
            else:
                target.gradient(fill, size, (pad - fx, pad - fy, w, h), mask, shown[0], shown[1])
        if stroke:
            color, _, dash = stroke
            dash = [length * scale for length in dash] if dash else None  # dash lengths are 1x px
            if shape == "line":
                ring = polyline_mask(size, framed, stroke_w, closed=False, dash=dash, ss=ss)
            elif shape == "polygon":
                ring = polyline_mask(size, framed, stroke_w, closed=True, dash=dash, ss=ss)
            elif dash:
                outline = ellipse_points(rect) if shape == "ellipse" else rounded_rect_points(rect, radius)
                ring = polyline_mask(size, outline, stroke_w, closed=True, dash=dash, ss=ss)
            else:
                half = stroke_w / 2  # the stroke is centred on the outline
                outer = (rect[0] - half, rect[1] - half, rect[2] + half, rect[3] + half)
                ring = ring_mask(size, outer, stroke_w, ellipse=shape == "ellipse", radius=radius + half, ss=ss)
            target.fill(ring, color, shown[0], shown[1])

    return Drawing(bounds, paint)
