"""The fill engine: a template, a brief's copy, colours and faces become the layers of one design."""

from __future__ import annotations

import copy as copying
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from aiengine.creative.colors import (
    NON_TEXT_CONTRAST,
    PILL_VISIBLE,
    WCAG_AA,
    WHITE,
    ensure_contrast,
    label_color,
    min_contrast,
    with_alpha,
)
from aiengine.creative.kinds import Kind
from aiengine.creative.model import Copy
from aiengine.creative.templates.model import REFERENCE_SIZES, Region, SlotRule, Template
from rendering import measure_text

SLOT_LAYERS = {"eyebrow": ("layer_eyebrow", "Eyebrow", "eyebrow"),
               "headline": ("layer_headline", "Headline", "headline"),
               "subline": ("layer_subheadline", "Subheadline", "subhead"),
               "details": ("layer_details", "Details", "body"),
               "badge": ("layer_offer", "Badge", "offer"),
               "cta": ("layer_cta", "Call to action", "cta"),
               "contact": ("layer_contact", "Contact", "body"),
               "attribution": ("layer_attribution", "Attribution", "subhead")}
BELOW_HEADLINE = ("subline", "details", "cta", "contact", "attribution")  # never as large as the headline
HIERARCHY = 0.8
BREVITY_CHARS = 24       # a headline shorter than this starts larger than its rule's max ...
BREVITY_MAX = 1.8        # ... by up to this factor
OPTIONAL = ("eyebrow",)   # labels, not facts: left out where they could not be read
MIN_LEGIBLE = 9.0         # px: an optional label set smaller than this is left out
SHRINK = 0.93
GROW = 1.08
GROW_STEPS = 6        # a stack using little of its region grows up to GROW ** GROW_STEPS (about 1.59×)
SPARSE = 0.6          # ... while its text takes less than this share of the region's height
SPARSE_TALL = 0.75    # ... or of a region of a tall canvas (stories use their height)
LEAD = ("headline", "badge")
TALL = 1.5            # a canvas this tall (height / width) spreads sparse stacks of tall regions ...
TALL_REGION = 1.2     # ... regions this tall for their width ...
SPREAD_BELOW = 0.9    # ... whose text takes less than this share of their height ...
TAIL = ("details", "badge", "cta", "contact")  # ... from the first of these slots down to the region's bottom
ZONE_PAD = 0.01       # tallOnly decorations keep this share of the height from the content frame
LEAD_GROW_STEPS = 8   # then the lead alone grows up to GROW ** LEAD_GROW_STEPS more ...
LEAD_SPARSE = 0.8     # ... while the stack takes less than this share of the region's height
TWO_TONE_EDGE = 0.004  # a two-tone canvas: two blocks of colour meeting at a crisp edge (a blend could turn muddy)
STRIP_RATIO = 3.2  # a region this wide for its height lays its slots out side by side
STRIP_GROUPS = (("eyebrow", "headline", "subline", "attribution"), ("details", "contact"), ("badge", "cta"))
STRIP_WEIGHTS = (0.5, 0.28, 0.22)
STRIP_SIZES = {"details": 0.2, "contact": 0.2, "badge": 0.36, "cta": 0.24}  # least sizes, shares of the strip's height
# Type grows with the canvas's area, not only its shorter side: stories and wide banners get larger type,
# up to this multiple of the shorter side.
UNIT_CAP = 1.35
# Kinds whose slots are set larger than a template's rules say (a thumbnail's number, a cover's name).
KIND_EMPHASIS = {"thumbnail": {"badge": 2.0, "headline": 1.35}, "cover": {"headline": 1.7, "subline": 1.3, "contact": 1.5, "details": 1.3},
                 "quote": {"headline": 1.1}, "greeting": {"headline": 1.25}, "sale": {"badge": 1.3}}
GAP_BEFORE = {"headline": 0.7, "subline": 0.8, "details": 1.1, "badge": 1.4, "cta": 1.5, "contact": 1.1,
              "attribution": 0.9}


