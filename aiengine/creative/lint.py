"""Design lint: contrast, overflow, safe area, text overlap and hierarchy of a 1.4 document."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from PIL import Image

from aiengine.creative.colors import (
    WCAG_AA,
    luminance_rgb,
    ratio_from_luminance,
    relative_luminance,
    to_hex,
    to_rgb,
)
from aiengine.creative.preview import render_preview
from documents import get_format, to_v14
from rendering import measure_text

LINT_RENDER_SIDE = 320
CONTRAST_PERCENTILE = 0.05
TEXT_ROLES_BELOW_HEADLINE = ("subhead", "body", "cta")


@dataclass(frozen=True)
class LintIssue:
    """One finding: a stable code, the layer it is about, a sentence, and `error` or `warning`."""

    code: str
    layer_id: str | None
    message: str
    severity: str = "error"
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Rect:
    x0: float
    y0: float
    x1: float
    y1: float

    def overlaps(self, other: Rect, *, tolerance: float = 1.0) -> bool:
        return (self.x0 + tolerance < other.x1 and other.x0 + tolerance < self.x1
                and self.y0 + tolerance < other.y1 and other.y0 + tolerance < self.y1)

    def inside(self, other: Rect, *, tolerance: float = 1.0) -> bool:
        return (self.x0 >= other.x0 - tolerance and self.y0 >= other.y0 - tolerance
                and self.x1 <= other.x1 + tolerance and self.y1 <= other.y1 + tolerance)


@dataclass(frozen=True)
class Placed:
    """A visible layer with its absolute box (group offsets applied)."""

    layer: dict[str, Any]
    box: Rect
    index: int


def breaks_words(text: str, lines: tuple[str, ...]) -> bool:
    """Whether wrapping split a word of `text` across `lines`."""
    words = {word.lower() for word in text.split()}
    pieces = {piece.lower() for line in lines for piece in line.split()}
    return not words <= pieces


def _placed_layers(layers: list[Any], *, dx: float = 0.0, dy: float = 0.0,
                   counter: list[int] | None = None) -> Iterator[Placed]:
    counter = counter if counter is not None else [0]
    for layer in layers:
        if not isinstance(layer, dict) or layer.get("visible") is False:
            continue
        pos, size = layer.get("position") or {}, layer.get("size") or {}
        x, y = dx + float(pos.get("x", 0)), dy + float(pos.get("y", 0))
        box = Rect(x, y, x + float(size.get("width", 0)), y + float(size.get("height", 0)))
        counter[0] += 1
        yield Placed(layer, box, counter[0])
        if layer.get("type") == "group" and isinstance(layer.get("children"), list):
            yield from _placed_layers(layer["children"], dx=x, dy=y, counter=counter)


def _ink_rect(placed: Placed, measure: Any) -> Rect:
    """Where the text block (plus its pill, if any) actually sits inside its box."""
    style = placed.layer.get("style") or {}
    box = placed.box
    width, height = min(measure.width, box.x1 - box.x0), measure.height
    align, valign = style.get("align", "left"), style.get("verticalAlign", "top")
    x0 = box.x0 + ((box.x1 - box.x0 - width) / 2 if align == "center" else
                   (box.x1 - box.x0 - width if align == "right" else 0.0))
    box_h = box.y1 - box.y0
    y0 = box.y0 + ((box_h - height) / 2 if valign == "middle" else (box_h - height if valign == "bottom" else 0.0))
    rect = Rect(x0, y0, x0 + width, y0 + height)
    pill = style.get("background")
    if isinstance(pill, dict):
        px, py = float(pill.get("paddingX", 0)), float(pill.get("paddingY", 0))
        rect = Rect(rect.x0 - px, rect.y0 - py, rect.x1 + px, rect.y1 + py)
    return rect


def _hide_text(doc: dict[str, Any]) -> dict[str, Any]:
    """A copy of `doc` with its text layers hidden (layers that do not change are shared, not copied)."""

    def hide(layers: list[Any]) -> list[Any]:
        out = []
        for layer in layers:
            if isinstance(layer, dict) and layer.get("type") == "text":
                layer = {**layer, "visible": False}
            elif isinstance(layer, dict) and isinstance(layer.get("children"), list):
                layer = {**layer, "children": hide(layer["children"])}
            out.append(layer)
        return out

    return {**doc, "layers": hide(doc.get("layers") or [])}


def _backdrop(doc: dict[str, Any], *, fonts: Any, assets: Any) -> tuple[Image.Image, float]:
    image, factor, _warnings = render_preview(_hide_text(doc), max_side=LINT_RENDER_SIDE, assets=assets, fonts=fonts)
    return image, factor


def _luminance_table() -> list[float]:
    return [luminance_rgb((v, 0, 0)) / 0.2126 for v in range(256)]


_LINEAR = _luminance_table()


def _region_luminances(image: Image.Image, rect: Rect, scale: float) -> list[tuple[int, float, tuple[int, ...]]]:
    x0 = max(0, int(rect.x0 * scale))
    y0 = max(0, int(rect.y0 * scale))
    x1 = min(image.width, max(x0 + 1, int(round(rect.x1 * scale))))
    y1 = min(image.height, max(y0 + 1, int(round(rect.y1 * scale))))
    if x1 <= x0 or y1 <= y0:
        return []
    region = image.crop((x0, y0, x1, y1))
    if region.width * region.height > 48 * 48:
        factor = (48 * 48 / (region.width * region.height)) ** 0.5
        region = region.resize((max(1, int(region.width * factor)), max(1, int(region.height * factor))),
                               Image.Resampling.BOX)
    out = []
    for count, (r, g, b) in region.getcolors(region.width * region.height) or []:
        lum = 0.2126 * _LINEAR[r] + 0.7152 * _LINEAR[g] + 0.0722 * _LINEAR[b]
        out.append((count, lum, (r, g, b)))
    return out


def _worst_contrast(text_color: str, samples: list[tuple[int, float, tuple[int, ...]]]) -> tuple[float, str]:
    text_lum = relative_luminance(text_color)
    scored = sorted((ratio_from_luminance(text_lum, lum), count, rgb) for count, lum, rgb in samples)
    total = sum(count for _, count, _ in scored)
    allowance = total * CONTRAST_PERCENTILE
    seen = 0
    for ratio, count, rgb in scored:
        seen += count
        if seen > allowance:
            return ratio, to_hex(rgb)
    ratio, _, rgb = scored[-1]
    return ratio, to_hex(rgb)


def _blend(top: str, bottom: str) -> str:
    value = top.lstrip("#")
    if len(value) != 8:
        return to_hex(to_rgb(top))
    alpha = int(value[6:8], 16) / 255
    t, b = to_rgb(top), to_rgb(bottom)
    return to_hex(tuple(tc * alpha + bc * (1 - alpha) for tc, bc in zip(t, b, strict=True)))


def _safe_rect(doc: dict[str, Any], format_id: str | None) -> Rect | None:
    fmt_id = format_id or (doc.get("meta") or {}).get("format")
    if not fmt_id:
        return None
    try:
        fmt = get_format(fmt_id)
    except (KeyError, ValueError, LookupError):
        return None
    if fmt is None:
        return None
    width, height = float(doc["canvas"]["width"]), float(doc["canvas"]["height"])
    if (fmt.width, fmt.height) != (width, height):
        sx, sy = width / fmt.width, height / fmt.height
    else:
        sx = sy = 1.0
    inset = fmt.safe_area
    return Rect(inset.left * sx, inset.top * sy, width - inset.right * sx, height - inset.bottom * sy)


def lint_document(doc: dict[str, Any], *, format_id: str | None = None, fonts: Any = None,
                  assets: Any = None) -> list[LintIssue]:
    """Every lint finding for `doc` (1.4 or 2.0); an empty list means the design is clean."""
    if str(doc.get("schemaVersion", "")).startswith("2"):
        doc = to_v14(doc)
    issues: list[LintIssue] = []
    placed = list(_placed_layers(doc.get("layers") or []))
    texts = [p for p in placed if p.layer.get("type") == "text" and str(p.layer.get("text", "")).strip()]
    measures = {id(p.layer): measure_text(p.layer, fonts=fonts) for p in texts}
    inks = {id(p.layer): _ink_rect(p, measures[id(p.layer)]) for p in texts}

    for p in texts:
        measure = measures[id(p.layer)]
        if measure.overflows:
            issues.append(LintIssue("text_overflow", p.layer.get("id"),
                                    f"Text in {p.layer.get('id')} does not fit its box."))
        if breaks_words(str(p.layer.get("text", "")), measure.lines):
            issues.append(LintIssue("broken_word", p.layer.get("id"),
                                    f"A word in {p.layer.get('id')} is split across lines; the box is too narrow.",
                                    severity="warning"))

    safe = _safe_rect(doc, format_id)
    if safe is not None:
        for p in placed:
            role = p.layer.get("role")
            if p.layer.get("type") == "text":
                rect = inks.get(id(p.layer))
            elif p.layer.get("type") == "image" and role in ("product", "logo"):
                rect = p.box
            else:
                continue
            if rect is not None and not rect.inside(safe):
                issues.append(LintIssue("outside_safe_area", p.layer.get("id"),
                                        f"{p.layer.get('id')} reaches outside the format's safe area."))

    for i, a in enumerate(texts):
        for b in texts[i + 1:]:
            if inks[id(a.layer)].overlaps(inks[id(b.layer)]):
                issues.append(LintIssue("text_overlap", b.layer.get("id"),
                                        f"Text {b.layer.get('id')} overlaps {a.layer.get('id')}.",
                                        details={"other": a.layer.get("id")}))

    issues.extend(_hierarchy(texts, measures))
    if texts:
        issues.extend(_contrast(doc, texts, inks, placed, fonts=fonts, assets=assets))
    return issues


def _hierarchy(texts: list[Placed], measures: dict[int, Any]) -> Iterator[LintIssue]:
    headlines = [measures[id(p.layer)].font_size for p in texts if p.layer.get("role") == "headline"]
    if not headlines:
        return
    top = max(headlines)
    for p in texts:
        if p.layer.get("role") in TEXT_ROLES_BELOW_HEADLINE and measures[id(p.layer)].font_size >= top:
            yield LintIssue("weak_hierarchy", p.layer.get("id"),
                            f"{p.layer.get('id')} is as large as the headline; the headline should lead.",
                            details={"fontSize": round(measures[id(p.layer)].font_size, 1), "headline": round(top, 1)})


def _contrast(doc: dict[str, Any], texts: list[Placed], inks: dict[int, Rect], placed: list[Placed], *,
              fonts: Any, assets: Any) -> Iterator[LintIssue]:
    image, scale = _backdrop(doc, fonts=fonts, assets=assets)
    for p in texts:
        style = p.layer.get("style") or {}
        color = str(style.get("color", "#000000"))
        ink = inks[id(p.layer)]
        samples = _region_luminances(image, ink, scale)
        if not samples:
            continue
        ratio, ground = _worst_contrast(color, samples)
        pill = style.get("background")
        if isinstance(pill, dict) and isinstance(pill.get("color"), str):
            ground = _blend(pill["color"], ground)
            ratio = ratio_from_luminance(relative_luminance(color), relative_luminance(ground))
        else:
            beneath = [q for q in placed if q.index < p.index and q.layer.get("type") == "image"
                       and q.box.overlaps(ink)]
            covered = beneath and any(
                q.index > beneath[-1].index and q.index < p.index and q.layer.get("type") == "shape"
                and isinstance(q.layer.get("fill"), dict) and ink.inside(q.box, tolerance=0) for q in placed)
            if beneath and not covered:
                yield LintIssue("text_over_image", p.layer.get("id"),
                                f"{p.layer.get('id')} sits on an image; its contrast depends on the picture.",
                                severity="warning")
        if ratio < WCAG_AA:
            yield LintIssue("low_contrast", p.layer.get("id"),
                            f"{p.layer.get('id')} has contrast {ratio:.2f}:1 against {ground}; 4.5:1 is needed.",
                            details={"contrast": round(ratio, 2), "background": ground})
