"""Paints a laid-out text layer: background pill, shadow, stroke and fill."""

from __future__ import annotations

import math
from typing import Any

from PIL import Image, ImageDraw, ImageFilter

from .masks import rounded_rect_mask
from .target import Drawing, Target
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
    # advances of letter-spaced characters and pairs, kept for this layout only: a cache across
    # layouts keyed by the font would keep every size ever drawn alive (a third of a MB each)
    lengths: dict[tuple[str, str], float] = {}

    def length(face, font, text: str) -> float:
        key = (face.key, text)
        if key not in lengths:
            lengths[key] = font.getlength(text)
        return lengths[key]

    ox, oy = origin
    for line, (x, baseline, _) in zip(layout.lines, lines, strict=True):
        cursor = ox + x
        for run, face in measurer.runs(line):
            font = face.font(size)
            kwargs: dict[str, Any] = {"stroke_width": stroke, "stroke_fill": 255} if stroke else {}
            if spacing and not is_complex(run):
                pos = cursor
                for i, ch in enumerate(run):
                    if not ch.isspace():
                        draw.text((pos, oy + baseline), ch, font=font, fill=255, anchor="ls", **kwargs)
                    # advance of ch including its kerning with the next character
                    pair = run[i : i + 2]
                    pos += (length(face, font, pair) - (length(face, font, pair[1]) if len(pair) == 2 else 0)
                            + spacing)
            else:
                draw.text((cursor, oy + baseline), run, font=font, fill=255, anchor="ls", **kwargs)
            cursor += measurer.run_width(run, face)


def _shadow_mask(ink: Image.Image, sigma: float) -> tuple[Image.Image, int]:
    """The ink blurred by a Gaussian of `sigma` px, grown by a margin; returns (mask, margin).
    Wide blurs run at reduced resolution: a blurred mask has no fine detail to lose."""
    grow = math.ceil(sigma * 3) + 2
    size = (ink.width + 2 * grow, ink.height + 2 * grow)
    if sigma <= 0:
        padded = Image.new("L", size, 0)
        padded.paste(ink, (grow, grow))
        return padded, grow
    factor = max(1, min(4, int(sigma // 3)))
    grow += (-grow) % factor  # keep the margin a whole number of reduced pixels
    size = (ink.width + 2 * grow, ink.height + 2 * grow)
    small_ink = ink.reduce(factor) if factor > 1 else ink
    small = Image.new("L", (math.ceil(size[0] / factor), math.ceil(size[1] / factor)), 0)
    small.paste(small_ink, (grow // factor, grow // factor))
    small = small.filter(ImageFilter.GaussianBlur(sigma / factor))
    if factor == 1:
        return small, grow
    return small.resize(size, Image.Resampling.BILINEAR, box=(0, 0, size[0] / factor, size[1] / factor)), grow


def text_drawing(layout: Layout, box_px: tuple[int, int], scale: float) -> Drawing | None:
    """How a text layer paints (bounds relative to its box), or None when there is nothing."""
    style = layout.style
    has_text = bool(layout.text.strip())
    if not has_text and style.background is None:
        return None
    lines, ascent, descent = line_geometry(layout, scale)
    size = layout.font_size * scale
    stroke = style.stroke[1] * scale if style.stroke else 0.0
    overhang = size * 0.35 + stroke + 2  # glyphs overshoot their advance and the line box a little
    x0 = min([0.0] + [x - overhang for x, _, _ in lines])
    x1 = max([float(box_px[0])] + [x + w + overhang for x, _, w in lines])
    y0 = min([0.0] + [b - ascent - overhang for _, b, _ in lines])
    y1 = max([float(box_px[1])] + [b + descent + overhang for _, b, _ in lines])
    pill = background_rect(layout, scale, lines)
    if pill:
        x0, y0, x1, y1 = min(x0, pill[0] - 1), min(y0, pill[1] - 1), max(x1, pill[2] + 1), max(y1, pill[3] + 1)
    text_bounds = (x0, y0, x1, y1)
    if style.shadow and has_text:
        _, sx, sy, blur = style.shadow
        grow = blur * scale * 1.5 + 6
        x0 = min(x0, text_bounds[0] + sx * scale - grow)
        x1 = max(x1, text_bounds[2] + sx * scale + grow)
        y0 = min(y0, text_bounds[1] + sy * scale - grow)
        y1 = max(y1, text_bounds[3] + sy * scale + grow)
    bounds = (math.floor(x0), math.floor(y0), math.ceil(x1), math.ceil(y1))

    def paint(target: Target) -> None:
        if pill:
            assert style.background is not None  # a pill is drawn only for a background
            px0, py0 = math.floor(pill[0]), math.floor(pill[1])
            size_px = (math.ceil(pill[2]) - px0 + 1, math.ceil(pill[3]) - py0 + 1)
            rect = (pill[0] - px0, pill[1] - py0, pill[2] - px0, pill[3] - py0)
            target.fill(rounded_rect_mask(size_px, rect, style.background[3] * scale), style.background[0], px0, py0)
        if not has_text:
            return
        tx0, ty0 = math.floor(text_bounds[0]), math.floor(text_bounds[1])
        size_px = (math.ceil(text_bounds[2]) - tx0, math.ceil(text_bounds[3]) - ty0)
        origin = (-tx0, -ty0)
        fill_mask = Image.new("L", size_px, 0)
        _draw_lines(ImageDraw.Draw(fill_mask), layout, scale, lines, origin, 0)
        stroke_mask = None
        if stroke:
            stroke_mask = Image.new("L", size_px, 0)
            _draw_lines(ImageDraw.Draw(stroke_mask), layout, scale, lines, origin, stroke)
        if style.shadow:
            color, sx, sy, blur = style.shadow
            shadow, grow = _shadow_mask(stroke_mask or fill_mask, blur * scale / 2)
            target.fill(shadow, color, tx0 - grow + round(sx * scale), ty0 - grow + round(sy * scale))
        if stroke_mask is not None:
            assert style.stroke is not None  # a stroke mask is made only for a stroke
            target.fill(stroke_mask, style.stroke[0], tx0, ty0)
        target.fill(fill_mask, style.color, tx0, ty0)

    return Drawing(bounds, paint)
