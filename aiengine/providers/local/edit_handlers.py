"""Edit handlers: one function per kind of instruction clause, each returning patch operations."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aiengine.creative.color_names import find_color, find_color_named
from aiengine.creative.colors import WCAG_AA, contrast_ratio, readable_text_color
from aiengine.creative.lint import lint_document
from aiengine.creative.palettes import palette_from_theme
from aiengine.providers.local.geometry import Box, Frame, corner_boxes, logo_area, make_frame
from aiengine.providers.local.refit import refit_operations
from aiengine.providers.local.restyle import (
    brand_color_operations,
    brand_font_operations,
    ground_color,
    ground_layer,
    paint_changes,
    paint_color,
    palette_operations,
    readable_fixes,
    solid,
)
from aiengine.providers.local.retemplate import SLOT_OF_LAYER, as_template_laid, relayout
from aiengine.providers.local.subject_swap import (
    asks_for_subject,
    named_subject,
    subject_label,
    subject_phrase,
    swap_operations,
)
from aiengine.providers.local.targets import find_target, layer_with_text, walk
from documents import FORMATS, apply_operations
from rendering import default_font_library, measure_text

MIN_TEXT = 6.0

ROLE_NAMES = {"headline": "headline", "subhead": "subheadline", "cta": "call to action", "offer": "offer",
              "logo": "logo", "product": "product image", "background": "background", "body": "body text",
              "decoration": "decorations", "text": "text"}


class Unsupported(Exception):
    """A clause the editor understood but cannot carry out, with the reason."""


@dataclass
class Clause:
    """One instruction clause with its quoted strings taken out."""

    text: str
    quotes: list[str]
    role: str | None
    layers: list[dict[str, Any]]


@dataclass
class Step:
    """The operations for one clause and what they did, in words."""

    operations: list[dict[str, Any]]
    message: str
    partial: str | None = None  # done only in part: why (named in the explanation like a clause not done)


def has_words(text: str, pattern: str) -> bool:
    """Whether `pattern` occurs in `text` as whole words (case-insensitive)."""
    return re.search(rf"(?<![a-z]){pattern}(?![a-z])", text.lower()) is not None


def _box(layer: dict[str, Any]) -> tuple[float, float, float, float]:
    pos, size = layer["position"], layer["size"]
    return float(pos["x"]), float(pos["y"]), float(size["width"]), float(size["height"])


def _frame(doc: dict[str, Any]) -> Frame:
    """The frame the generator lays this document out in: the format's safe area plus a margin."""
    canvas = doc["canvas"]
    width, height = int(canvas["width"]), int(canvas["height"])
    fmt = next((f for f in FORMATS if f.id == (doc.get("meta") or {}).get("format")), None)
    insets = (0.0, 0.0, 0.0, 0.0)
    if fmt is not None and (fmt.width, fmt.height) == (width, height):
        inset = fmt.safe_area
        insets = (inset.top, inset.right, inset.bottom, inset.left)
    return make_frame(width=width, height=height, insets=insets)