@dataclass(frozen=True)
class Box:
    """A rectangle in canvas pixels."""

    x: float
    y: float
    w: float
    h: float

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def part(self, fractions: tuple[float, float, float, float]) -> Box:
        """The box given as fractions of this one."""
        fx, fy, fw, fh = fractions
        return Box(self.x + fx * self.w, self.y + fy * self.h, fw * self.w, fh * self.h)


@dataclass(frozen=True)
class Face:
    """A font role's family, weight and line height."""

    family: str
    weight: int
    line_height: float


@dataclass(frozen=True)
class Style:
    """What a variant brings to a template: colours by paint token and faces by font role."""

    colours: Mapping[str, str]
    faces: Mapping[str, Face]
    headline_transform: str = "none"


@dataclass
class _Item:
    slot: str
    text: str
    rule: SlotRule
    size: float
    width: float = 0.0
    height: float = 0.0
    lines: int = 0


def _brevity(text: str) -> float:
    """How much larger than its rule a short headline starts (a name or "Pixel 10" is set big; the fit still
    shrinks it to its lines and its region)."""
    return min(BREVITY_MAX, max(1.0, (BREVITY_CHARS / max(1, len(text.strip()))) ** 0.5))


def type_unit(canvas: tuple[int, int]) -> float:
    """The length slot sizes are shares of: the canvas's geometric mean side, capped near its shorter side."""
    width, height = canvas
    return min((width * height) ** 0.5, UNIT_CAP * min(width, height))


def _num(value: float) -> float:
    return round(float(value), 1)


def _geometry(box: Box) -> dict[str, Any]:
    return {"position": {"x": _num(box.x), "y": _num(box.y)},
            "size": {"width": _num(max(1.0, box.w)), "height": _num(max(1.0, box.h))}}


def paint(value: Any, colours: Mapping[str, str]) -> dict[str, Any]:
    """A schema paint for a template paint: "token", "token@alpha", {"gradient": [...]} or {"radial": [...]}."""
    if isinstance(value, dict):
        radial = "radial" in value
        tokens = value["radial"] if radial else value["gradient"]
        last = len(tokens) - 1
        stops = [{"offset": round(index / last, 3), "color": _colour(token, colours)}
                 for index, token in enumerate(tokens)]
        split = float(colours.get("two_tone") or 0)
        angle = int(value.get("angle", 180))
        if not radial and tokens == ["background", "background_end"] and 0 < split < 1:
            upper, lower = stops[0]["color"], stops[-1]["color"]  # two blocks of colour, split where no text is
            stops = [{"offset": offset, "color": colour} for offset, colour in
                     ((0.0, upper), (round(split, 3), upper), (round(split + TWO_TONE_EDGE, 3), lower), (1.0, lower))]
            angle = {"x": 90, "d": 135}.get(str(colours.get("two_tone_axis")), 180)
        if radial:
            return {"type": "radialGradient", "center": {"x": 0.5, "y": 0.5}, "radius": 0.5, "stops": stops}
        return {"type": "linearGradient", "angle": angle, "stops": stops}
    return {"type": "color", "color": _colour(str(value), colours)}


def _colour(token: str, colours: Mapping[str, str]) -> str:
    name, _, alpha = token.partition("@")
    colour = colours[name]
    return with_alpha(colour, float(alpha)) if alpha else colour


def _scaled(layer: dict[str, Any], sx: float, sy: float, keep_aspect: bool) -> dict[str, Any]:
    out = copying.deepcopy(layer)
    pos, size = out["position"], out["size"]
    if keep_aspect:
        scale = min(sx, sy)
        cx, cy = (pos["x"] + size["width"] / 2) * sx, (pos["y"] + size["height"] / 2) * sy
        w, h = size["width"] * scale, size["height"] * scale
        out["position"], out["size"] = {"x": _num(cx - w / 2), "y": _num(cy - h / 2)}, \
            {"width": _num(max(1.0, w)), "height": _num(max(1.0, h))}
        px = py = scale
    else:
        out["position"] = {"x": _num(pos["x"] * sx), "y": _num(pos["y"] * sy)}
        out["size"] = {"width": _num(max(1.0, size["width"] * sx)), "height": _num(max(1.0, size["height"] * sy))}
        px, py = sx, sy
    if out.get("points"):
        out["points"] = [{"x": _num(p["x"] * px), "y": _num(p["y"] * py)} for p in out["points"]]
    if "cornerRadius" in out:
        out["cornerRadius"] = _num(float(out["cornerRadius"]) * min(px, py))
    if isinstance(out.get("stroke"), dict):
        out["stroke"]["width"] = _num(max(1.0, float(out["stroke"].get("width", 1)) * min(sx, sy)))
    return out


