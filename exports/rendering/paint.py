"""Colours and paints: parse `#RRGGBB[AA]`, build solid and gradient fills as RGBA images."""

from __future__ import annotations

import math
from functools import lru_cache

from PIL import Image

from .errors import RenderError

Color = tuple[int, int, int, int]
Box = tuple[float, float, float, float]  # x, y, width, height in tile pixels

_RAMP_PAD = 2  # linear ramp covers t in [-2, 3] so padding around a box still clamps


@lru_cache(maxsize=1024)
def parse_color(value: str) -> Color:
    """`#RRGGBB` or `#RRGGBBAA` (also `#RGB`) → an RGBA tuple; RenderError when malformed."""
    if not isinstance(value, str) or not value.startswith("#"):
        raise RenderError(f"invalid colour {value!r}", {"color": value})
    hexpart = value[1:]
    if len(hexpart) in (3, 4):
        hexpart = "".join(ch * 2 for ch in hexpart)
    if len(hexpart) not in (6, 8):
        raise RenderError(f"invalid colour {value!r}", {"color": value})
    try:
        channels = [int(hexpart[i : i + 2], 16) for i in range(0, len(hexpart), 2)]
    except ValueError as exc:
        raise RenderError(f"invalid colour {value!r}", {"color": value}) from exc
    if len(channels) == 3:
        channels.append(255)
    return (channels[0], channels[1], channels[2], channels[3])


def with_opacity(color: Color, opacity: float) -> Color:
    """The colour with its alpha multiplied by `opacity`."""
    return (color[0], color[1], color[2], round(color[3] * max(0.0, min(1.0, opacity))))


def gradient_stops(paint: dict) -> list[tuple[float, Color]]:
    """Sorted `(offset, colour)` stops of a gradient paint (at least two)."""
    stops = []
    for stop in paint.get("stops") or []:
        offset = max(0.0, min(1.0, float(stop.get("offset", 0))))
        stops.append((offset, parse_color(stop.get("color", "#000000"))))
    if not stops:
        raise RenderError("gradient has no stops", {"paint": paint.get("type")})
    if len(stops) == 1:
        stops.append((1.0, stops[0][1]))
    # offsets are non-decreasing by contract; make them so if a document is sloppy
    for i in range(1, len(stops)):
        if stops[i][0] < stops[i - 1][0]:
            stops[i] = (stops[i - 1][0], stops[i][1])
    return stops


@lru_cache(maxsize=256)
def _lut(stops: tuple[tuple[float, Color], ...]) -> tuple[list[int], list[int], list[int], list[int]]:
    channels: tuple[list[int], list[int], list[int], list[int]] = ([], [], [], [])
    for i in range(256):
        t = i / 255
        if t <= stops[0][0]:
            color = stops[0][1]
        elif t >= stops[-1][0]:
            color = stops[-1][1]
        else:
            color = stops[-1][1]
            for (o0, c0), (o1, c1) in zip(stops, stops[1:], strict=False):
                if o0 <= t <= o1:
                    f = 0.0 if o1 == o0 else (t - o0) / (o1 - o0)
                    color = tuple(round(a + (b - a) * f) for a, b in zip(c0, c1, strict=True))
                    break
        for ch in range(4):
            channels[ch].append(color[ch])
    return channels


def _colorize(ramp: Image.Image, stops: list[tuple[float, Color]]) -> Image.Image:
    lut = _lut(tuple(stops))
    bands = [ramp.point(lut[ch]) for ch in range(4)]
    return Image.merge("RGBA", bands)


@lru_cache(maxsize=1)
def _linear_ramp() -> Image.Image:
    width = 256 * (1 + 2 * _RAMP_PAD)
    row = bytes([0] * (256 * _RAMP_PAD) + list(range(256)) + [255] * (256 * _RAMP_PAD))
    return Image.frombytes("L", (width, 1), row).resize((width, 4))


@lru_cache(maxsize=1)
def _radial_ramp() -> Image.Image:
    """512×512, value = distance from the centre (256, 256), clamped at 255."""
    quad = bytearray(256 * 256)
    for y in range(256):
        dy = y + 0.5
        for x in range(256):
            quad[y * 256 + x] = min(255, int(math.hypot(x + 0.5, dy)))
    q = Image.frombytes("L", (256, 256), bytes(quad))
    full = Image.new("L", (512, 512))
    full.paste(q, (256, 256))
    full.paste(q.transpose(Image.Transpose.FLIP_LEFT_RIGHT), (0, 256))
    full.paste(q.transpose(Image.Transpose.FLIP_TOP_BOTTOM), (256, 0))
    full.paste(q.transpose(Image.Transpose.ROTATE_180), (0, 0))
    return full


def linear_geometry(angle: float, box: Box) -> tuple[float, float, float, float]:
    """CSS gradient line for `angle` over `box`: start and end points (x1, y1, x2, y2)."""
    x, y, w, h = box
    rad = math.radians(angle)
    dx, dy = math.sin(rad), -math.cos(rad)
    length = abs(w * dx) + abs(h * dy)
    cx, cy = x + w / 2, y + h / 2
    return (cx - dx * length / 2, cy - dy * length / 2, cx + dx * length / 2, cy + dy * length / 2)


def radial_geometry(paint: dict, box: Box) -> tuple[float, float, float]:
    """Centre and radius in pixels of a radial gradient paint over `box`."""
    x, y, w, h = box
    center = paint.get("center") or {}
    cx = x + float(center.get("x", 0.5)) * w
    cy = y + float(center.get("y", 0.5)) * h
    radius = max(1e-3, float(paint.get("radius", 0.5)) * max(w, h))
    return cx, cy, radius


def gradient_image(paint: dict, size: tuple[int, int], box: Box) -> Image.Image:
    """An RGBA image of `size` filled with a linear or radial gradient laid over `box`."""
    stops = gradient_stops(paint)
    if paint.get("type") == "linearGradient":
        x1, y1, x2, y2 = linear_geometry(float(paint.get("angle", 180)), box)
        vx, vy = x2 - x1, y2 - y1
        len2 = vx * vx + vy * vy or 1e-6
        # input x = 256·PAD + 256·t with t = ((p - p1) · v) / |v|²; Pillow maps pixel centres
        k = 256 / len2
        a, b = vx * k, vy * k
        c = 256 * _RAMP_PAD - (x1 * vx + y1 * vy) * k
        ramp = _linear_ramp().transform(
            size, Image.Transform.AFFINE, (a, b, c, 0, 0, 2), Image.Resampling.BILINEAR, fillcolor=0
        )
        # beyond the padded ramp the fill is 0; only reachable far past the end stop
    else:
        cx, cy, radius = radial_geometry(paint, box)
        k = 255 / radius
        ramp = _radial_ramp().transform(
            size,
            Image.Transform.AFFINE,
            (k, 0, 256 - cx * k, 0, k, 256 - cy * k),
            Image.Resampling.BILINEAR,
            fillcolor=255,
        )
    return _colorize(ramp, stops)


def paint_image(paint: dict, size: tuple[int, int], box: Box) -> Image.Image | None:
    """A colour or gradient paint as an RGBA image of `size`; None for other paint types."""
    kind = paint.get("type")
    if kind == "color":
        return Image.new("RGBA", size, parse_color(paint.get("color", "#000000")))
    if kind in ("linearGradient", "radialGradient"):
        return gradient_image(paint, size, box)
    return None
