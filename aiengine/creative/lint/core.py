"""Design lint: contrast, overflow, safe area, text overlap, hierarchy, polish and facts of a 1.4 document."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from PIL import Image

from aiengine.creative.colors import (
    PILL_VISIBLE,
    WCAG_AA,
    luminance_rgb,
    ratio_from_luminance,
    relative_luminance,
    to_hex,
    to_rgb,
)
from aiengine.creative.lint import polish
from aiengine.creative.lint.boxes import Placed, Rect, ink_rect, placed_layers
from aiengine.creative.lint.facts import fact_text, missing_facts
from aiengine.creative.lint.issues import LintIssue
from aiengine.creative.preview import render_preview
from documents import get_format, to_v14
from rendering import measure_text

LINT_RENDER_SIDE = 320
CONTRAST_PERCENTILE = 0.05
TEXT_ROLES_BELOW_HEADLINE = ("subhead", "body", "cta")


def breaks_words(text: str, lines: tuple[str, ...]) -> bool:
    """Whether wrapping split a word of `text` across `lines`."""
    words = {word.lower() for word in text.split()}
    pieces = {piece.lower() for line in lines for piece in line.split()}
    return not words <= pieces


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
                  assets: Any = None, facts: Iterable[Any] | None = None) -> list[LintIssue]:
    """Every lint finding for `doc` (1.4 or 2.0); an empty list means the design is clean.

    With `facts` (model.Fact or plain strings), each one no text layer holds as written is a
    `missing_fact`. Logos are checked against their backdrop only when `assets` can draw them."""
    if str(doc.get("schemaVersion", "")).startswith("2"):
        doc = to_v14(doc)
    issues: list[LintIssue] = []
    placed = list(placed_layers(doc.get("layers") or []))
    texts = [p for p in placed if p.layer.get("type") == "text" and str(p.layer.get("text", "")).strip()]
    measures = {id(p.layer): measure_text(p.layer, fonts=fonts) for p in texts}
    inks = {id(p.layer): ink_rect(p, measures[id(p.layer)]) for p in texts}

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
    canvas = Rect(0.0, 0.0, float(doc["canvas"]["width"]), float(doc["canvas"]["height"]))
    issues.extend(polish.centring(texts, inks, placed, canvas, safe))
    issues.extend(polish.badges(texts, inks, placed, canvas))
    issues.extend(polish.slivers(placed, canvas))
    issues.extend(polish.logo_contrast(doc, placed, fonts=fonts, assets=assets))
    issues.extend(polish.frame_fill(placed, inks, canvas))
    for fact in missing_facts(doc, facts or ()):
        issues.append(LintIssue("missing_fact", None, f"The fact “{fact_text(fact)}” is not in the design.",
                                details={"fact": fact_text(fact), "kind": str(getattr(fact, "kind", ""))}))
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
            yield from _invisible_button(p.layer, pill["color"], samples)
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


def _invisible_button(layer: dict[str, Any], pill: str, samples: list[tuple[int, float, tuple[int, ...]]]
                      ) -> Iterator[LintIssue]:
    """A text's pill (a button, a tag) that melts into what it mostly sits on: only its label is seen."""
    _count, _lum, rgb = max(samples, key=lambda sample: sample[0])
    under = to_hex(rgb)
    shown = _blend(pill, under)
    ratio = ratio_from_luminance(relative_luminance(shown), relative_luminance(under))
    if ratio < PILL_VISIBLE:
        yield LintIssue("invisible_button", layer.get("id"),
                        f"The button of {layer.get('id')} ({shown}) is {ratio:.2f}:1 against {under} under it: "
                        "it melts into it and only its label shows.",
                        details={"contrast": round(ratio, 2), "button": shown, "background": under})