def _outside(layer: dict[str, Any], content: Box, height: float) -> dict[str, Any] | None:
    """A UI-zone decoration moved next to the content frame, on the side of the canvas edge it is nearer to: one
    that reaches that edge fills the whole zone (however deep the format's zone is), a thinner one keeps its
    height. None when the format leaves no room there."""
    top, size = layer["position"]["y"], layer["size"]["height"]
    pad = ZONE_PAD * height
    if top + size / 2 > height / 2:
        start = content.bottom + pad
        size = height - start if top + size >= height - 0.5 else min(size, height - start)
        top = start
    else:
        end = content.y - pad
        size = end if top <= 0.5 else min(size, end)
        top = end - size
    if size < 0.01 * height:
        return None
    layer["position"]["y"], layer["size"]["height"] = _num(top), _num(size)
    return layer


def decorations(template: Template, *, width: int, height: int, colours: Mapping[str, str], copy: Copy,
                has_image: bool, content: Box | None = None) -> list[dict[str, Any]]:
    """The template's own layers (background and decorations) scaled to the canvas and painted; `tallOnly`
    layers only on tall canvases, and never inside the content frame."""
    ref_w, ref_h = REFERENCE_SIZES[template.family]
    sx, sy = width / ref_w, height / ref_h
    hidden = set(template.without_image if has_image else template.with_image)
    if height < TALL * width:
        hidden.update(template.tall_only)
    layers = []
    for layer in template.document["layers"]:
        key = layer["id"]
        if layer.get("type") != "shape" or key in hidden or (key in template.needs and not copy.slot(template.needs[key])):
            continue
        out = _scaled(layer, sx, sy, key in template.round_layers)
        if key in template.tall_only and content is not None:
            out = _outside(out, content, height)
            if out is None:
                continue
        out["id"] = key if key.startswith("layer_") else f"layer_{key}"
        if key in template.paints:
            out["fill"] = paint(template.paints[key], colours)
        if key in template.strokes and isinstance(out.get("stroke"), dict):
            out["stroke"]["color"] = _colour(template.strokes[key], colours)
        layers.append(out)
    return layers