def _safe_box(doc: dict[str, Any]) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) of the content area."""
    content = _frame(doc).content
    return content.x, content.y, content.right, content.bottom


def _overlaps(box: Box, layer: dict[str, Any]) -> bool:
    x, y, w, h = _box(layer)
    return box.x < x + w and x < box.right and box.y < y + h and y < box.bottom


def _free_logo_box(doc: dict[str, Any]) -> Box | None:
    """The first content corner where a logo covers no text, product or logo."""
    frame = _frame(doc)
    logo, _ = logo_area(frame, align="left")
    busy = [layer for layer in walk(doc.get("layers") or []) if layer.get("visible") is not False
            and (layer.get("type") == "text" or layer.get("role") in ("product", "logo"))]
    return next((box for box in corner_boxes(frame, width=logo.w, height=logo.h)
                 if not any(_overlaps(box, layer) for layer in busy)), None)


def _name(role: str | None, layers: list[dict[str, Any]]) -> str:
    if role in ROLE_NAMES:
        return ROLE_NAMES[role]
    return str(layers[0].get("name") or layers[0].get("id")) if layers else "layer"


def _texts(layers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [layer for layer in layers if layer.get("type") == "text"]


# each handler returns a Step, None when the clause is not its kind, or raises Unsupported


def _remove(doc: dict[str, Any], clause: Clause) -> Step | None:
    hide = has_words(clause.text, r"hide|hidden|invisible|छिपा|छुपा")
    if not (hide or has_words(clause.text, r"remove|delete|drop|get rid of|take out|take away|erase|lose|without|hatao|हटा")):
        return None
    if clause.role is None or not clause.layers:
        raise Unsupported(f"there is no {_name(clause.role, [])} in this design" if clause.role else
                          "it does not say which element to remove")
    if clause.role == "background":
        raise Unsupported("the background can be recoloured but not removed")
    layers = clause.layers
    if clause.role == "decoration":
        layers = [layer for layer in layers if not _under_text(doc, layer)]
        if not layers:
            raise Unsupported("every decoration here sits behind text and keeps it readable")
    if hide:
        ops = [{"op": "update_layer", "layerId": layer["id"], "changes": {"visible": False}} for layer in layers]
        return Step(ops, f"Hid the {_name(clause.role, layers)}.")
    ops = [{"op": "remove_layer", "layerId": layer["id"]} for layer in layers]
    if _texts(layers) and as_template_laid(doc):
        again = relayout(apply_operations(doc, ops), emphasis={}, laid_out=True)
        if again is not None:  # the template lays the rest of the copy out again over the freed room
            return Step(ops + again, f"Removed the {_name(clause.role, layers)} and laid the rest out again.")
    closing = [op for layer in _texts(layers) for op in _close_gap(doc, layer)]
    message = f"Removed the {_name(clause.role, layers)}"
    if closing:
        message += " and gave the text above it the freed space"
    return Step(ops + closing, message + ".")


def _require_layers(clause: Clause, *, verb: str) -> None:
    if clause.role is None:
        raise Unsupported(f"it does not say which element to {verb}")
    if not clause.layers:
        raise Unsupported(f"there is no {_name(clause.role, [])} in this design")


def _under_text(doc: dict[str, Any], shape: dict[str, Any]) -> bool:
    return any(ground_layer(doc, text) is shape for text in walk(doc.get("layers") or []) if text.get("type") == "text")


def _close_gap(doc: dict[str, Any], removed: dict[str, Any]) -> list[dict[str, Any]]:
    """Grow the text layer right above a removed one down over the space it leaves."""
    rx, ry, rw, rh = _box(removed)
    best = None
    for layer in doc.get("layers") or []:
        if layer is removed or layer.get("type") != "text" or layer.get("visible") is False:
            continue
        x, y, w, h = _box(layer)
        overlap = min(x + w, rx + rw) - max(x, rx)
        if y + h <= ry + 1 and overlap >= 0.5 * min(w, rw) and (best is None or y + h > _box(best)[1] + _box(best)[3]):
            best = layer
    if best is None:
        return []
    ground = ground_layer(doc, best)
    if ground is not None and ground.get("role") != "background":  # text on a badge or panel keeps its size
        return []
    x, y, w, h = _box(best)
    others = [t for t in doc.get("layers") or [] if t.get("type") == "text" and t not in (best, removed)]
    new_h = ry + rh - y
    if any(_box(t)[1] < y + new_h and _box(t)[1] + _box(t)[3] > y + h and _box(t)[0] < x + w and _box(t)[0] + _box(t)[2] > x
           for t in others):
        return []
    return [{"op": "update_layer", "layerId": best["id"], "changes": {"size": {"height": round(new_h, 1)}}}]


def _change_text(doc: dict[str, Any], clause: Clause) -> Step | None:
    verbs = r"change|replace|set|update|rename|rewrite|edit|make|say|says|read|reads|write|put"
    if not has_words(clause.text, verbs) and not re.search(r":\s*$", clause.text):
        return None
    new_text = clause.quotes[-1] if clause.quotes else None
    if new_text is None:
        match = re.search(r"\b(?:to|say|says|read|reads|with)\s+(.+)$", clause.text, re.IGNORECASE)
        if not match or find_color(match.group(1)) or has_words(match.group(1), r"bigger|smaller|larger|top|bottom|left|right|center|centre|middle|bold|minimal"):
            return None
        new_text = match.group(1).strip()
    targets = _texts(clause.layers)
    if len(clause.quotes) >= 2 and not targets:
        old = layer_with_text(doc, clause.quotes[0])
        targets = [old] if old else []
    if not targets:
        if clause.role in (None, "text"):
            raise Unsupported("it does not say which text to change")
        if clause.role == "subhead":
            return _add_subhead(doc, new_text)
        return None
    target = targets[0]
    return Step([{"op": "update_layer", "layerId": target["id"], "changes": {"text": new_text}}],
                f"Changed the {_name(clause.role or target.get('role'), targets)} to \u201c{new_text}\u201d.")


def _add_subhead(doc: dict[str, Any], words: str) -> Step:
    """A subheadline the design did not have, set right under the headline in the headline's column."""
    headline = next((layer for layer in walk(doc.get("layers") or []) if layer.get("role") == "headline"
                     and layer.get("type") == "text" and layer.get("visible") is not False), None)
    if headline is None:
        raise Unsupported("there is no subheadline, and no headline to set one under")
    x, y, w, h = _box(headline)
    _, _, _, bottom = _safe_box(doc)
    canvas_h = float(doc["canvas"]["height"])
    head_style = headline.get("style") or {}
    lines = max(1, len(measure_text(headline).lines))
    used = min(h, measure_text(headline).height)
    top = y + (h + used) / 2 + 0.012 * canvas_h if head_style.get("verticalAlign", "middle") == "middle" else \
        y + used + 0.012 * canvas_h
    size = round(min(float(measure_text(headline).font_size) * 0.45, 0.045 * canvas_h), 1)
    height = size * 1.3 * (2 if len(words) > 40 else 1) + 4
    box = Box(x, top, w, height)
    busy = [layer for layer in walk(doc.get("layers") or []) if layer is not headline and layer.get("visible") is not False
            and (layer.get("type") == "text" or layer.get("role") in ("product", "logo"))]
    if box.bottom > bottom or any(_overlaps(box, other) for other in busy) or lines > 6:
        raise Unsupported("there is no subheadline, and no free space under the headline to add one")
    body = next((t for t in walk(doc.get("layers") or []) if t.get("role") in ("body", "eyebrow")
                 and t.get("type") == "text"), headline)
    body_style = body.get("style") or {}
    layer = {"id": "layer_subheadline", "type": "text", "name": "Subheadline", "role": "subhead", "text": words,
             "position": {"x": round(box.x, 1), "y": round(box.y, 1)},
             "size": {"width": round(box.w, 1), "height": round(box.h, 1)},
             "style": {"fontFamily": body_style.get("fontFamily", head_style.get("fontFamily", "Inter")),
                       "fontWeight": 500, "fontSize": size, "autoFit": {"minSize": round(size * 0.6, 1), "maxSize": size},
                       "color": "#111111", "align": head_style.get("align", "center"), "verticalAlign": "top",
                       "lineHeight": 1.25}}
    if any(str(other.get("id")) == layer["id"] for other in walk(doc.get("layers") or [])):
        layer["id"] = "layer_added_subheadline"
    placed = {**doc, "layers": [*(doc.get("layers") or []), layer]}
    ground = ground_color(placed, layer)
    layer["style"]["color"] = readable_text_color(ground, preferred=(str(body_style.get("color", "#111111")),
                                                                     str(head_style.get("color", "#111111"))),
                                                  minimum=WCAG_AA + 0.3)
    return Step([{"op": "add_layer", "layer": layer}], f"Added a subheadline \u201c{words}\u201d under the headline.")


_TONES = (("dark", r"dark(?:er)?|deep|black(?:ish)?", "#141414"), ("light", r"light(?:er)?|pale|whitish", "#F7F7F7"))


def _tone(text: str) -> tuple[str, str] | None:
    """("dark", near-black) for "make all text dark", ("light", near-white) for "lighter"."""
    return next(((word, color) for word, pattern, color in _TONES if has_words(text, pattern)), None)


def _recolor(doc: dict[str, Any], clause: Clause) -> Step | None:
    named = find_color_named(clause.text)
    if named is None and clause.role is not None and has_words(clause.text, r"make|turn|set|change|colou?r|paint|all|to"):
        named = _tone(clause.text)
    if named is None:
        return None
    word, color = named
    role = clause.role or ("background" if has_words(clause.text, r"it|everything|design") else None)
    if role is None:
        raise Unsupported("it does not say what to colour")
    if role == "background":
        canvas_paint = (doc.get("canvas") or {}).get("background")
        ops: list[dict[str, Any]] = [{"op": "update_canvas",
                                      "changes": {"background": paint_changes(canvas_paint, solid(color))}}]
        for layer in clause.layers or []:
            ops.append({"op": "update_layer", "layerId": layer["id"],
                        "changes": {"fill": paint_changes(layer.get("fill"), solid(color))}})
        fixes = readable_fixes(doc, overrides={"canvas": color})
        note = " and adjusted the text on it to stay readable" if fixes else ""
        return Step(ops + fixes, f"Made the background {word}{note}.")
    layers = clause.layers
    if not layers:
        raise Unsupported(f"there is no {_name(role, [])} in this design")
    ops = []
    notes = []
    button = has_words(clause.text, r"buttons?|pills?|badges?|chips?|बटन") or role == "cta"
    for layer in layers:
        if layer.get("type") == "text":
            style = layer.get("style") or {}
            if button and isinstance(style.get("background"), dict):
                text_color = readable_text_color(color, preferred=(style.get("color", "#FFFFFF"), "#FFFFFF", "#111111"))
                ops.append({"op": "update_layer", "layerId": layer["id"],
                            "changes": {"style": {"background": {"color": color}, "color": text_color}}})
                continue
            if role == "offer" and button:
                badge = ground_layer(doc, layer)
                if badge is not None and badge.get("role") == "decoration":
                    text_color = readable_text_color(color, preferred=(style.get("color", "#FFFFFF"),))
                    ops.append({"op": "update_layer", "layerId": badge["id"],
                                "changes": {"fill": paint_changes(badge.get("fill"), solid(color))}})
                    ops.append({"op": "update_layer", "layerId": layer["id"], "changes": {"style": {"color": text_color}}})
                    continue
            ratio = contrast_ratio(color, ground_color(doc, layer))
            if ratio < WCAG_AA:
                notes.append(f"{color} reads at only {ratio:.1f}:1 on its background")
            ops.append({"op": "update_layer", "layerId": layer["id"], "changes": {"style": {"color": color}}})
        elif layer.get("type") == "shape":
            ops.append({"op": "update_layer", "layerId": layer["id"],
                        "changes": {"fill": paint_changes(layer.get("fill"), solid(color))}})
            ops.extend(readable_fixes(doc, overrides={str(layer["id"]): color}))
        else:
            raise Unsupported(f"the {_name(role, layers)} is an image; its colours cannot be changed here")
    message = f"Made the {_name(role, layers)} {word}."
    if notes:
        message += f" Note: {notes[0]}."
    return Step(ops, message)


