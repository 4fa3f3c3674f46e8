"""Re-lay a design out for another format: the same layers, text, colours and images, new boxes.

The layers are grouped into units (a text or an image, with the decorations that travel with it:
the badge under an offer, the glow behind a product). Units side by side in the source stay side by
side; a much wider target puts the pictures in a column beside the text. Text keeps its words and
style; its box and auto-fit sizes follow the new room, and no smaller text outgrows the headline.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from aiengine.providers.local.retemplate import retemplate
from documents import Format, get_format, to_v14
from rendering import measure_text

MIN_FONT = 6
TEXT_GAP = 0.025  # of the content height, between rows
WIDE = 1.45  # target aspect / source aspect from which pictures get their own column
BELOW_HEADLINE = ("subhead", "body", "cta")
HEADLINE_LEAD = 0.8  # a subhead, body or button at most this share of the headline's size


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def area(self) -> float:
        return max(0.0, self.w) * max(0.0, self.h)

    def intersection(self, other: Rect) -> float:
        w = min(self.right, other.right) - max(self.x, other.x)
        h = min(self.bottom, other.bottom) - max(self.y, other.y)
        return max(0.0, w) * max(0.0, h)

    def contains_point(self, x: float, y: float) -> bool:
        return self.x <= x <= self.right and self.y <= y <= self.bottom


@dataclass
class Unit:
    """A layer that gets a slot of its own, and the layers drawn with it."""

    anchor: dict[str, Any]
    members: list[dict[str, Any]] = field(default_factory=list)

    @property
    def box(self) -> Rect:
        return rect_of(self.anchor)

    @property
    def texts(self) -> list[dict[str, Any]]:
        return [layer for layer in [self.anchor, *self.members] if layer.get("type") == "text"]

    @property
    def visual(self) -> bool:
        """A picture or a shape-backed element (it keeps its aspect ratio when moved)."""
        return self.anchor.get("type") != "text" and self.anchor.get("role") != "logo"


def rect_of(layer: dict[str, Any]) -> Rect:
    pos, size = layer.get("position") or {}, layer.get("size") or {}
    return Rect(float(pos.get("x", 0)), float(pos.get("y", 0)), float(size.get("width", 1)),
                float(size.get("height", 1)))


def _set_box(layer: dict[str, Any], box: Rect) -> None:
    layer["position"] = {"x": round(box.x, 1), "y": round(box.y, 1)}
    layer["size"] = {"width": round(max(1.0, box.w), 1), "height": round(max(1.0, box.h), 1)}


def content_rect(width: int, height: int, fmt: Format | None) -> Rect:
    """The format's safe area less a margin of 6% of the shorter side (the whole canvas when unknown)."""
    margin = 0.06 * min(width, height)
    top = right = bottom = left = 0.0
    if fmt is not None and (fmt.width, fmt.height) == (width, height):
        inset = fmt.safe_area
        top, right, bottom, left = inset.top, inset.right, inset.bottom, inset.left
    return Rect(left + margin, top + margin, width - left - right - 2 * margin, height - top - bottom - 2 * margin)


def _is_background(layer: dict[str, Any], width: float, height: float) -> bool:
    if layer.get("role") == "background":
        return True
    box = rect_of(layer)
    return layer.get("type") == "shape" and box.w >= 0.98 * width and box.h >= 0.98 * height


