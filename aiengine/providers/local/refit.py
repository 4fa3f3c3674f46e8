"""Re-fit a design after an edit: what the edit moved, grew or recoloured stays inside the safe area, fits its
box, overlaps no other text and stays readable (the lint's checks, fixed the way a designer would)."""

from __future__ import annotations

from typing import Any

from aiengine.creative.colors import (
    PILL_VISIBLE,
    WCAG_AA,
    contrast_ratio,
    ensure_contrast,
    readable_text_color,
    relative_luminance,
)
from aiengine.creative.lint.repairs import show_button
from aiengine.providers.local.restyle import (
    ground_color,
    ground_key,
    ground_layer,
    paint_changes,
    solid,
    surface_color,
)
from aiengine.providers.local.targets import walk
from documents import apply_operations, get_format
from rendering import measure_text

MIN_FONT = 6
READABLE = WCAG_AA + 0.3
LIGHT_GROUND, DARK_GROUND = "#FFFFFF", "#111111"


def _box(layer: dict[str, Any]) -> tuple[float, float, float, float]:
    pos, size = layer["position"], layer["size"]
    return float(pos["x"]), float(pos["y"]), float(size["width"]), float(size["height"])


def _pad(layer: dict[str, Any]) -> tuple[float, float]:
    pill = (layer.get("style") or {}).get("background")
    if isinstance(pill, dict):
        return float(pill.get("paddingX", 0)), float(pill.get("paddingY", 0))
    return 0.0, 0.0