class Filler:
    """Sets a copy's slots in a template's regions, each slot as large as its fit rules and the room allow."""

    def __init__(self, *, template: Template, kind: Kind, style: Style, canvas: tuple[int, int], content: Box,
                 fonts: Any = None) -> None:
        self.template, self.kind, self.style, self.fonts = template, kind, style, fonts
        self.width, self.height = canvas
        self.content = content
        self.short = type_unit(canvas)

    # measuring ---------------------------------------------------------------------------------

    def _face(self, rule: SlotRule) -> Face:
        face = self.style.faces[rule.font]
        if rule.weight:
            face = Face(face.family, rule.weight, face.line_height)
        if rule.line_height:
            face = Face(face.family, face.weight, rule.line_height)
        return face

    def _transform(self, rule: SlotRule) -> str:
        if rule.case == "uppercase":
            return "uppercase"
        if rule.case == "kind":
            return "uppercase" if self.kind.casing == "upper" else self.style.headline_transform
        return "none"

    def _style(self, rule: SlotRule, size: float, *, align: str, colour: str) -> dict[str, Any]:
        face = self._face(rule)
        style: dict[str, Any] = {"fontFamily": face.family, "fontWeight": face.weight, "fontSize": _num(size),
                                 "color": colour, "align": align, "verticalAlign": "middle",
                                 "lineHeight": face.line_height}
        transform = self._transform(rule)
        if transform != "none":
            style["textTransform"] = transform
        if rule.tracking:
            style["letterSpacing"] = _num(rule.tracking * size)
        if rule.italic:
            style["fontStyle"] = "italic"
        return style

    def _measure(self, item: _Item, width: float) -> None:
        rule = item.rule
        pad_x = item.size * 0.9 if rule.pill else 0.0
        for _attempt in range(30):
            room = max(4.0, width - 2 * pad_x)
            layer = {"type": "text", "text": item.text, "position": {"x": 0, "y": 0},
                     "size": {"width": room, "height": 100000},
                     "style": self._style(rule, item.size, align="left", colour="#000000")}
            measure = measure_text(layer, fonts=self.fonts)
            words = {word.lower() for word in item.text.split()}
            split = not words <= {piece.lower() for line in measure.lines for piece in line.split()}
            lines = len(measure.lines)
            paragraphs = item.text.count("\n") + 1
            too_many = lines > max(rule.max_lines, paragraphs) or (rule.pill and lines > paragraphs)
            floor = rule.min * self.short * 0.5
            if not (split or too_many) or item.size <= floor:
                break
            item.size = max(floor, item.size * SHRINK)
            pad_x = item.size * 0.9 if rule.pill else 0.0
        pad_y = item.size * 0.45 if rule.pill else 0.0
        item.width = min(width, measure.width + 2 * pad_x + 2)
        item.height = measure.height + 2 * pad_y
        item.lines = len(measure.lines)

    def _gap(self, region: Region, slot: str, scale: float) -> float:
        return region.gap * self.short * GAP_BEFORE.get(slot, 1.0) * scale

    def _fit(self, items: list[_Item], region: Region, box: Box) -> float:
        """Shrinks the items until they stack inside `box`; returns the gap scale used."""
        scale = 1.0
        for _round in range(40):
            headline = next((item.size for item in items if item.slot == "headline"), 0.0)
            for item in items:
                if headline and item.slot in BELOW_HEADLINE:
                    item.size = min(item.size, headline * HIERARCHY)
                self._measure(item, box.w)
            total = self._total(items, region, scale)
            if total <= box.h:
                return self._grow(items, region, box, scale, total)
            shrinkable = [item for item in items if item.size > item.rule.min * self.short]
            if not shrinkable:
                return scale
            for item in shrinkable:
                item.size = max(item.rule.min * self.short, item.size * SHRINK)
            scale = max(0.4, scale * SHRINK)
        return scale

    def _total(self, items: list[_Item], region: Region, scale: float) -> float:
        return sum(item.height for item in items) + sum(self._gap(region, item.slot, scale) for item in items[1:])

    def _grow(self, items: list[_Item], region: Region, box: Box, scale: float, total: float) -> float:
        """A stack that fills little of its region grows while it still fits: type and gaps together first,
        then the lead (headline, offer) alone, so short copy is set large and the hierarchy widens."""
        sparse = SPARSE_TALL if self.height >= TALL * self.width else SPARSE
        scale, total = self._grow_some(items, items, region, box, scale, total, GROW_STEPS, grow_gaps=True,
                                       sparse=sparse)
        for item in [item for item in items if item.slot in LEAD]:  # one at a time: a headline out of lines
            scale, total = self._grow_some(items, [item], region, box, scale, total, LEAD_GROW_STEPS,  # leaves
                                           grow_gaps=False, sparse=max(sparse, LEAD_SPARSE))         # the offer room
        return scale

    def _grow_some(self, items: list[_Item], growing: list[_Item], region: Region, box: Box, scale: float,
                   total: float, steps: int, *, grow_gaps: bool, sparse: float) -> tuple[float, float]:
        for _step in range(steps):
            if total >= sparse * box.h:
                break
            before = [(item.size, item.width, item.height, item.lines) for item in growing]
            for item in growing:
                item.size *= GROW
                self._measure(item, box.w)
            step_scale = scale * GROW if grow_gaps else scale
            grown = self._total(items, region, step_scale)
            if grown > box.h * 0.9 or any(item.lines > max(lines, item.rule.max_lines)
                                          for item, (_s, _w, _h, lines) in zip(growing, before, strict=True)):
                for item, (size, width, height, lines) in zip(growing, before, strict=True):
                    item.size, item.width, item.height, item.lines = size, width, height, lines
                break
            scale, total = step_scale, grown
        return scale, total

    # placing -----------------------------------------------------------------------------------

    def _align(self, region: Region) -> str:
        align = self.kind.align if region.align == "kind" else region.align
        return "center" if align in ("center", "centre") else align

    def _ground(self, region: Region, box: Box | None = None) -> tuple[str, ...]:
        colours = self.style.colours
        if region.ground == "panel":
            return (colours["panel"],)
        if region.ground == "accent":
            return (colours["accent"],)
        axis = colours.get("two_tone_axis")
        split = float(colours.get("two_tone") or 0)
        if split and box is not None:  # a two-tone canvas: the block the text stands on (a share along its axis)
            start, end = {"x": (box.x / self.width, (box.x + box.w) / self.width),
                          "d": ((box.x + box.y) / (self.width + self.height),
                                (box.x + box.w + box.bottom) / (self.width + self.height))}.get(
                str(axis), (box.y / self.height, box.bottom / self.height))
            if end <= split:
                return (colours["background"],)
            if start >= split:
                return (colours["background_end"],)
        return (colours["background"], colours["background_end"])

    def _text_colour(self, rule: SlotRule, region: Region, box: Box | None = None) -> str:
        colours = self.style.colours
        if rule.pill:
            return colours["cta_text"] if rule.pill == "cta" else colours["on_accent"]
        token = rule.colour
        if not token:
            lead = rule.name in ("headline", "badge")
            token = {"panel": "panel_headline" if lead else "panel_text", "accent": "on_accent"}.get(
                region.ground, "headline" if lead else "body")
        return ensure_contrast(_colour(token, colours), self._ground(region, box), minimum=WCAG_AA + 0.3)

    def _pill_fill(self, fill: str, region: Region, box: Box) -> str:
        """`fill`, the scheme's colour for the pill, unless it melts into what the pill sits on (a scheme's button
        colour can be the very panel a template puts the text on): then the first of the accent, the canvas colour,
        the region's headline ink, near-black and white that stands out from it by WCAG's 3:1 for controls, else
        the one that stands out most."""
        colours = self.style.colours
        ground = self._ground(region, box)
        if min_contrast(fill, ground) >= PILL_VISIBLE:
            return fill
        ink = colours["panel_headline" if region.ground == "panel" else "headline"]
        candidates = [colours["accent"], colours["background"], ink, "#111111", WHITE]
        for candidate in candidates:
            if min_contrast(candidate, ground) >= NON_TEXT_CONTRAST:
                return candidate
        return max(candidates, key=lambda candidate: min_contrast(candidate, ground))

    def _layer(self, item: _Item, region: Region, box: Box, align: str) -> dict[str, Any]:
        rule = item.rule
        key, name, role = SLOT_LAYERS[item.slot]
        style = self._style(rule, item.size, align=align, colour=self._text_colour(rule, region, box))
        slack = 1.04
        if rule.pill:
            pad_x, pad_y = item.size * 0.9, item.size * 0.45
            scheme_fill = self.style.colours["cta_fill" if rule.pill == "cta" else "accent"]
            fill = self._pill_fill(scheme_fill, region, box)
            if fill != scheme_fill:
                style["color"] = label_color(fill)
            style["background"] = {"color": fill, "paddingX": _num(pad_x), "paddingY": _num(pad_y), "radius": 999}
            # The pill hugs its text and sits on the stack's edge (or axis): the layer spans the stack's width
            # with the stack's alignment, so a longer label grows the button away from that edge.
            box = Box(box.x + pad_x, box.y + pad_y, max(4.0, box.w - 2 * pad_x), max(4.0, box.h - 2 * pad_y))
        style["autoFit"] = {"minSize": _num(max(1.0, item.size * 0.7)), "maxSize": _num(item.size)}
        grown = Box(box.x, box.y - box.h * (slack - 1) / 2, box.w, box.h * slack)
        return {"id": key, "type": "text", "name": name, "role": role, "text": item.text, **_geometry(grown),
                "style": style}

    def _stack(self, items: list[_Item], region: Region, box: Box, align: str) -> list[dict[str, Any]]:
        if not items:
            return []
        scale = self._fit(items, region, box)
        small = [item for item in items if item.slot in OPTIONAL and item.size < MIN_LEGIBLE]
        if small and len(items) > len(small):
            items = [item for item in items if item not in small]
            for item in items:  # the room the label leaves goes back to the rest
                item.size = self.template.rules[item.slot].max * self.short * KIND_EMPHASIS.get(
                    self.kind.id, {}).get(item.slot, 1.0) * (_brevity(item.text) if item.slot == "headline" else 1.0)
            scale = self._fit(items, region, box)
        total = self._total(items, region, scale)
        top = {"top": box.y, "bottom": box.bottom - total}.get(region.valign, box.y + (box.h - total) / 2)
        top = max(box.y, top)
        split = self._spread_at(items, region, box, total)
        if split:
            top = box.y
        layers = []
        for index, item in enumerate(items):
            if index:
                top += self._gap(region, item.slot, scale)
            if split and index == split:
                top += box.h - total
            layers.append(self._layer(item, region, Box(box.x, top, box.w, item.height), align))
            top += item.height
        return layers

    def _spread_at(self, items: list[_Item], region: Region, box: Box, total: float) -> int:
        """Where a sparse stack in a tall region of a tall canvas splits: the title group takes the top of the
        region and the facts and action its bottom, so a story's text uses its height instead of leaving
        empty bands above and below a centred block. 0: no split."""
        if (self.height < TALL * self.width or box.h < TALL_REGION * box.w or region.valign != "middle"
                or total >= SPREAD_BELOW * box.h):
            return 0
        split = next((index for index, item in enumerate(items) if item.slot in TAIL), 0)
        return split if 0 < split < len(items) else 0

    def region_layers(self, region: Region, box: Box, copy: Copy) -> list[dict[str, Any]]:
        """The text layers of the slots `region` holds (those with copy), stacked in `box`."""
        emphasis = KIND_EMPHASIS.get(self.kind.id, {})
        items = [_Item(slot, copy.slot(slot), self.template.rules[slot],
                       self.template.rules[slot].max * self.short * emphasis.get(slot, 1.0)
                       * (_brevity(copy.slot(slot)) if slot == "headline" else 1.0))
                 for slot in region.slots if copy.slot(slot)]
        align = self._align(region)
        if len(items) > 1 and box.w / max(1.0, box.h) > STRIP_RATIO:
            return self._strip(items, region, box, align)
        return self._stack(items, region, box, align)

    def _strip(self, items: list[_Item], region: Region, box: Box, align: str) -> list[dict[str, Any]]:
        """A wide, low region: its slots in up to three columns (title, facts, action)."""
        groups = [([item for item in items if item.slot in group], weight)
                  for group, weight in zip(STRIP_GROUPS, STRIP_WEIGHTS, strict=True)]
        groups = [(group, weight) for group, weight in groups if group]
        gap = box.h * 0.4
        total = sum(weight for _, weight in groups)
        usable = box.w - gap * (len(groups) - 1)
        for item in items:  # in a low strip the type unit says little: facts and action are set for its height
            item.size = max(item.size, STRIP_SIZES.get(item.slot, 0.0) * box.h)
        layers, x = [], box.x
        last = len(groups) - 1
        for index, (group, weight) in enumerate(groups):
            width = usable * weight / total
            column = Box(x, box.y, width, box.h)
            # Columns share the strip's outer edges: the first starts at its left edge, the last ends at its
            # right edge (a column centred in itself sits on no line the rest of the design uses).
            column_align = align if last == 0 else ("right" if index == last else "left")
            layers.extend(self._stack(group, region, column, column_align))
            x += width + gap
        return layers