def _units(layers: list[dict[str, Any]], width: float, height: float) -> tuple[list[Unit], list[dict[str, Any]]]:
    """The units of the content layers, and the backgrounds."""
    backgrounds = [layer for layer in layers if _is_background(layer, width, height)]
    content = [layer for layer in layers if layer not in backgrounds]
    shapes = [layer for layer in content if layer.get("type") == "shape"]
    units = [Unit(anchor=layer) for layer in content if layer.get("type") != "shape"]
    unplaced = list(shapes)
    # a shape under a text's centre (its badge or panel) becomes that text's anchor
    for unit in units:
        if unit.anchor.get("type") != "text":
            continue
        box = unit.box
        cx, cy = box.x + box.w / 2, box.y + box.h / 2
        grounds = [s for s in unplaced if rect_of(s).contains_point(cx, cy) and rect_of(s).area() < 0.5 * width * height]
        if grounds:
            ground = min(grounds, key=lambda s: rect_of(s).area())
            unplaced.remove(ground)
            unit.members.append(unit.anchor)
            unit.anchor = ground
    # other shapes travel with the unit they overlap most (a ring round a badge, a glow behind a product)
    for shape in list(unplaced):
        box = rect_of(shape)
        best = max(units, key=lambda u: u.box.intersection(box), default=None)
        if best is not None and best.box.intersection(box) >= 0.3 * min(box.area(), best.box.area()):
            best.members.append(shape)
            unplaced.remove(shape)
    # a loose shape big enough to matter keeps a slot; sparkles and dots that belong to no element are left out
    units.extend(Unit(anchor=shape) for shape in unplaced if rect_of(shape).area() >= 0.05 * width * height)
    return units, backgrounds


def _split_mixed(rows: list[list[Unit]]) -> list[list[Unit]]:
    """Rows where text sits beside a picture, split into a text row then a picture row (a narrower target)."""
    split: list[list[Unit]] = []
    for row in rows:
        texts = [u for u in row if not u.visual]
        visuals = [u for u in row if u.visual]
        if texts and visuals:
            split.extend([[u] for u in sorted(texts, key=lambda u: u.box.y)])
            split.append(visuals)
        else:
            split.append(row)
    return split


def _rows(units: list[Unit]) -> list[list[Unit]]:
    """Units grouped into rows (those side by side in the source), top to bottom, each left to right."""
    rows: list[list[Unit]] = []
    for unit in sorted(units, key=lambda u: u.box.y + u.box.h / 2):
        box = unit.box
        for row in rows:
            top = min(u.box.y for u in row)
            bottom = max(u.box.bottom for u in row)
            overlap = min(bottom, box.bottom) - max(top, box.y)
            if overlap > 0.5 * min(box.h, bottom - top):
                row.append(unit)
                break
        else:
            rows.append([unit])
    return [sorted(row, key=lambda u: u.box.x) for row in rows]


def _fit_aspect(box: Rect, slot: Rect) -> Rect:
    """The largest box of `box`'s aspect ratio centred in `slot`."""
    scale = min(slot.w / max(box.w, 1.0), slot.h / max(box.h, 1.0))
    w, h = box.w * scale, box.h * scale
    return Rect(slot.x + (slot.w - w) / 2, slot.y + (slot.h - h) / 2, w, h)


def _map(layer_box: Rect, old: Rect, new: Rect) -> Rect:
    sx, sy = new.w / max(old.w, 1.0), new.h / max(old.h, 1.0)
    return Rect(new.x + (layer_box.x - old.x) * sx, new.y + (layer_box.y - old.y) * sy, layer_box.w * sx, layer_box.h * sy)


def _text_slot(unit: Unit, slot: Rect, scale: float) -> Rect:
    """A text unit's box inside its slot: full width, except a button keeps its width (scaled)."""
    anchor = unit.anchor
    if anchor.get("role") != "cta" and not isinstance((anchor.get("style") or {}).get("background"), dict):
        return slot
    style = anchor.get("style") or {}
    pill = style.get("background") or {}
    pad_x = float(pill.get("paddingX", 0)) * scale
    pad_y = float(pill.get("paddingY", 0)) * scale
    w = min(slot.w - 2 * pad_x, unit.box.w * scale)
    h = min(slot.h - 2 * pad_y, unit.box.h * scale)
    align = style.get("align", "center")
    x = slot.x + pad_x if align == "left" else slot.right - pad_x - w if align == "right" else slot.x + (slot.w - w) / 2
    return Rect(x, slot.y + (slot.h - h) / 2, max(1.0, w), max(1.0, h))


