"""Anti-aliased coverage masks (supersampled): rounded rectangles, ellipses, polygons, strokes."""

from __future__ import annotations

import math

from PIL import Image, ImageChops, ImageDraw

from .paint import Color

Point = tuple[float, float]


def supersample(size: tuple[int, int]) -> int:
    """Supersampling factor for a mask of `size`: 4 for small, less for large areas."""
    area = size[0] * size[1]
    if area <= 90_000:
        return 4
    if area <= 2_500_000:
        return 2
    return 1


def _reduce(mask: Image.Image, ss: int) -> Image.Image:
    return mask.reduce(ss) if ss > 1 else mask


def rounded_rect_mask(
    size: tuple[int, int], rect: tuple[float, float, float, float], radius: float, *, ss: int | None = None
) -> Image.Image:
    """Coverage of the rectangle (x0, y0, x1, y1) with corner `radius` in a mask of `size`.

    `ss` (every mask here takes it) fixes the supersampling, so that a window cut from a large
    shape is antialiased exactly as the whole shape would be."""
    x0, y0, x1, y1 = rect
    radius = max(0.0, min(radius, (x1 - x0) / 2, (y1 - y0) / 2))
    if radius < 0.5 and all(abs(v - round(v)) < 1e-6 for v in rect):
        mask = Image.new("L", size, 0)
        if x1 > x0 and y1 > y0:
            mask.paste(255, (round(x0), round(y0), round(x1), round(y1)))
        return mask
    ss = ss or supersample(size)
    mask = Image.new("L", (size[0] * ss, size[1] * ss), 0)
    if x1 - x0 > 0 and y1 - y0 > 0:
        ImageDraw.Draw(mask).rounded_rectangle(
            (x0 * ss, y0 * ss, x1 * ss - 1, y1 * ss - 1), radius=radius * ss, fill=255
        )
    return _reduce(mask, ss)


def ellipse_mask(size: tuple[int, int], rect: tuple[float, float, float, float], *, ss: int | None = None) -> Image.Image:
    ss = ss or supersample(size)
    mask = Image.new("L", (size[0] * ss, size[1] * ss), 0)
    x0, y0, x1, y1 = rect
    if x1 - x0 > 0 and y1 - y0 > 0:
        ImageDraw.Draw(mask).ellipse((x0 * ss, y0 * ss, x1 * ss - 1, y1 * ss - 1), fill=255)
    return _reduce(mask, ss)


def ring_mask(
    size: tuple[int, int], rect: tuple[float, float, float, float], width: float, *, ellipse: bool, radius: float = 0.0,
    ss: int | None = None,
) -> Image.Image:
    """Coverage of an outline `width` px wide drawn inside `rect` (an ellipse or rounded rect)."""
    ss = ss or supersample(size)
    mask = Image.new("L", (size[0] * ss, size[1] * ss), 0)
    x0, y0, x1, y1 = rect
    if x1 - x0 > 0 and y1 - y0 > 0 and width > 0:
        box = (x0 * ss, y0 * ss, x1 * ss - 1, y1 * ss - 1)
        w = max(1, round(width * ss))
        draw = ImageDraw.Draw(mask)
        if ellipse:
            draw.ellipse(box, outline=255, width=w)
        else:
            draw.rounded_rectangle(box, radius=radius * ss, outline=255, width=w)
    return _reduce(mask, ss)


def polygon_mask(size: tuple[int, int], points: list[Point], *, ss: int | None = None) -> Image.Image:
    ss = ss or supersample(size)
    mask = Image.new("L", (size[0] * ss, size[1] * ss), 0)
    if len(points) >= 3:
        ImageDraw.Draw(mask).polygon([(x * ss, y * ss) for x, y in points], fill=255)
    return _reduce(mask, ss)


def subtract(outer: Image.Image, inner: Image.Image) -> Image.Image:
    return ImageChops.subtract(outer, inner)


def dash_polyline(points: list[Point], on: float, off: float) -> list[list[Point]]:
    """Split a polyline into dashes of length `on` separated by gaps of `off`."""
    if on <= 0 or off < 0 or len(points) < 2:
        return [points]
    dashes: list[list[Point]] = []
    current: list[Point] = []
    drawing, remaining = True, on
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        seg = math.hypot(x1 - x0, y1 - y0)
        pos = 0.0
        while seg - pos > 1e-9:
            step = min(remaining, seg - pos)
            t0, t1 = pos / seg, (pos + step) / seg
            a = (x0 + (x1 - x0) * t0, y0 + (y1 - y0) * t0)
            b = (x0 + (x1 - x0) * t1, y0 + (y1 - y0) * t1)
            if drawing:
                if not current:
                    current.append(a)
                current.append(b)
            pos += step
            remaining -= step
            if remaining <= 1e-9:
                if drawing and current:
                    dashes.append(current)
                current = []
                drawing = not drawing
                remaining = on if drawing else off
    if drawing and len(current) > 1:
        dashes.append(current)
    return dashes


def polyline_mask(
    size: tuple[int, int], points: list[Point], width: float, *, closed: bool, dash: list[float] | None = None,
    ss: int | None = None,
) -> Image.Image:
    """Coverage of a stroked polyline (butt caps, round joins), optionally dashed."""
    ss = ss or supersample(size)
    mask = Image.new("L", (size[0] * ss, size[1] * ss), 0)
    draw = ImageDraw.Draw(mask)
    pts = list(points) + ([points[0]] if closed and points else [])
    pieces = dash_polyline(pts, dash[0], dash[1]) if dash and len(dash) >= 2 and dash[0] > 0 else [pts]
    w = max(1, round(width * ss))
    for piece in pieces:
        if len(piece) >= 2:
            draw.line([(x * ss, y * ss) for x, y in piece], fill=255, width=w, joint="curve")
    return _reduce(mask, ss)


def colored(mask: Image.Image, color: Color) -> Image.Image:
    """An RGBA image of the colour whose alpha is `mask` × the colour's alpha."""
    tile = Image.new("RGBA", mask.size, color[:3] + (0,))
    alpha = mask if color[3] == 255 else mask.point(lambda v, a=color[3]: v * a // 255)
    tile.putalpha(alpha)
    return tile


def apply_mask(image: Image.Image, mask: Image.Image) -> Image.Image:
    """`image` (RGBA) with its alpha multiplied by `mask`."""
    alpha = image.getchannel("A")
    image = image.copy()
    image.putalpha(ImageChops.multiply(alpha, mask))
    return image


def ellipse_points(rect: tuple[float, float, float, float], segments: int = 96) -> list[Point]:
    x0, y0, x1, y1 = rect
    cx, cy, rx, ry = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2, (y1 - y0) / 2
    return [
        (cx + rx * math.cos(2 * math.pi * i / segments - math.pi / 2), cy + ry * math.sin(2 * math.pi * i / segments - math.pi / 2))
        for i in range(segments)
    ]


def rounded_rect_points(rect: tuple[float, float, float, float], radius: float, per_corner: int = 12) -> list[Point]:
    x0, y0, x1, y1 = rect
    r = max(0.0, min(radius, (x1 - x0) / 2, (y1 - y0) / 2))
    if r <= 0:
        return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
    points: list[Point] = []
    corners = [(x1 - r, y0 + r, -90), (x1 - r, y1 - r, 0), (x0 + r, y1 - r, 90), (x0 + r, y0 + r, 180)]
    for cx, cy, start in corners:
        for i in range(per_corner + 1):
            angle = math.radians(start + 90 * i / per_corner)
            points.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    return points