def backdrop_layer(spec: Mapping[str, Any], box: Box, *, key: str, canvas: tuple[int, int], short: float,
                   colours: Mapping[str, str]) -> dict[str, Any]:
    """The shape a template draws behind a region or the image, fitted to where that region really is."""
    width, height = canvas
    pad = float(spec.get("pad", 0.03)) * short
    shape = spec["shape"]
    fill = paint(spec.get("paint", "panel"), colours)
    layer: dict[str, Any] = {"id": key, "type": "shape", "name": key.replace("layer_", "").replace("_", " ").title(),
                             "role": "decoration", "shape": "rect"}
    if shape == "band":
        side = spec["side"]
        area = {"top": Box(0, 0, width, box.bottom + pad), "bottom": Box(0, box.y - pad, width, height - box.y + pad),
                "left": Box(0, 0, box.x + box.w + pad, height),
                "right": Box(box.x - pad, 0, width - box.x + pad, height)}[side]
    elif shape == "card":
        area = Box(box.x - pad, box.y - pad, box.w + 2 * pad, box.h + 2 * pad)
        layer["cornerRadius"] = _num(float(spec.get("radius", 0.03)) * short)
    else:  # disc and glow: a circle the box is inscribed in
        side = max(box.w, box.h) * (1.42 if shape == "disc" else 1.3) + 2 * pad
        area = Box(box.x + box.w / 2 - side / 2, box.y + box.h / 2 - side / 2, side, side)
        layer["shape"] = "ellipse"
        if shape == "glow":
            token = str(spec.get("paint", "glow")).split("@", 1)[0]
            fill = paint({"radial": [f"{token}@0.9", f"{token}@0.35", f"{token}@0"]}, colours)
    layer.update(_geometry(area))
    layer["fill"] = fill
    return layer


