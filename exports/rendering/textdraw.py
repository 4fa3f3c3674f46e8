"""Draws a laid-out text layer into an RGBA tile: pill, shadow, stroke and fill."""

from __future__ import annotations

import math

from PIL import Image, ImageDraw, ImageFilter

from .masks import colored, rounded_rect_mask
from .text import Layout, LineMeasurer, is_complex


def line_geometry(layout: Layout, scale: float) -> tuple[list[tuple[float, float, float]], float, float]:
    """Per line (x, baseline y, width) in px relative to the box, plus ascent and descent px."""
    style = layout.style
    size = layout.font_size * scale
    ascent, descent = layout.resolved.face.font(size).getmetrics()
    line_px = layout.line_px * scale
    block = line_px * len(layout.lines)
    box_w, box_h = layout.box_width * scale, layout.box_height * scale
    if style.vertical_align == "middle":
        top = (box_h - block) / 2
    elif style.vertical_align == "bottom":
        top = box_h - block
    else:
        top = 0.0
    measurer = LineMeasurer(layout.chain, size, style.letter_spacing * scale)
    lines = []
    for i, line in enumerate(layout.lines):
        width = measurer.width(line)
        if style.align == "center":
            x = (box_w - width) / 2
        elif style.align == "right":
            x = box_w - width
        else:
            x = 0.0
        baseline = top + i * line_px + (line_px - (ascent + descent)) / 2 + ascent
        lines.append((x, baseline, width))
    return lines, float(ascent), float(descent)


def background_rect(layout: Layout, scale: float, lines) -> tuple[float, float, float, float] | None:
    """The pill/background rectangle (x0, y0, x1, y1) in px relative to the box."""
    if layout.style.background is None or not layout.lines:
        return None
    _, pad_x, pad_y, _ = layout.style.background
    x0 = min(x for x, _, _ in lines)
    x1 = max(x + w for x, _, w in lines)
    line_px = layout.line_px * scale
    block = line_px * len(layout.lines)
    box_h = layout.box_height * scale
    va = layout.style.vertical_align
    top = (box_h - block) / 2 if va == "middle" else (box_h - block if va == "bottom" else 0.0)
    return (x0 - pad_x * scale, top - pad_y * scale, x1 + pad_x * scale, top + block + pad_y * scale)


def _draw_lines(draw: ImageDraw.ImageDraw, layout: Layout, scale: float, lines, origin, stroke: float) -> None:
    size = layout.font_size * scale
    spacing = layout.style.letter_spacing * scale
    measurer = LineMeasurer(layout.chain, size, spacing)
    ox, oy = origin
    for line, (x, baseline, _) in zip(layout.lines, lines, strict=True):
        cursor = ox + x
        for run, face in measurer.runs(line):
            font = face.font(size)
            kwargs = {"stroke_width": stroke, "stroke_fill": 255} if stroke else {}
            if spacing and not is_complex(run):
                for i, ch in enumerate(run):
                    if not ch.isspace():
                        pos = cursor + font.getlength(run[:i]) + spacing * i
                        draw.text((pos, oy + baseline), ch, font=font, fill=255, anchor="ls", **kwargs)
            else:
                draw.text((cursor, oy + baseline), run, font=font, fill=255, anchor="ls", **kwargs)
            cursor += measurer.run_width(run, face)


def render_text(layout: Layout, box_px: tuple[int, int], scale: float) -> tuple[Image.Image, int, int] | None:
    """The text tile and its offset from the box's top-left (px); None when there is nothing to draw."""
    style = layout.style
    if not layout.text.strip() and style.background is None:
        return None
    lines, ascent, descent = line_geometry(layout, scale)
    size = layout.font_size * scale
    stroke = style.stroke[1] * scale if style.stroke else 0.0
    # extent of ink relative to the box: lines (with a generous glyph overhang), pill, stroke
    overhang = size * 0.6 + stroke + 2
    x0 = min([0.0] + [x - overhang for x, _, _ in lines])
    x1 = max([float(box_px[0])] + [x + w + overhang for x, _, w in lines])
    y0 = min([0.0] + [b - ascent - overhang for _, b, _ in lines])
    y1 = max([float(box_px[1])] + [b + descent + overhang for _, b, _ in lines])
    pill = background_rect(layout, scale, lines)
    if pill:
        x0, y0, x1, y1 = min(x0, pill[0] - 1), min(y0, pill[1] - 1), max(x1, pill[2] + 1), max(y1, pill[3] + 1)
    if style.shadow:
        _, sx, sy, blur = style.shadow
        grow = blur * scale * 1.5 + 2
        x0 = min(x0, x0 + sx * scale - grow)
        x1 = max(x1, x1 + sx * scale + grow)
        y0 = min(y0, y0 + sy * scale - grow)
        y1 = max(y1, y1 + sy * scale + grow)
    left, top = math.floor(x0), math.floor(y0)
    size_px = (math.ceil(x1) - left, math.ceil(y1) - top)
    origin = (-left, -top)
    tile = Image.new("RGBA", size_px, (0, 0, 0, 0))
    if pill:
        rect = (pill[0] + origin[0], pill[1] + origin[1], pill[2] + origin[0], pill[3] + origin[1])
        radius = style.background[3] * scale
        tile.alpha_composite(colored(rounded_rect_mask(size_px, rect, radius), style.background[0]))
    if layout.text.strip():
        fill_mask = Image.new("L", size_px, 0)
        _draw_lines(ImageDraw.Draw(fill_mask), layout, scale, lines, origin, 0)
        stroke_mask = None
        if stroke:
            stroke_mask = Image.new("L", size_px, 0)
            _draw_lines(ImageDraw.Draw(stroke_mask), layout, scale, lines, origin, stroke)
        if style.shadow:
            color, sx, sy, blur = style.shadow
            shadow = Image.new("L", size_px, 0)
            shadow.paste(stroke_mask or fill_mask, (round(sx * scale), round(sy * scale)))
            if blur > 0:
                shadow = shadow.filter(ImageFilter.GaussianBlur(blur * scale / 2))
            tile.alpha_composite(colored(shadow, color))
        if stroke_mask is not None:
            tile.alpha_composite(colored(stroke_mask, style.stroke[0]))
        tile.alpha_composite(colored(fill_mask, style.color))
    return tile, left, top