def _place(unit: Unit, slot: Rect, scale: float) -> None:
    """Move the unit into its slot, its members with it; its text sizes follow `scale`."""
    old = unit.box
    if unit.anchor.get("type") == "text":
        new = _text_slot(unit, slot, scale)
    elif unit.anchor.get("role") == "logo":
        new = _fit_aspect(old, Rect(slot.x, slot.y, min(slot.w, old.w * scale), min(slot.h, old.h * scale)))
        new = Rect(slot.x, slot.y, new.w, new.h)
    else:
        new = _fit_aspect(old, slot)
    uniform = new.w / max(old.w, 1.0) if unit.anchor.get("type") != "text" else scale
    for member in unit.members:
        _set_box(member, _map(rect_of(member), old, new))
    _set_box(unit.anchor, new)
    for layer in [unit.anchor, *unit.members]:
        _rescale_style(layer, uniform if layer is not unit.anchor or layer.get("type") != "text" else scale)


def _rescale_style(layer: dict[str, Any], scale: float) -> None:
    if "cornerRadius" in layer:
        layer["cornerRadius"] = round(float(layer["cornerRadius"]) * scale, 1)
    stroke = layer.get("stroke")
    if isinstance(stroke, dict) and "width" in stroke:
        stroke["width"] = round(max(1.0, float(stroke["width"]) * scale), 1)
    if layer.get("type") != "text":
        return
    style = layer.setdefault("style", {})
    box = rect_of(layer)
    line_height = float(style.get("lineHeight", 1.2))
    fit = style.get("autoFit") if isinstance(style.get("autoFit"), dict) else {}
    current = float(fit.get("maxSize", style.get("fontSize", 32)))
    size = max(MIN_FONT, min(1000.0, current * scale, box.h / line_height))
    style["fontSize"] = round(size, 1)
    style["autoFit"] = {"minSize": MIN_FONT, "maxSize": round(size, 1)}
    pill = style.get("background")
    if isinstance(pill, dict):
        for key in ("paddingX", "paddingY"):
            if key in pill:
                pill[key] = round(float(pill[key]) * scale, 1)


def _stack(rows: list[list[Unit]], area: Rect, *, text_scale: float) -> None:
    """Rows top to bottom inside `area`: text rows at their scaled height, pictures share the rest."""
    gap = TEXT_GAP * area.h
    text_heights = {id(row): max(u.box.h for u in row) * text_scale for row in rows
                     if not any(u.visual for u in row)}
    visual_rows = [row for row in rows if id(row) not in text_heights]
    fixed = sum(text_heights.values()) + gap * max(0, len(rows) - 1)
    if fixed > area.h:  # squeeze the text rows to fit
        squeeze = max(0.05, (area.h - gap * max(0, len(rows) - 1)) / max(1.0, sum(text_heights.values())))
        text_heights = {key: h * squeeze for key, h in text_heights.items()}
        fixed = area.h
    room = max(0.0, area.h - fixed)
    visual_total = sum(max(u.box.h for u in row) for row in visual_rows) or 1.0
    heights = {id(row): text_heights.get(id(row), room * max(u.box.h for u in row) / visual_total) for row in rows}
    if not visual_rows and room > 0:  # no picture takes the room: spread the rows out evenly
        gap += room / max(1, len(rows) + 1) if len(rows) > 1 else 0
    used = sum(heights.values()) + gap * max(0, len(rows) - 1)
    y = area.y + max(0.0, (area.h - used) / 2)
    for row in rows:
        h = heights[id(row)]
        _row(row, Rect(area.x, y, area.w, h), text_scale=text_scale)
        y += h + gap


def _row(row: list[Unit], area: Rect, *, text_scale: float) -> None:
    """Units of one row left to right, widths in the source's proportions."""
    if len(row) == 1:
        _place(row[0], area, text_scale)
        return
    gap = 0.03 * area.w
    total = sum(u.box.w for u in row) or 1.0
    x = area.x
    width = area.w - gap * (len(row) - 1)
    for unit in row:
        w = width * unit.box.w / total
        _place(unit, Rect(x, area.y, w, area.h), text_scale)
        x += w + gap