def _image_layer(box: Box, *, shape: str, image: Mapping[str, str]) -> dict[str, Any]:
    if shape == "circle":
        side = min(box.w, box.h)
        box = Box(box.x + (box.w - side) / 2, box.y + (box.h - side) / 2, side, side)
    layer: dict[str, Any] = {"id": "layer_product", "type": "image", "name": "Product image", "role": "product",
                             "fit": "contain", **_geometry(box)}
    radius = {"circle": box.w / 2, "rounded": min(box.w, box.h) * 0.06}.get(shape, 0.0)
    if radius:
        layer["cornerRadius"] = _num(radius)
    layer.update(image)
    return layer


def _same_column(a: Box, b: Box) -> bool:
    return a.x < b.x + b.w and b.x < a.x + a.w


def _meets(a: Box, b: Box) -> bool:
    return _same_column(a, b) and a.y < b.bottom and b.y < a.bottom


def _grown_over(box: Box, empty: Box, blockers: list[Box]) -> Box | None:
    """`box` stretched up or down over `empty` (its width kept), unless that would meet one of `blockers`."""
    top, bottom = min(box.y, empty.y), max(box.bottom, empty.bottom)
    grown = Box(box.x, top, box.w, bottom - top)
    return None if any(_meets(grown, blocker) for blocker in blockers) else grown