_TIMES = {"twice": 2.0, "double": 2.0, "two times": 2.0, "2x": 2.0, "three times": 3.0, "triple": 3.0, "3x": 3.0,
          "half": 0.5, "दोगुना": 2.0, "दुगना": 2.0}


def _size_factor(text: str) -> float | None:
    """How much bigger (>1) or smaller (<1) a clause asks for: "twice as big", "50% larger", "a bit smaller"."""
    lower = text.lower()
    bigger = has_words(lower, r"bigger|larger|increase|enlarge|grow|more prominent|huge|big|बड़ा|बड़ी|बड़े|बढ़ा\w*")
    smaller = has_words(lower, r"smaller|reduce|decrease|shrink|less prominent|tiny|small|छोटा|छोटी|छोटे|घटा\w*")
    if not (bigger or smaller):
        return None
    for word, factor in _TIMES.items():
        if has_words(lower, word):
            return factor if bigger or factor < 1 else 1 / factor
    percent = re.search(r"(\d{1,3})\s*%", lower)
    if percent:
        share = int(percent.group(1)) / 100
        return 1 + share if bigger else max(0.1, 1 - share)
    step = 0.12 if has_words(lower, r"a (?:little|bit)|slightly|somewhat") else \
        0.5 if has_words(lower, r"much|a lot|way|far") else 0.25
    return 1 + step if bigger else 1 / (1 + step)


def _shown_ratio(doc: dict[str, Any], ops: list[dict[str, Any]], texts: list[dict[str, Any]]) -> float:
    """How many times its size the least changed of `texts` shows at after `ops` (auto-fit applied)."""
    if not texts or not ops:
        return 1.0
    after = {str(layer.get("id")): layer for layer in walk(apply_operations(doc, ops).get("layers") or [])}
    ratios = [measure_text(after[str(layer["id"])]).font_size / max(0.1, measure_text(layer).font_size)
              for layer in texts if str(layer["id"]) in after]
    return min(ratios, key=lambda ratio: abs(ratio - 1.0), default=1.0)


def _lint_errors(doc: dict[str, Any], ops: list[dict[str, Any]]) -> bool:
    """Whether `ops`, with the refit the editor adds after every edit, leave a lint error in `doc`."""
    fixes, _notes = refit_operations(doc, ops)
    after = apply_operations(doc, [*ops, *fixes])
    return any(issue.severity == "error" for issue in lint_document(after))


def _resize(doc: dict[str, Any], clause: Clause) -> Step | None:
    factor = _size_factor(clause.text)
    if factor is None:
        return None
    _require_layers(clause, verb="resize")
    if clause.role == "background":
        raise Unsupported("the background cannot be resized")
    texts = _texts(clause.layers)
    slots = {SLOT_OF_LAYER[str(t["id"])]: factor for t in texts if str(t.get("id")) in SLOT_OF_LAYER}

    def grown(by: float) -> list[dict[str, Any]]:
        return [op for layer in clause.layers for op in (
            _resize_text(doc, layer, by) if layer.get("type") == "text" else [_resize_box(doc, layer, by)])]

    # growing in place, as far as asked or as far as the design stays clean (a headline grown over the CTA
    # is not a bigger headline); shrinking never crowds anything
    steps = (1.0, 0.75, 0.5, 0.35, 0.2, 0.1) if factor > 1 else (1.0,)
    again = relayout(doc, emphasis=slots) if slots and len(texts) == len(clause.layers) else None
    # the template laying the design out again (the rest of the copy makes room), when that stays clean ...
    clean = [again] if again is not None and not _lint_errors(doc, again) else []
    for step in steps:  # ... and the largest in-place growth that stays clean (each step grows less)
        ops = grown(1 + (factor - 1) * step)
        if not _lint_errors(doc, ops):
            clean.append(ops)
            break
    shown, ops = min(((_shown_ratio(doc, ops, texts), ops) for ops in clean or [ops]),
                     key=lambda candidate: abs(candidate[0] - factor))
    word = "bigger" if factor > 1 else "smaller"
    name = _name(clause.role, clause.layers)
    if texts and factor > 1 and shown < 1 + (factor - 1) * 0.5:
        return Step(ops, f"Made the {name} {shown:.2f}\u00d7 as big.",
                    partial=f"the {name} can grow only {shown:.2f}\u00d7 here without crowding the rest of the design; "
                            "shorten or remove something near it to make it bigger")
    return Step(ops, f"Made the {name} {word}.")


def _room(doc: dict[str, Any], layer: dict[str, Any]) -> tuple[float, float]:
    """(top, bottom) a text layer may grow into: up to the nearest visible text above and below it in its
    column, else the safe area."""
    x, y, w, h = _box(layer)
    left, top, right, bottom = _safe_box(doc)
    gap = float(doc["canvas"]["height"]) * 0.015
    upper, lower = top, bottom
    for other in walk(doc.get("layers") or []):
        if other is layer or other.get("type") != "text" or other.get("visible") is False:
            continue
        ox, oy, ow, oh = _box(other)
        if not (ox < x + w and x < ox + ow):
            continue
        if oy >= y + h - 1:
            lower = min(lower, oy - gap)
        elif oy + oh <= y + 1:
            upper = max(upper, oy + oh + gap)
    return upper, max(upper, lower)


def _pad_x(layer: dict[str, Any]) -> float:
    pill = (layer.get("style") or {}).get("background")
    return float(pill.get("paddingX", 0)) if isinstance(pill, dict) else 0.0


def _pad_y(layer: dict[str, Any]) -> float:
    pill = (layer.get("style") or {}).get("background")
    return float(pill.get("paddingY", 0)) if isinstance(pill, dict) else 0.0


def _below_in_column(doc: dict[str, Any], layer: dict[str, Any]) -> list[dict[str, Any]]:
    """The visible texts below `layer` that share its column, and the badges they sit on."""
    x, y, w, h = _box(layer)
    found = []
    for other in walk(doc.get("layers") or []):
        if other is layer or other.get("type") != "text" or other.get("visible") is False:
            continue
        ox, oy, ow, _oh = _box(other)
        if oy >= y + h - 1 and ox < x + w and x < ox + ow:
            found.append(other)
            ground = ground_layer(doc, other)
            if ground is not None and ground.get("role") == "decoration" and ground not in found:
                found.append(ground)
    return found