def _columns(units: list[Unit], area: Rect, *, text_scale: float) -> None:
    """Text on the left, the pictures in a column on the right (a much wider target)."""
    texts = [u for u in units if not u.visual]
    visuals = [u for u in units if u.visual]
    gap = 0.04 * area.w
    text_w = area.w * (0.56 if visuals else 1.0)
    left = Rect(area.x, area.y, text_w - (gap if visuals else 0), area.h)
    _stack(_rows(texts), left, text_scale=min(text_scale, left.w / max(1.0, max((u.box.w for u in texts), default=1.0))))
    if not visuals:
        return
    right = Rect(area.x + text_w, area.y, area.w - text_w, area.h)
    order = sorted(visuals, key=lambda u: (u.box.y, u.box.x))
    if right.w >= right.h:
        _row(order, right, text_scale=text_scale)
    else:
        _stack([[u] for u in order], right, text_scale=text_scale)


def _lead_with_headline(layers: list[dict[str, Any]]) -> None:
    """Cap the auto-fit size of subheads, body text and buttons below the headline's real size."""
    headlines = [layer for layer in layers if layer.get("type") == "text" and layer.get("role") == "headline"]
    if not headlines:
        return
    top = max(measure_text(layer).font_size for layer in headlines)
    for layer in layers:
        style = layer.get("style") or {}
        if layer.get("type") != "text" or layer.get("role") not in BELOW_HEADLINE:
            continue
        cap = max(MIN_FONT, round(top * HEADLINE_LEAD, 1))
        if float(style.get("fontSize", 0)) > cap:
            style["fontSize"] = cap
            style["autoFit"] = {"minSize": MIN_FONT, "maxSize": cap}


def reflow(document: dict[str, Any], *, fmt: Format) -> dict[str, Any]:
    """A 1.4 copy of `document` re-laid out on `fmt`'s canvas (meta.format set, meta.adaptedFrom kept): a
    template-made design is filled into the target aspect's sibling template, any other is reflowed by boxes."""
    doc = to_v14(document) if str(document.get("schemaVersion", "")).startswith("2") else copy.deepcopy(document)
    filled = retemplate(doc, fmt=fmt)
    if filled is not None:
        return filled
    return reflow_boxes(doc, fmt=fmt)


def reflow_boxes(document: dict[str, Any], *, fmt: Format) -> dict[str, Any]:
    """`document`'s units re-laid out by their boxes on `fmt`'s canvas."""
    doc = to_v14(document) if str(document.get("schemaVersion", "")).startswith("2") else copy.deepcopy(document)
    canvas = doc["canvas"]
    old_w, old_h = float(canvas["width"]), float(canvas["height"])
    meta = doc.setdefault("meta", {})
    source_fmt = get_format(str(meta.get("format", "")))
    source = content_rect(int(old_w), int(old_h), source_fmt)
    target = content_rect(fmt.width, fmt.height, fmt)
    layers = doc.get("layers") or []
    units, backgrounds = _units([layer for layer in layers if isinstance(layer, dict)], old_w, old_h)
    text_scale = min(target.w / source.w, target.h / source.h) if target.w / target.h > source.w / source.h \
        else target.w / source.w
    placed = {id(layer) for unit in units for layer in (unit.anchor, *unit.members)}
    # Backgrounds, and small decorations that belong to no element (rules, edge bars, dots), keep
    # their place relative to the canvas: stretched with it, never left outside it.
    for layer in layers:
        if isinstance(layer, dict) and id(layer) not in placed:
            old = rect_of(layer)
            _set_box(layer, Rect(old.x * fmt.width / old_w, old.y * fmt.height / old_h,
                                 old.w * fmt.width / old_w, old.h * fmt.height / old_h))
    wider = (target.w / target.h) / (source.w / source.h) >= WIDE
    if wider and any(u.visual for u in units):
        _columns(units, target, text_scale=text_scale)
    else:
        rows = _rows(units)
        if target.w / target.h < 0.9 * source.w / source.h:
            rows = _split_mixed(rows)
        _stack(rows, target, text_scale=text_scale)
    _lead_with_headline(layers)
    canvas["width"], canvas["height"] = fmt.width, fmt.height
    meta["format"] = fmt.id
    return doc