def reflow(regions: tuple[Region, ...], boxes: list[Box], copy: Copy, *,
           obstacle: Box | None = None) -> list[tuple[Region, Box]]:
    """Regions with copy, each grown over the empty regions above or below it in its column, so a design
    whose lower slots are empty does not keep an empty band: the text block then sits in the middle."""
    filled = [index for index, region in enumerate(regions) if any(copy.slot(slot) for slot in region.slots)]
    grown = {index: boxes[index] for index in filled}
    for index, region in enumerate(regions):
        if index in grown:
            continue
        empty = boxes[index]
        # An empty region's backdrop is not drawn: what is left there is the canvas.
        ground = "canvas" if region.backdrop else region.ground
        beside = [other for other in filled if _same_column(boxes[other], empty)
                  and not regions[other].backdrop and regions[other].ground == ground]
        if not beside:
            continue
        nearest = min(beside, key=lambda other: abs(boxes[other].y + boxes[other].h / 2 - empty.y - empty.h / 2))
        blockers = [grown[other] for other in filled if other != nearest] + ([obstacle] if obstacle else [])
        union = _grown_over(grown[nearest], empty, blockers)
        if union is not None:
            grown[nearest] = union
    out = []
    for index in filled:
        region = regions[index]
        if grown[index] != boxes[index]:
            region = replace(region, valign="middle")
        out.append((region, grown[index]))
    return out