def _resize_text(doc: dict[str, Any], layer: dict[str, Any], factor: float) -> list[dict[str, Any]]:
    """The text set `factor` times the size it shows at (not only its auto-fit ceiling): a bigger text's box
    grows into the free room above and below it, and beyond it when it must (the re-fit moves what it meets)."""
    style = layer.get("style") or {}
    shown = measure_text(layer).font_size
    size = round(max(MIN_TEXT, shown * factor), 1)
    fit = style.get("autoFit")
    changes: dict[str, Any] = {"style": {"fontSize": size}}
    if isinstance(fit, dict):
        low = size * 0.92 if factor > 1 else min(float(fit.get("minSize", 6)), size)
        changes["style"]["autoFit"] = {"maxSize": size, "minSize": round(max(MIN_TEXT, min(low, size)), 1)}
    ops: list[dict[str, Any]] = []
    if factor > 1 and len(measure_text(layer).lines) == 1:  # a one-line text (a button) stays on one line: wider
        x, y, w, h = _box(layer)
        left, _top, right, _bottom = _safe_box(doc)
        pad = _pad_x(layer)
        wide = {**layer, "size": {"width": 100000.0, "height": 100000.0},
                "style": {key: value for key, value in {**style, "fontSize": size}.items() if key != "autoFit"}}
        need = min(right - left - 2 * pad, measure_text(wide).width * 1.06 + 4)
        if need > w:
            align = (style.get("align") or "center")
            nx = x if align == "left" else x + w - need if align == "right" else x + (w - need) / 2
            nx = min(max(nx, left + pad), right - pad - need)
            changes["position"] = {"x": round(nx, 1), "y": round(y, 1)}
            changes["size"] = {"width": round(need, 1), "height": round(h, 1)}
            layer = {**layer, "position": changes["position"], "size": changes["size"]}
    if factor > 1:
        x, y, w, h = _box(layer)
        probe = {**layer, "size": {"width": w, "height": 100000.0},
                 "style": {key: value for key, value in {**style, "fontSize": size}.items() if key != "autoFit"}}
        need = measure_text(probe).height * 1.04 + 2
        if need > h:
            upper, lower = _room(doc, layer)
            grow = need - h
            down = min(grow, max(0.0, lower - (y + h)))
            up = min(grow - down, max(0.0, y - upper))
            below = _below_in_column(doc, layer)
            _, _, _, safe_bottom = _safe_box(doc)
            lowest = max((_box(other)[1] + _box(other)[3] + _pad_y(other) for other in below), default=lower)
            push = min(grow - down - up, max(0.0, safe_bottom - lowest)) if below else 0.0
            if push > 0.5:  # what sits below moves down to make the rest of the room
                ops.extend({"op": "update_layer", "layerId": other["id"], "changes": {"position": {
                    "x": other["position"]["x"], "y": round(_box(other)[1] + push, 1)}}} for other in below)
            changes["position"] = {"x": round(x, 1), "y": round(y - up, 1)}
            changes["size"] = {"height": round(h + up + down + push, 1)}
            if isinstance(fit, dict):  # no more room: auto-fit sets it as large as the room allows
                changes["style"]["autoFit"]["minSize"] = round(min(size, max(MIN_TEXT, shown)), 1)
    return [{"op": "update_layer", "layerId": layer["id"], "changes": changes}, *ops]


def _resize_box(doc: dict[str, Any], layer: dict[str, Any], factor: float) -> dict[str, Any]:
    x, y, w, h = _box(layer)
    left, top, right, bottom = _safe_box(doc)
    nw, nh = w * factor, h * factor
    if factor > 1:
        shrink = min(1.0, (right - left) / nw, (bottom - top) / nh)
        nw, nh = nw * shrink, nh * shrink
    nx = min(max(left, x + (w - nw) / 2), right - nw)
    ny = min(max(top, y + (h - nh) / 2), bottom - nh)
    return {"op": "update_layer", "layerId": layer["id"],
            "changes": {"position": {"x": round(nx, 1), "y": round(ny, 1)},
                        "size": {"width": round(nw, 1), "height": round(nh, 1)}}}


def _obstacles(doc: dict[str, Any], moving: dict[str, Any]) -> list[Box]:
    """What a moved or added text must not land on: other texts (with their pills), pictures, and the badges
    texts sit on (a disc behind an offer)."""
    area = float(doc["canvas"]["width"]) * float(doc["canvas"]["height"])
    boxes = []
    for other in walk(doc.get("layers") or []):
        if other is moving or other.get("visible") is False or "position" not in other:
            continue
        x, y, w, h = _box(other)
        if other.get("type") == "text" and str(other.get("text", "")).strip():
            px, py = _pad_x(other), _pad_y(other)
            boxes.append(Box(x - px, y - py, w + 2 * px, h + 2 * py))
        elif other.get("role") in ("product", "logo") and other.get("type") == "image":
            boxes.append(Box(x, y, w, h))
        elif other.get("role") == "decoration" and w * h < BADGE_SHARE * area and _under_text(doc, other):
            boxes.append(Box(x, y, w, h))
    return boxes


def _make_way(doc: dict[str, Any], layer: dict[str, Any], x: float, y: float, w: float, h: float, *, towards: str,
              bounds: tuple[float, float, float, float]) -> list[dict[str, Any]] | None:
    """Operations moving the badge (a disc and the text on it) the text would land on away from the edge it is
    moved to, a little smaller (down to 70%) when the room beyond it is short; None when that cannot clear the
    spot."""
    if towards not in ("top", "bottom"):
        return None
    px, py = _pad_x(layer), _pad_y(layer)
    spot = Box(x - px, y - py, w + 2 * px, h + 2 * py)
    area = float(doc["canvas"]["width"]) * float(doc["canvas"]["height"])
    gap = 0.02 * float(doc["canvas"]["height"])
    left, top, right, bottom = bounds
    others = [o for o in walk(doc.get("layers") or []) if o is not layer and o.get("visible") is not False]
    badges = [b for b in others if b.get("role") == "decoration" and _box(b)[2] * _box(b)[3] < BADGE_SHARE * area
              and _under_text(doc, b) and _overlaps(spot, b)]
    if len(badges) != 1:
        return None
    badge = badges[0]
    bx, by, bw, bh = _box(badge)
    riders = [t for t in others if t.get("type") == "text" and ground_layer(doc, t) is badge]
    column = [b for b in _obstacles(doc, layer) if b.x < bx + bw and bx < b.right
              and not any(abs(b.x - _box(m)[0] + _pad_x(m)) < 0.6 and abs(b.y - _box(m)[1] + _pad_y(m)) < 0.6
                          for m in [badge, *riders])]
    if towards == "bottom":
        limit = max([top, *(b.bottom + gap for b in column if b.bottom <= by + bh and b.y < spot.y)])
        room = spot.y - gap - limit
    else:
        limit = min([bottom, *(b.y - gap for b in column if b.y >= by and b.bottom > spot.bottom)])
        room = limit - (spot.bottom + gap)
    if room < 0.7 * bh:
        return None
    scale = min(1.0, room / bh)
    new_h, new_w = bh * scale, bw * scale
    new_y = spot.y - gap - new_h if towards == "bottom" else spot.bottom + gap
    new_x = bx + (bw - new_w) / 2
    ops: list[dict[str, Any]] = [{"op": "update_layer", "layerId": badge["id"], "changes": {
        "position": {"x": round(new_x, 1), "y": round(new_y, 1)},
        "size": {"width": round(new_w, 1), "height": round(new_h, 1)}}}]
    for rider in riders:
        rx, ry, rw, rh = _box(rider)
        changes: dict[str, Any] = {"position": {"x": round(new_x + (rx - bx) * scale, 1),
                                                "y": round(new_y + (ry - by) * scale, 1)},
                                   "size": {"width": round(rw * scale, 1), "height": round(rh * scale, 1)}}
        style = rider.get("style") or {}
        if scale < 1:
            changes["style"] = {"fontSize": round(float(style.get("fontSize", 24)) * scale, 1)}
            fit = style.get("autoFit")
            if isinstance(fit, dict):
                changes["style"]["autoFit"] = {key: round(float(fit[key]) * scale, 1) for key in ("minSize", "maxSize")
                                               if key in fit}
        ops.append({"op": "update_layer", "layerId": rider["id"], "changes": changes})
    return ops