def safe_area(doc: dict[str, Any]) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) inside the format's safe area, at least 5% of the shorter side in."""
    canvas = doc["canvas"]
    width, height = float(canvas["width"]), float(canvas["height"])
    margin = 0.05 * min(width, height)
    fmt = get_format(str((doc.get("meta") or {}).get("format", "")))
    top = right = bottom = left = 0.0
    if fmt is not None and (fmt.width, fmt.height) == (int(width), int(height)):
        inset = fmt.safe_area
        top, right, bottom, left = inset.top, inset.right, inset.bottom, inset.left
    top, right, bottom, left = (max(v, margin) for v in (top, right, bottom, left))
    return left, top, width - right, height - bottom


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def _texts(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [layer for layer in walk(doc.get("layers") or []) if layer.get("type") == "text"
            and layer.get("visible") is not False and str(layer.get("text", "")).strip()]


def _outer(layer: dict[str, Any]) -> tuple[float, float, float, float]:
    x, y, w, h = _box(layer)
    px, py = _pad(layer)
    return x - px, y - py, w + 2 * px, h + 2 * py


def _clamp(doc: dict[str, Any], layer: dict[str, Any]) -> dict[str, Any] | None:
    """The layer's box moved (and if need be shrunk) inside the safe area, or None when it is inside."""
    left, top, right, bottom = safe_area(doc)
    x, y, w, h = _box(layer)
    px, py = _pad(layer) if layer.get("type") == "text" else (0.0, 0.0)
    w = min(w, right - left - 2 * px)
    h = min(h, bottom - top - 2 * py)
    nx = min(max(x, left + px), right - px - w)
    ny = min(max(y, top + py), bottom - py - h)
    if (round(nx, 1), round(ny, 1), round(w, 1), round(h, 1)) == tuple(round(v, 1) for v in _box(layer)):
        return None
    return {"position": {"x": round(nx, 1), "y": round(ny, 1)}, "size": {"width": round(w, 1), "height": round(h, 1)}}


def _free_spot(doc: dict[str, Any], layer: dict[str, Any], others: list[dict[str, Any]]) -> float | None:
    """A y for `layer` (same x and size) where it overlaps none of `others`, nearest its current y."""
    left, top, right, bottom = safe_area(doc)
    x, y, w, h = _outer(layer)
    _, py = _pad(layer)
    step = max(4.0, (bottom - top) / 80)
    candidates = sorted((top + i * step for i in range(int((bottom - top - h) / step) + 1)), key=lambda v: abs(v - y))
    for candidate in candidates:
        if not any(_overlaps((x, candidate, w, h), _outer(other)) for other in others):
            return candidate + py
    return None


def _shrink_to_fit(layer: dict[str, Any]) -> dict[str, Any] | None:
    if not measure_text(layer).overflows:
        return None
    style = layer.get("style") or {}
    size = float(style.get("fontSize", 32))
    fit = style.get("autoFit") if isinstance(style.get("autoFit"), dict) else {}
    return {"style": {"autoFit": {"minSize": MIN_FONT, "maxSize": round(float(fit.get("maxSize", size)), 1)}}}


def refit(before: dict[str, Any], after: dict[str, Any], *, touched: set[str], recoloured: set[str]
          ) -> tuple[list[dict[str, Any]], list[str]]:
    """Operations (on `after`) that keep the lint passing for the layers an edit `touched`, and notes for the
    explanation. Text whose colour the user chose (`recoloured`) keeps it: its ground changes instead."""
    ops: list[dict[str, Any]] = []
    notes: list[str] = []
    doc = after

    def push(layer_id: str, changes: dict[str, Any]) -> None:
        nonlocal doc
        operation = {"op": "update_layer", "layerId": layer_id, "changes": changes}
        doc = apply_operations(doc, [operation])
        ops.append(operation)

    by_id = {str(layer.get("id")): layer for layer in walk(doc.get("layers") or [])}
    for layer_id in sorted(touched):
        layer = by_id.get(layer_id)
        if layer is None or layer.get("visible") is False or layer.get("type") not in ("text", "image"):
            continue
        changes = _clamp(doc, layer)
        if changes is not None:
            push(layer_id, changes)
            notes.append("kept it inside the safe area")
    old_boxes = {str(layer.get("id")): _box(layer) for layer in walk(before.get("layers") or []) if "position" in layer}
    for layer_id in sorted(touched):
        texts = _texts(doc)
        moved = next((t for t in texts if str(t.get("id")) == layer_id), None)
        if moved is None:
            continue
        for other in [t for t in texts if t is not moved and _overlaps(_outer(moved), _outer(t))]:
            rest = [t for t in _texts(doc) if str(t.get("id")) != str(other.get("id"))]
            spot = _free_spot(doc, other, rest)
            if spot is not None:
                ground = ground_layer(doc, other)
                if ground is not None and ground.get("role") != "background":
                    continue  # a text on a badge or panel stays with it: the clamp and lint name what is left
                push(str(other["id"]), {"position": {"x": other["position"]["x"], "y": round(spot, 1)}})
                notes.append(f"moved the {other.get('name') or other.get('id')} out of its way")
            elif layer_id in old_boxes and str(other["id"]) not in touched:
                x, y, _w, _h = old_boxes[layer_id]
                push(str(other["id"]), {"position": {"x": round(x, 1), "y": round(y, 1)}})
                notes.append(f"swapped it with the {other.get('name') or other.get('id')}")
    for layer in _texts(doc):
        if str(layer.get("id")) in touched:
            changes = _shrink_to_fit(layer)
            if changes is not None:
                push(str(layer["id"]), changes)
    for layer in _texts(doc):
        style = layer.get("style") or {}
        pill = style.get("background")
        color = str(style.get("color", "#000000"))
        ground = str(pill["color"]) if isinstance(pill, dict) and isinstance(pill.get("color"), str) \
            else ground_color(doc, layer)
        if contrast_ratio(color, ground) >= READABLE:
            continue
        layer_id = str(layer["id"])
        if layer_id in recoloured and not isinstance(pill, dict):
            grounds = (LIGHT_GROUND, DARK_GROUND, "#000000") if relative_luminance(color) < 0.18 else \
                (DARK_GROUND, "#000000", LIGHT_GROUND)  # pure red reads on black, not quite on near-black
            new_ground = next((g for g in grounds if contrast_ratio(color, g) >= READABLE), grounds[0])
            if contrast_ratio(color, new_ground) >= READABLE:
                key = ground_key(doc, layer)
                if key == "canvas":
                    changes = paint_changes((doc.get("canvas") or {}).get("background"), solid(new_ground))
                    operation = {"op": "update_canvas", "changes": {"background": changes}}
                    doc = apply_operations(doc, [operation])
                    ops.append(operation)
                    for bg in [b for b in walk(doc.get("layers") or []) if b.get("role") == "background"]:
                        push(str(bg["id"]), {"fill": paint_changes(bg.get("fill"), solid(new_ground))})
                else:
                    shape = next(s for s in walk(doc.get("layers") or []) if str(s.get("id")) == key)
                    push(key, {"fill": paint_changes(shape.get("fill"), solid(new_ground))})
                notes.append(f"made the ground behind the {layer.get('name') or layer_id} "
                             f"{'light' if new_ground == LIGHT_GROUND else 'dark'} so the colour asked for reads")
                continue
        if layer_id in recoloured and isinstance(pill, dict):
            shade = ensure_contrast(ground, color, minimum=READABLE)
            if contrast_ratio(color, shade) >= READABLE:
                push(layer_id, {"style": {"background": {"color": shade}}})
                notes.append(f"shaded the {layer.get('name') or layer_id} chip so the colour asked for reads on it")
                continue
        if isinstance(pill, dict):
            fixed = readable_text_color(ground, preferred=(color, "#FFFFFF", "#111111"), minimum=READABLE)
        else:
            fixed = ensure_contrast(color, ground, minimum=READABLE)
        if fixed.upper() != color.upper():
            push(layer_id, {"style": {"color": fixed}})
            if layer_id in recoloured:
                notes.append(f"used a {'lighter' if relative_luminance(fixed) > relative_luminance(color) else 'darker'}"
                             f" shade for the {layer.get('name') or layer_id} so it stays readable")
    # buttons that melt into what they now sit on (a ground the edit or the fixes above changed)
    for layer in _texts(doc):
        style = layer.get("style") or {}
        pill = style.get("background")
        if not isinstance(pill, dict) or not isinstance(pill.get("color"), str):
            continue
        under = surface_color(doc, layer)
        if contrast_ratio(ground_color(doc, layer), under) >= PILL_VISIBLE:
            continue
        shown = {"color": style.get("color", "#111111"), "background": {"color": pill["color"]}}
        show_button(shown, under)
        push(str(layer["id"]), {"style": {"color": shown["color"], "background": shown["background"]}})
        notes.append(f"shaded the {layer.get('name') or layer['id']} so it stands out from what it sits on")
    # other texts whose ground the fixes above changed
    for layer in _texts(doc):
        style = layer.get("style") or {}
        if isinstance(style.get("background"), dict) or str(layer["id"]) in recoloured:
            continue
        color = str(style.get("color", "#000000"))
        ground = ground_color(doc, layer)
        if contrast_ratio(color, ground) < READABLE:
            push(str(layer["id"]), {"style": {"color": readable_text_color(ground, preferred=(color,),
                                                                             minimum=READABLE)}})
    return ops, list(dict.fromkeys(notes))


def refit_operations(before: dict[str, Any], operations: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The refit operations (and notes) for `operations` proposed on the 1.4 document `before`, whoever proposed
    them: the layers they update or add are re-fitted; text whose colour they set keeps it."""
    if not operations:
        return [], []
    touched = {str(op.get("layerId")) for op in operations if op.get("op") == "update_layer"} | {
        str((op.get("layer") or {}).get("id")) for op in operations if op.get("op") == "add_layer"}
    # texts whose colour was asked for (not a button whose fill was, and whose text colour followed)
    recoloured = {str(op.get("layerId")) for op in operations if op.get("op") == "update_layer"
                  and "color" in ((op.get("changes") or {}).get("style") or {})
                  and "background" not in ((op.get("changes") or {}).get("style") or {})}
    return refit(before, apply_operations(before, operations), touched=touched, recoloured=recoloured)