def _image_into_empty(image: Box, empty: list[Box], texts: list[Box]) -> Box:
    """On a tall canvas, the image grows over the text regions next to it (above or below, in its column) that
    have no copy, so a pin or a story whose details are empty is not left with an empty band."""
    for box in sorted(empty, key=lambda box: abs(box.y - image.y)):
        if _same_column(box, image):
            image = _grown_over(image, box, texts) or image
    return image


def _below(box: Box, top: float) -> Box:
    return box if box.y >= top else Box(box.x, top, box.w, max(1.0, box.bottom - top))


def compose_design(*, template: Template, kind: Kind, style: Style, copy: Copy, canvas: tuple[int, int],
                   content: Box, image: Mapping[str, str] | None, logo: str | None,
                   fonts: Any = None) -> list[dict[str, Any]]:
    """Every layer of one design, bottom to top: background and ornaments, backdrops, image, logo, text.

    `image` is {"assetId": ...} or {"smartAssetId": ...} (None: the template's typographic form);
    `content` is the canvas inside its safe area and margin, where text, image and logo stay.
    """
    width, height = canvas
    short = type_unit(canvas)
    has_image = image is not None and template.image != "none" and template.image_box is not None
    regions = template.regions if has_image else template.regions_without_image
    layers = decorations(template, width=width, height=height, colours=style.colours, copy=copy,
                         has_image=has_image, content=content)
    filler = Filler(template=template, kind=kind, style=style, canvas=canvas, content=content, fonts=fonts)
    boxes = [content.part(region.box) for region in regions]
    image_box = content.part(template.image_box) if has_image and template.image_box else None
    logo_layer = None
    if logo:
        tall = short * 0.075
        align = filler._align(regions[0])
        logo_w = tall * 3
        x = content.x if align == "left" else content.x + (content.w - logo_w) / 2
        logo_box = content.part(template.logo_box) if template.logo_box else Box(x, content.y, logo_w, tall)
        top = logo_box.bottom + short * 0.03
        boxes = [_below(box, top) if box.y < top and box.x < logo_box.x + logo_box.w and logo_box.x < box.x + box.w
                 else box for box in boxes]
        if image_box is not None and image_box.y < top and image_box.x < logo_box.x + logo_box.w:
            image_box = _below(image_box, top)
        logo_layer = {"id": "layer_logo", "type": "image", "name": "Logo", "role": "logo", "fit": "contain",
                      **_geometry(logo_box), "assetId": logo}
    placed = reflow(regions, boxes, copy, obstacle=image_box)
    if image_box is not None and height >= TALL * width:
        image_box = _image_into_empty(image_box, [box for region, box in zip(regions, boxes, strict=True)
                                                  if not any(copy.slot(slot) for slot in region.slots)],
                                      [box for _region, box in placed])
    for index, (region, box) in enumerate(placed):
        if region.backdrop:
            layers.append(backdrop_layer(region.backdrop, box, key=f"layer_backdrop_{index + 1}", canvas=canvas,
                                         short=short, colours=style.colours))
    if image_box is not None and image is not None:
        if template.image_backdrop:
            shown = image_box
            if template.image_shape == "circle":
                side = min(image_box.w, image_box.h)
                shown = Box(image_box.x + (image_box.w - side) / 2, image_box.y + (image_box.h - side) / 2, side, side)
            layers.append(backdrop_layer(template.image_backdrop, shown, key="layer_image_backdrop", canvas=canvas,
                                         short=short, colours=style.colours))
        layers.append(_image_layer(image_box, shape=template.image_shape, image=image))
    if logo_layer is not None:
        layers.append(logo_layer)
    for region, box in placed:
        layers.extend(filler.region_layers(region, box, copy))
    return layers