def _ninth(doc: dict[str, Any], x: float, y: float, w: float, h: float) -> tuple[int, int]:
    """(column, row) of the canvas ninth a box's centre falls in."""
    width, height = float(doc["canvas"]["width"]), float(doc["canvas"]["height"])
    return min(2, int(3 * (x + w / 2) / width)), min(2, int(3 * (y + h / 2) / height))


def _clear_spot(doc: dict[str, Any], layer: dict[str, Any], x: float, y: float, w: float, h: float, *,
                bounds: tuple[float, float, float, float]) -> tuple[float, float]:
    """(x, y) nearest the asked one where the text (pill included) lands on nothing else, inside `bounds`;
    the asked one when nothing nearby is free (the re-fit then moves the others)."""
    px, py = _pad_x(layer), _pad_y(layer)
    left, top, right, bottom = bounds
    blocked = _obstacles(doc, layer)

    def free(cx: float, cy: float) -> bool:
        box = Box(cx - px, cy - py, w + 2 * px, h + 2 * py)
        return not any(box.x < b.right and b.x < box.right and box.y < b.bottom and b.y < box.bottom for b in blocked)

    if free(x, y):
        return x, y
    step = max(4.0, 0.015 * float(doc["canvas"]["height"]))
    reach = 0.35 * float(doc["canvas"]["height"])
    offsets = sorted(((dx * step, dy * step) for dx in range(-int(reach / step), int(reach / step) + 1)
                      for dy in range(-int(reach / step), int(reach / step) + 1)), key=lambda d: abs(d[0]) + abs(d[1]))
    for dx, dy in offsets:
        cx, cy = x + dx, y + dy
        if left + px <= cx and cx + w + px <= right and top + py <= cy and cy + h + py <= bottom and free(cx, cy):
            return cx, cy
    return x, y


def _label_above(doc: dict[str, Any], layer: dict[str, Any]) -> dict[str, Any] | None:
    """The eyebrow set right above a headline (it travels with it)."""
    x, y, w, h = _box(layer)
    near = float(doc["canvas"]["height"]) * 0.08
    for other in walk(doc.get("layers") or []):
        if other.get("role") != "eyebrow" or other.get("type") != "text" or other.get("visible") is False:
            continue
        ox, oy, ow, oh = _box(other)
        if 0 <= y - (oy + oh) <= near and ox < x + w and x < ox + ow:
            return other
    return None


SIDE_COLUMN = 0.55  # of the content width: a text moved to a side that spans more is set in a column this wide


def _side_column(layer: dict[str, Any], w: float, h: float, *, room: tuple[float, float],
                 align: str) -> tuple[float, float, dict[str, Any]]:
    """A text moved to a side: as wide as its words need, at most a side column (a wide headline re-wraps
    there, set smaller as needed), aligned to that side."""
    measure = measure_text(layer)
    needed = measure.width * 1.08 + 2
    width = min(w, needed)
    if width > SIDE_COLUMN * room[0] + 1:
        width = SIDE_COLUMN * room[0]
    changes: dict[str, Any] = {}
    if width < w - 0.5:
        # the re-wrapped text keeps its box height: auto-fit sets it smaller to keep the column compact
        height = min(room[1], h)
        w, h = round(width, 1), round(height, 1)
        changes["size"] = {"width": w, "height": h}
        fit = (layer.get("style") or {}).get("autoFit")
        if isinstance(fit, dict):
            changes["style"] = {"autoFit": {"minSize": round(min(float(fit.get("minSize", 6)),
                                                                 0.5 * float(fit.get("maxSize", 32))), 1)}}
    if not isinstance((layer.get("style") or {}).get("background"), dict):
        changes.setdefault("style", {})["align"] = align
    return w, h, changes


def _move(doc: dict[str, Any], clause: Clause) -> Step | None:
    text = clause.text.lower()
    align = re.search(r"\b(?:align|aligned|justify|justified)\b.*?\b(left|right|center|centre)\b", text) or \
        re.search(r"\b(left|right|center|centre)[\s-](?:align|aligned|justify|justified)\b", text)
    centre_words = has_words(text, r"cent(?:er|re)(?:ed)?|middle")
    moving = has_words(text, r"move|put|place|position|shift|push|bring|send|to the top|to the bottom")
    if not (align or moving or (centre_words and clause.role not in (None, "background"))):
        return None
    _require_layers(clause, verb="move")
    if clause.role == "background":
        raise Unsupported("the background cannot be moved")
    if moving and not align and not centre_words:
        sides_swapped = _image_to_the_text_side(doc, clause, text)
        if sides_swapped is not None:
            return sides_swapped
    if align or (centre_words and not moving):
        value = "center" if (align is None or align.group(1) in ("center", "centre")) else align.group(1)
        texts = _texts(clause.layers)
        if texts:
            ops = [{"op": "update_layer", "layerId": t["id"], "changes": {"style": {"align": value}}} for t in texts]
            return Step(ops, f"Aligned the {_name(clause.role, texts)} {value}.")
    ops = []
    short_of = False
    left, top, right, bottom = _safe_box(doc)
    step_y = float(doc["canvas"]["height"]) * 0.06
    for layer in clause.layers:
        x, y, w, h = _box(layer)
        size_change: dict[str, Any] = {}
        if layer.get("type") == "text" and has_words(text, r"left|right"):
            w, h, size_change = _side_column(layer, w, h, room=(right - left, bottom - top),
                                             align="left" if has_words(text, r"left") else "right")
        nx, ny = x, y
        if has_words(text, r"top"):
            ny = top
        elif has_words(text, r"bottom"):
            ny = bottom - h
        elif has_words(text, r"up|higher"):
            ny = max(top, y - step_y)
        elif has_words(text, r"down|lower"):
            ny = min(bottom - h, y + step_y)
        if has_words(text, r"left"):
            nx = left
        elif has_words(text, r"right"):
            nx = right - w
        if centre_words:
            if not has_words(text, r"top|bottom|up|down"):
                ny = top + (bottom - top - h) / 2 if has_words(text, r"middle|vertically") or not has_words(text, r"left|right") else ny
            if not has_words(text, r"left|right"):
                nx = left + (right - left - w) / 2
        if (nx, ny) == (x, y) and not size_change:
            raise Unsupported("it does not say where to move it")
        if layer.get("type") == "text" and layer.get("role") != "headline":
            vertical = "bottom" if has_words(text, r"bottom|down|lower") else "top" if has_words(text, r"top|up|higher") \
                else ""
            make_way = _make_way(doc, layer, nx, ny, w, h, towards=vertical, bounds=(left, top, right, bottom))
            if make_way is not None:
                ops.extend(make_way)  # the badge in that corner moves up (or down) to make room
            else:
                asked = (nx, ny)
                nx, ny = _clear_spot(doc, layer, nx, ny, w, h, bounds=(left, top, right, bottom))
                if (nx, ny) != asked and _ninth(doc, nx, ny, w, h) != _ninth(doc, *asked, w, h):
                    short_of = True
        label = _label_above(doc, layer) if layer.get("role") == "headline" else None
        if label is not None:  # the eyebrow over a headline stays over it
            lx, ly, lw, lh = _box(label)
            gap = y - (ly + lh)
            ny = max(ny, top + lh + gap)
            label_changes: dict[str, Any] = {"position": {"x": round(nx if lw >= w - 1 else nx + (lx - x), 1),
                                                          "y": round(ny - gap - lh, 1)}}
            if "size" in size_change and "width" in size_change["size"]:
                label_changes["position"]["x"] = round(nx, 1)
                label_changes["size"] = {"width": size_change["size"]["width"]}
            if "align" in size_change.get("style", {}):
                label_changes["style"] = {"align": size_change["style"]["align"]}
            ops.append({"op": "update_layer", "layerId": label["id"], "changes": label_changes})
        ops.append({"op": "update_layer", "layerId": layer["id"],
                    "changes": {"position": {"x": round(nx, 1), "y": round(ny, 1)}, **size_change}})
    where = " ".join(w for w in ("top", "bottom", "left", "right", "up", "down", "centre") if has_words(text, w) or
                     (w == "centre" and centre_words))
    name = _name(clause.role, clause.layers)
    if short_of:
        return Step(ops, f"Moved the {name} as near the {where} as it fits.".replace("  ", " "),
                    partial=f"the {name} does not fit at the {where} without covering another element; it sits as "
                            "near as it fits (move or remove what is there first)")
    return Step(ops, f"Moved the {name} {where}.".replace("  ", " "))


