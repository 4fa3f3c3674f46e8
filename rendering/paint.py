"""Colours and paints: parse `#RRGGBB[AA]`, build solid and gradient fills as RGBA images."""

from __future__ import annotations

import math
from functools import lru_cache

from PIL import Image

from .errors import RenderError

Color = tuple[int, int, int, int]
Box = tuple[float, float, float, float]  # x, y, width, height in tile pixels

_RAMP_PAD = 4  # the linear ramp covers t in [-4, 5], so padding around a box still clamps
_SUB = 16  # ramp pixels per step of t


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
        color: tuple[int, ...]
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


def _colorize(ramp: Image.Image, stops: list[tuple[float, Color]], mode: str) -> Image.Image:
    """Map an 'L' ramp (0 = first stop, 255 = last) to `mode` through a 256-entry palette."""
    ramp.putpalette(_palette(tuple(stops), mode), rawmode=mode)
    return ramp.convert(mode)


@lru_cache(maxsize=256)
def _palette(stops: tuple[tuple[float, Color], ...], mode: str) -> bytes:
    lut = _lut(stops)
    bands = 4 if mode == "RGBA" else 3
    return bytes(lut[ch][i] for i in range(256) for ch in range(bands))


@lru_cache(maxsize=1)
def _linear_ramp() -> Image.Image:
    """One row: t from 0 to 255 over 256·_SUB pixels, clamped for _RAMP_PAD ramp-lengths each side."""
    pad = bytes(256 * _SUB * _RAMP_PAD)
    ramp = bytes(i // _SUB for i in range(256 * _SUB))
    return Image.frombytes("L", (256 * _SUB * (1 + 2 * _RAMP_PAD), 1), pad + ramp + b"\xff" * len(pad))


@lru_cache(maxsize=1)
def _radial_ramp() -> Image.Image:
    """1024×1024: distance from the centre (512, 512) in half pixels, clamped at 255."""
    squares = [(i + 0.5) ** 2 for i in range(256)]
    quad = bytes(min(255, int(math.sqrt(sy + sx))) for sy in squares for sx in squares)
    q = Image.frombytes("L", (256, 256), quad)
    full = Image.new("L", (512, 512))
    full.paste(q, (256, 256))
    full.paste(q.transpose(Image.Transpose.FLIP_LEFT_RIGHT), (0, 256))
    full.paste(q.transpose(Image.Transpose.FLIP_TOP_BOTTOM), (256, 0))
    full.paste(q.transpose(Image.Transpose.ROTATE_180), (0, 0))
    return full.resize((1024, 1024), Image.Resampling.BILINEAR)


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


@lru_cache(maxsize=64)
def _colored_linear_ramp(stops: tuple[tuple[float, Color], ...], mode: str) -> Image.Image:
    return _colorize(_linear_ramp().copy(), list(stops), mode)


@lru_cache(maxsize=6)  # 4 MB each
def _colored_radial_ramp(stops: tuple[tuple[float, Color], ...], mode: str) -> Image.Image:
    return _colorize(_radial_ramp().copy(), list(stops), mode)


def gradient_image(
    paint: dict, size: tuple[int, int], box: Box, *, opaque: bool = False, pre: tuple[float, ...] | None = None
) -> Image.Image:
    """An image of `size` filled with a linear or radial gradient laid over `box`.

    The stops colour a ramp once (a row 16× finer than 8-bit t for linear, a 1024² distance
    field for radial; cached per stops); each gradient is then one nearest-neighbour affine
    lookup into it. With `opaque` and no translucent stop the result is RGB, else RGBA.
    `pre` (an affine map from output pixels to the box's coordinates) draws the gradient
    already transformed, e.g. rotated, in the same single lookup."""
    stops = tuple(gradient_stops(paint))
    mode = "RGB" if opaque and all(color[3] == 255 for _, color in stops) else "RGBA"
    last = stops[-1][1] if mode == "RGBA" else stops[-1][1][:3]
    # Pillow samples output pixel i at its centre u = i + 0.5
    if paint.get("type") == "linearGradient":
        x1, y1, x2, y2 = linear_geometry(float(paint.get("angle", 180)), box)
        vx, vy = x2 - x1, y2 - y1
        k = 256 * _SUB / (vx * vx + vy * vy or 1e-6)  # ramp x = 256·SUB·(PAD + t), t = ((p - p1)·v)/|v|²
        data: tuple[float, float, float, float, float, float] = (k * vx, k * vy, 256 * _SUB * _RAMP_PAD - k * (x1 * vx + y1 * vy), 0, 0, 0.5)
        ramp = _colored_linear_ramp(stops, mode)
    else:
        cx, cy, radius = radial_geometry(paint, box)
        k = 510 / radius  # ramp value = distance from (512, 512) / 2
        data = (k, 0, 512 - k * cx, 0, k, 512 - k * cy)
        ramp = _colored_radial_ramp(stops, mode)
    if pre is not None:
        a, b, c, d, e, f = data
        p0, p1, p2, p3, p4, p5 = pre
        data = (a * p0 + b * p3, a * p1 + b * p4, a * p2 + b * p5 + c, d * p0 + e * p3, d * p1 + e * p4, d * p2 + e * p5 + f)
    return ramp.transform(size, Image.Transform.AFFINE, data, Image.Resampling.NEAREST, fillcolor=last)


def paint_image(paint: dict, size: tuple[int, int], box: Box, *, opaque: bool = False) -> Image.Image | None:
    """A colour or gradient paint as an image of `size` (RGBA, or RGB when `opaque` allows);
    None for other paint types."""
    kind = paint.get("type")
    if kind == "color":
        return Image.new("RGBA", size, parse_color(paint.get("color", "#000000")))
    if kind in ("linearGradient", "radialGradient"):
        return gradient_image(paint, size, box, opaque=opaque)
    return None