BADGE_SHARE = 0.12  # a shape under text smaller than this share of the canvas is a badge, not a panel


def _badges(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """Small filled shapes text sits on (a disc behind an offer): a minimal look drops them, the text keeps
    the badge's colour where it reads."""
    area = float(doc["canvas"]["width"]) * float(doc["canvas"]["height"])
    return [layer for layer in walk(doc.get("layers") or []) if layer.get("role") == "decoration"
            and _under_text(doc, layer) and _box(layer)[2] * _box(layer)[3] < BADGE_SHARE * area]


def _minimal(doc: dict[str, Any], clause: Clause) -> Step | None:
    if not has_words(clause.text, r"(?:more )?minimal(?:ist)?|simpler|simplify|cleaner|clean it up|clean up|declutter|less busy|less cluttered"):
        return None
    decorations = [layer for layer in walk(doc.get("layers") or []) if layer.get("role") == "decoration"
                   and not _under_text(doc, layer)]
    badges = _badges(doc)
    ops: list[dict[str, Any]] = [{"op": "remove_layer", "layerId": layer["id"]} for layer in decorations + badges]
    if badges:
        gone = {id(layer) for layer in decorations + badges}
        plain = {**doc, "layers": [layer for layer in doc.get("layers") or [] if id(layer) not in gone]}
        for badge in badges:
            for text in walk(doc.get("layers") or []):
                if text.get("type") != "text" or ground_layer(doc, text) is not badge:
                    continue
                ground = ground_color(plain, text)
                wish = paint_color(badge.get("fill")) or "#111111"
                colour = readable_text_color(ground, preferred=(wish, str((text.get("style") or {}).get("color"))),
                                             minimum=WCAG_AA + 0.3)
                ops.append({"op": "update_layer", "layerId": text["id"], "changes": {"style": {"color": colour}}})
    for layer in walk(doc.get("layers") or []):
        style = layer.get("style") or {}
        if layer.get("type") == "text" and (style.get("shadow") or style.get("stroke")):
            ops.append({"op": "update_layer", "layerId": layer["id"], "changes": {"style": {"shadow": None, "stroke": None}}})
    if not ops:
        raise Unsupported("the design is already as minimal as the local editor can make it")
    count = len(decorations) + len(badges)
    return Step(ops, f"Removed {count} decorative element{'s' if count != 1 else ''} for a cleaner, more minimal look"
                + (", the text on a badge set in its colour instead." if badges else "."))


def _brand(doc: dict[str, Any], clause: Clause) -> Step | None:
    if not has_words(clause.text, r"brand(?:ing)?|on-brand|brand kit"):
        return None
    brand = doc.get("brand") or {}
    want_fonts = has_words(clause.text, r"fonts?|typefaces?|typography")
    want_colors = has_words(clause.text, r"colou?rs?|palette")
    if not (want_fonts or want_colors):
        want_fonts = want_colors = True
    ops: list[dict[str, Any]] = []
    done = []
    if want_colors:
        if (brand.get("colors") or {}):
            ops.extend(brand_color_operations(doc, brand))
            done.append("brand colours")
        elif not want_fonts:
            raise Unsupported("the design has no brand colours to apply")
    if want_fonts:
        font_ops = brand_font_operations(doc, brand)
        if font_ops:
            ops.extend(font_ops)
            done.append("brand fonts")
        elif not want_colors:
            raise Unsupported("the design has no brand fonts to apply")
    logo = brand.get("logoAssetId")
    whole_kit = not (want_fonts ^ want_colors)
    note = ""
    if logo and whole_kit and not any(layer.get("role") == "logo" for layer in walk(doc.get("layers") or [])):
        box = _free_logo_box(doc)
        if box is None:
            note = " The logo was left out: no corner of the design is free of text."
        else:
            ops.append({"op": "add_layer", "layer": {
                "id": "layer_logo", "type": "image", "name": "Logo", "role": "logo", "assetId": logo, "fit": "contain",
                "position": {"x": round(box.x, 1), "y": round(box.y, 1)},
                "size": {"width": round(box.w, 1), "height": round(box.h, 1)}}})
            done.append("the brand logo")
    if not ops:
        raise Unsupported("the design has no brand kit to apply")
    return Step(ops, f"Applied the {' and '.join(done)}.{note}")


_MOODS = (r"dark|light|pastel|neon|festive|luxury|luxurious|premium|playful|fun|bold|fresh|corporate|warm|cool|"
          r"retro|elegant|darker|lighter|warmer|cooler|डार्क|लाइट")
_THEME = re.compile(rf"(?<![a-z])({_MOODS})(?:\s+and\s+\w+)?\s*(?:theme|mode|palette|look|colou?rs|"
                    rf"colou?r scheme|style|vibe)|(?<![a-z])(?:make it|make the design|make this|go|more|"
                    rf"theme to|mode to|theme|थीम को|थीम)\s+(?:more\s+|a bit\s+)?({_MOODS})(?![a-z])")
_THEME_WORDS = {"light": "minimal", "lighter": "minimal", "darker": "dark", "luxurious": "luxury", "warmer": "warm",
                "cooler": "cool", "fun": "playful", "elegant": "luxury", "डार्क": "dark", "लाइट": "minimal"}


def _theme(doc: dict[str, Any], clause: Clause) -> Step | None:
    match = _THEME.search(clause.text.lower())
    if match is None:
        return None
    word = match.group(1) or match.group(2)
    palette = palette_from_theme((_THEME_WORDS.get(word, word),))
    variant = 1 if word in ("light", "lighter", "लाइट") and palette.dark else 0
    return Step(palette_operations(doc, palette, variant=variant),
                f"Repainted the design in a {word} palette ({palette.name.replace('_', ' ')}), text kept readable.")


def _font(doc: dict[str, Any], clause: Clause) -> Step | None:
    families = default_font_library().families()
    lower = clause.text.lower()
    family = next((f for f in sorted(families, key=len, reverse=True) if f.lower() in lower), None)
    if family is None:
        if has_words(lower, r"font|typeface") and has_words(lower, r"change|use|switch|set"):
            raise Unsupported("that font is not available; shipped fonts are " + ", ".join(families))
        return None
    targets = _texts(clause.layers) if clause.role not in (None, "text") else _texts(list(walk(doc.get("layers") or [])))
    if not targets:
        raise Unsupported("there is no text to set in that font")
    ops = [{"op": "update_layer", "layerId": t["id"], "changes": {"style": {"fontFamily": family}}} for t in targets]
    return Step(ops, f"Set the {_name(clause.role or 'text', targets)} in {family}.")


def _case_and_weight(doc: dict[str, Any], clause: Clause) -> Step | None:
    text = clause.text.lower()
    transform = ("uppercase" if has_words(text, r"upper ?case|all caps|capitals|caps") else
                 "lowercase" if has_words(text, r"lower ?case") else
                 "none" if has_words(text, r"normal case|sentence case|no caps") else None)
    weight_delta = 200 if has_words(text, r"bold|bolder|heavier|thicker") else -200 if has_words(text, r"lighter|thinner|less bold") else 0
    if transform is None and not weight_delta:
        return None
    targets = _texts(clause.layers)
    if not targets:
        raise Unsupported("it does not say which text to restyle")
    ops = []
    for layer in targets:
        style: dict[str, Any] = {}
        if transform is not None:
            style["textTransform"] = transform
        if weight_delta:
            current = int((layer.get("style") or {}).get("fontWeight", 400))
            style["fontWeight"] = max(100, min(900, current + weight_delta))
        ops.append({"op": "update_layer", "layerId": layer["id"], "changes": {"style": style}})
    what = transform if transform is not None else ("bolder" if weight_delta > 0 else "lighter")
    return Step(ops, f"Made the {_name(clause.role, targets)} {what}.")


def _translate(doc: dict[str, Any], clause: Clause) -> Step | None:
    if not has_words(clause.text, r"translate|translation|in (?:hindi|arabic|english|french|spanish|german|tamil)"):
        return None
    raise Unsupported("translation needs a hosted provider (set RADICPRO_AI_EDIT_PROVIDER); the offline editor "
                      "does not translate. Quote the words to use instead, e.g. change the headline to \"...\"")


def _line_spacing(doc: dict[str, Any], clause: Clause) -> Step | None:
    text = clause.text.lower()
    if not has_words(text, r"line spacing|line height|leading|space between (?:the )?lines|lines? closer"):
        return None
    factor = 0.85 if has_words(text, r"less|tighter|reduce|closer|smaller") else 1.2
    targets = _texts(clause.layers) if clause.role not in (None, "text") else _texts(list(walk(doc.get("layers") or [])))
    if not targets:
        raise Unsupported("it does not say which text to space")
    ops = [{"op": "update_layer", "layerId": t["id"], "changes": {"style": {"lineHeight": round(
        min(3.0, max(0.8, float((t.get("style") or {}).get("lineHeight", 1.2)) * factor)), 2)}}} for t in targets]
    return Step(ops, f"{'Tightened' if factor < 1 else 'Opened up'} the line spacing of the {_name(clause.role or 'text', targets)}.")


_FILLER = {"a", "an", "the", "at", "on", "for", "with", "of", "and", "to", "in", "our", "your", "all", "now", "new"}


def shorten(text: str) -> str:
    """A shorter wording of `text`: its first part (before ':', ' - ', '|', ','), else without filler words,
    else its first words; numbers are kept."""
    for separator in (":", " - ", " – ", "|", ","):
        if separator in text and text.split(separator)[0].strip():
            return text.split(separator)[0].strip()
    words = text.split()
    kept = [w for w in words if w.lower().strip(".,!") not in _FILLER or any(c.isdigit() for c in w)]
    if 0 < len(kept) < len(words):
        return " ".join(kept)
    keep = max(1, (len(words) * 2) // 3)
    return " ".join(words[:keep])


def _shorter(doc: dict[str, Any], clause: Clause) -> Step | None:
    if not has_words(clause.text, r"shorter|shorten|more concise|fewer words|less text|trim"):
        return None
    targets = _texts(clause.layers)
    if not targets:
        raise Unsupported("it does not say which text to shorten")
    ops = []
    for layer in targets:
        new = shorten(str(layer.get("text", "")))
        if new and new != layer.get("text"):
            ops.append({"op": "update_layer", "layerId": layer["id"], "changes": {"text": new}})
    if not ops:
        raise Unsupported(f"the {_name(clause.role, targets)} is already as short as it can be without losing words")
    return Step(ops, f"Shortened the {_name(clause.role, targets)} to \u201c{ops[0]['changes']['text']}\u201d.")


_ADD = re.compile(r"^(?:please\s+)?(?:add|include|insert|put in|show)\s+(?:a\s+|an\s+|the\s+)?(?:(date|time|price|"
                  r"text|line|note|badge|label|tag|button|cta|call to action|website|url|phone|handle)\b)?\s*"
                  r"(?:saying|that says|with|reading|of|:)?\s*(.*)$", re.IGNORECASE)


def _add_text(doc: dict[str, Any], clause: Clause) -> Step | None:
    match = _ADD.match(clause.text.strip())
    if match is None or (not match.group(1) and not clause.quotes):
        return None
    kind = (match.group(1) or "text").lower()
    words = clause.quotes[-1] if clause.quotes else match.group(2).strip()
    if not words:
        raise Unsupported(f"it does not say what the {kind} should say")
    button = kind in ("button", "cta", "call to action")
    left, top, right, bottom = _safe_box(doc)
    height = float(doc["canvas"]["height"]) * (0.07 if button else 0.06)
    width = (right - left) * (0.45 if button or kind in ("badge", "label", "tag") else 1.0)
    busy = _obstacles(doc, {})  # texts with their pills, pictures and the badges texts sit on
    spot = None
    for w in dict.fromkeys((width, (right - left) * 0.45, (right - left) * 0.3)):
        for step in range(40):
            for y in (bottom - height - step * height / 2, top + step * height / 2):
                for x in (left + (right - left - w) / 2, left, right - w):
                    box = Box(x, y, w, height)
                    if top <= y <= bottom - height and not any(box.x < b.right and b.x < box.right and box.y < b.bottom
                                                               and b.y < box.bottom for b in busy):
                        spot = box
                        break
                if spot is not None:
                    break
            if spot is not None:
                break
        if spot is not None:
            break
    if spot is None:
        raise Unsupported(f"there is no free space for the {kind}; remove or shrink something first")
    body = next((t for t in walk(doc.get("layers") or []) if t.get("role") in ("subhead", "body", "headline")
                 and t.get("type") == "text"), None)
    base_style = dict((body or {}).get("style") or {})
    color = str(base_style.get("color", "#111111"))
    size = round(height / 1.3 * (0.6 if button else 1), 1)
    style: dict[str, Any] = {"fontFamily": base_style.get("fontFamily", "Inter"), "fontWeight": 700 if button else 600,
                             "fontSize": size, "autoFit": {"minSize": 6, "maxSize": size},
                             "color": color, "align": "center", "verticalAlign": "middle", "lineHeight": 1.2}
    if button or kind in ("badge", "label", "tag"):
        fill = next((str(((t.get("style") or {}).get("background") or {}).get("color")) for t in walk(doc.get("layers") or [])
                     if isinstance((t.get("style") or {}).get("background"), dict)), "#E63946")
        style["background"] = {"color": fill, "paddingX": round(height * 0.3, 1), "paddingY": round(height * 0.12, 1),
                               "radius": 999}
        style["color"] = readable_text_color(fill, preferred=("#FFFFFF", "#111111"))
        spot = Box(spot.x + height * 0.3, spot.y + height * 0.12, spot.w - height * 0.6, spot.h - height * 0.24)
    ids = {str(layer.get("id")) for layer in walk(doc.get("layers") or [])}
    layer_id = next(f"layer_added_{kind.replace(' ', '_')}_{n}" for n in range(1, 1000)
                    if f"layer_added_{kind.replace(' ', '_')}_{n}" not in ids)
    role = "cta" if button else "body"
    layer = {"id": layer_id, "type": "text", "name": kind.capitalize(), "role": role, "text": words,
             "position": {"x": round(spot.x, 1), "y": round(spot.y, 1)},
             "size": {"width": round(spot.w, 1), "height": round(spot.h, 1)}, "style": style}
    return Step([{"op": "add_layer", "layer": layer}], f"Added the {kind} \u201c{words}\u201d.")


_ASSET = re.compile(r"\basset_[A-Za-z0-9]{6,40}\b")


def _swap_image(doc: dict[str, Any], clause: Clause) -> Step | None:
    """An uploaded asset ("use asset_... as the image") or another subject from the illustration set ("swap the
    image for a coffee cup", "show a bicycle instead") in the product image."""
    text = clause.text
    asset = _ASSET.search(text)
    swap = has_words(text, r"swap|replace|change|use|show|draw")
    instead = has_words(text, r"instead") and has_words(text, r"show|use|draw|put|swap|have")
    if asset is None and not ((swap and clause.role == "product") or (instead and find_target(text) is None)):
        return None
    images = [layer for layer in clause.layers if layer.get("type") == "image"] if clause.role == "product" else \
        [layer for layer in walk(doc.get("layers") or []) if layer.get("role") == "product" and layer.get("type") == "image"]
    if asset is None:
        return _swap_subject(doc, clause, images)
    if not images:
        raise Unsupported("there is no image in this design to put the asset in")
    ops = [{"op": "update_layer", "layerId": layer["id"], "changes": {"assetId": asset.group(0), "smartAssetId": None}}
           for layer in images]
    return Step(ops, f"Put {asset.group(0)} in the {_name('product', images)}.")


def _swap_subject(doc: dict[str, Any], clause: Clause, images: list[dict[str, Any]]) -> Step | None:
    text = clause.text
    if find_color(subject_phrase(text)) or not asks_for_subject(text):
        return None  # "change the image to the left", "make the picture red" are other handlers'
    phrase = subject_phrase(text)
    if not images:
        raise Unsupported(f"there is no image in this design to show {phrase} in")
    subject = named_subject(text)
    if subject is None:
        raise Unsupported(f"the illustration set has no \u201c{phrase}\u201d to draw; name another subject "
                          "(a coffee cup, a bicycle, a cake ...) or upload a photo and say \"use asset_... as the "
                          "image\"")
    label = subject_label(phrase, subject)
    return Step(swap_operations(doc, images, subject, label),
                f"Swapped the {_name('product', images)} for {label} from the illustration set "
                f"(subject \u201c{subject.id}\u201d, drawn in the design's style and colours).")


def _swap_places(doc: dict[str, Any], clause: Clause) -> Step | None:
    if not has_words(clause.text, r"swap|switch|flip|mirror|exchange"):
        return None
    if not has_words(clause.text, r"flip|mirror") and (_THEME.search(clause.text.lower()) or not has_words(
            clause.text, r"with|places|sides|around|positions|image|picture|photo|text")):
        return None  # "switch to a dark theme" is a theme
    product = _shown_product(doc)
    if product is None:
        raise Unsupported("there is no image in this design to swap with the text")
    px, _py, pw, _ph = _box(product)
    width = float(doc["canvas"]["width"])
    horizontal = abs(px + pw / 2 - width / 2) > 0.1 * width
    return Step(_mirrored(doc, horizontal=horizontal),
                "Swapped the image and the text " + ("left for right." if horizontal else "top for bottom."))


def _placed(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [layer for layer in walk(doc.get("layers") or []) if layer.get("role") != "background" and "position" in layer]


def _shown_product(doc: dict[str, Any]) -> dict[str, Any] | None:
    return next((layer for layer in _placed(doc) if layer.get("role") == "product" and layer.get("visible") is not False),
                None)


def _mirrored(doc: dict[str, Any], *, horizontal: bool) -> list[dict[str, Any]]:
    """Every element mirrored left for right (or top for bottom): the image and the text change sides."""
    width = float(doc["canvas"]["width"])
    height = float(doc["canvas"]["height"])
    ops = []
    for layer in _placed(doc):
        x, y, w, h = _box(layer)
        changes: dict[str, Any] = {"position": {"x": round(width - x - w, 1), "y": y} if horizontal
                                   else {"x": x, "y": round(height - y - h, 1)}}
        align = (layer.get("style") or {}).get("align")
        if horizontal and align in ("left", "right"):
            changes["style"] = {"align": "right" if align == "left" else "left"}
        ops.append({"op": "update_layer", "layerId": layer["id"], "changes": changes})
    return ops


def _image_to_the_text_side(doc: dict[str, Any], clause: Clause, text: str) -> Step | None:
    """"Put the image on the left" where the text stands on the left: the two change sides (the whole layout
    mirrored), as a designer would, rather than the image sliding under the text."""
    sides = [side for side in ("left", "right", "top", "bottom") if has_words(text, side)]
    product = _shown_product(doc)
    if clause.role != "product" or len(sides) != 1 or product is None or product not in clause.layers:
        return None
    side = sides[0]
    horizontal = side in ("left", "right")
    x, y, w, h = _box(product)
    extent = float(doc["canvas"]["width" if horizontal else "height"])
    centre = (x + w / 2 if horizontal else y + h / 2) / extent
    if (side in ("left", "top") and centre <= 0.6) or (side in ("right", "bottom") and centre >= 0.4):
        return None  # already on that side (or across the middle): a plain move
    mirrored = Box(extent - x - w, y, w, h) if horizontal else Box(x, extent - y - h, w, h)
    if not any(_overlaps(mirrored, layer) for layer in _texts(_placed(doc))):
        return None  # the side is free: the image just moves there
    where = f"on the {side}" if horizontal else f"at the {side}"
    other = {"left": "right", "right": "left", "top": "bottom", "bottom": "top"}[side]
    return Step(_mirrored(doc, horizontal=horizontal),
                f"Put the image {where} and the text on the {other}: they changed sides, so the image does not "
                "cover the text.")


HANDLERS: tuple[Callable[[dict[str, Any], Clause], Step | None], ...] = (
    _translate, _swap_image, _swap_places, _add_text, _brand, _remove, _theme, _minimal, _line_spacing, _shorter,
    _recolor, _font, _case_and_weight, _resize, _move, _change_text,
)
