"""Machine checks of one edit clause: did the edited document do what the clause asked?"""

from __future__ import annotations

import colorsys
from typing import Any

from aiengine.creative.colors import relative_luminance, to_rgb
from aiengine.evaluate.edits.cases import Check
from aiengine.providers.local.restyle import paint_color
from aiengine.providers.local.targets import layers_with_role, walk
from rendering import measure_text

COLOR_TOLERANCE = 60.0  # RGB distance
REGIONS = {"top-left": (0, 0), "top": (None, 0), "top-right": (2, 0), "left": (0, None), "center": (1, 1),
           "right": (2, None), "bottom-left": (0, 2), "bottom": (None, 2), "bottom-right": (2, 2)}


def _visible(doc: dict[str, Any], role: str) -> list[dict[str, Any]]:
    return [layer for layer in layers_with_role(doc, role) if layer.get("visible") is not False]


def _by_id(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {str(layer.get("id")): layer for layer in walk(doc.get("layers") or [])}


def _distance(a: str, b: str) -> float:
    return float(sum((x - y) ** 2 for x, y in zip(to_rgb(a)[:3], to_rgb(b)[:3], strict=True)) ** 0.5)


def layer_color(layer: dict[str, Any]) -> str | None:
    """What a person calls the colour of a layer: a button's fill, a text's colour, a shape's fill."""
    style = layer.get("style") or {}
    if layer.get("role") == "cta" and isinstance(style.get("background"), dict):
        return str(style["background"].get("color"))
    if layer.get("type") == "text":
        return str(style.get("color", "#000000"))
    return paint_color(layer.get("fill"))


def same_colour(actual: str, wanted: str) -> bool:
    """`actual` is `wanted` or a shade of it (same hue, still saturated): editors may shade a colour to keep it
    readable."""
    if _distance(actual, wanted) <= COLOR_TOLERANCE:
        return True
    (h1, l1, s1), (h2, l2, s2) = (colorsys.rgb_to_hls(*(c / 255 for c in to_rgb(c)[:3])) for c in (actual, wanted))
    hue = min(abs(h1 - h2), 1 - abs(h1 - h2)) * 360
    return s2 > 0.3 and s1 > 0.3 and hue <= 20 and abs(l1 - l2) <= 0.3


def _font_size(layer: dict[str, Any]) -> float:
    """The size the text is drawn at (auto-fit applied): a raised ceiling the box cannot hold shows nothing."""
    return float(measure_text(layer).font_size)


def _third(value: float, size: float) -> int:
    return 0 if value < size / 3 else 2 if value > 2 * size / 3 else 1


def _in_region(doc: dict[str, Any], layer: dict[str, Any], region: str) -> bool:
    canvas = doc["canvas"]
    x = float(layer["position"]["x"]) + float(layer["size"]["width"]) / 2
    y = float(layer["position"]["y"]) + float(layer["size"]["height"]) / 2
    col, row = REGIONS[region]
    return (col is None or _third(x, float(canvas["width"])) == col) and (row is None or _third(y, float(canvas["height"])) == row)


def _background(doc: dict[str, Any]) -> str:
    layer = next((layer for layer in walk(doc.get("layers") or []) if layer.get("role") == "background"
                  and layer.get("visible") is not False), None)
    color = paint_color(layer.get("fill")) if layer is not None else None
    return color or paint_color((doc.get("canvas") or {}).get("background")) or "#FFFFFF"


def _tone(color: str, tone: str) -> bool:
    luminance = relative_luminance(color)
    return luminance < 0.12 if tone == "dark" else luminance > 0.6


def passes(check: Check, before: dict[str, Any], after: dict[str, Any], unsupported: tuple[str, ...]) -> bool:
    """Whether the clause's effect is visible in `after` (compared with `before`)."""
    kind, role, value = check.kind, check.role, check.value
    if kind == "named":
        return any(str(value).lower() in text.lower() for text in unsupported)
    if kind == "background":
        color = _background(after)
        return _tone(color, value) if value in ("dark", "light") else _distance(color, value) <= COLOR_TOLERANCE
    if kind == "contains_any":
        return any(str(value).lower() in str(layer.get("text", "")).lower() for layer in walk(after.get("layers") or [])
                   if layer.get("type") == "text" and layer.get("visible") is not False)
    if kind == "absent":
        return not _visible(after, role) and bool(_visible(before, role))
    old = {str(layer.get("id")): layer for layer in _visible(before, role)}
    new = _visible(after, role)
    if kind == "changed":
        return _background(after) != _background(before) or any(layer_color(a) != layer_color(old[i])
                                                              for i, a in _by_id(after).items() if i in old)
    if not new:
        return False
    texts = [layer for layer in new if layer.get("type") == "text"] or new
    if kind == "color":
        return all(same_colour(layer_color(layer) or "#000000", value) for layer in texts)
    if kind == "tone":
        return all(_tone(str((layer.get("style") or {}).get("color", "#000000")), value) for layer in texts
                   if layer.get("role") != "cta")
    if kind in ("ratio", "ratio_below"):
        pairs = [(old[str(layer["id"])], layer) for layer in texts if str(layer["id"]) in old]
        if not pairs:
            return False
        b, a = pairs[0]
        measure = _font_size if a.get("type") == "text" else (lambda layer: float(layer["size"]["width"]))
        ratio = measure(a) / max(1e-6, measure(b))
        return ratio >= value if kind == "ratio" else ratio <= value
    if kind in ("region", "region_or_named"):
        return all(_in_region(after, layer, value) for layer in new)
    if kind == "text":
        return any(str(layer.get("text", "")) == value for layer in texts)
    if kind == "shorter":
        return all(len(str(layer.get("text", ""))) < len(str(old[str(layer["id"])].get("text", "")))
                   for layer in texts if str(layer["id"]) in old)
    if kind == "weight":
        return all(int((layer.get("style") or {}).get("fontWeight", 400)) >= value for layer in texts)
    if kind == "font":
        return all((layer.get("style") or {}).get("fontFamily") == value for layer in texts)
    if kind == "align":
        return all((layer.get("style") or {}).get("align") == value for layer in texts)
    if kind == "line_height":
        return all(float((layer.get("style") or {}).get("lineHeight", 1.2)) >=
                   float((old[str(layer["id"])].get("style") or {}).get("lineHeight", 1.2)) * value
                   for layer in texts if str(layer["id"]) in old)
    if kind == "swapped":
        text = next(iter(_visible(before, "headline")), None)
        if text is None:
            return False
        image_before, image_after = old[str(new[0]["id"])], new[0]
        text_after = _by_id(after).get(str(text["id"]))
        if text_after is None:
            return False
        was_left = float(image_before["position"]["x"]) < float(text["position"]["x"]) + float(text["size"]["width"]) / 2
        now_left = float(image_after["position"]["x"]) < float(text_after["position"]["x"]) + \
            float(text_after["size"]["width"]) / 2
        was_above = float(image_before["position"]["y"]) < float(text["position"]["y"])
        now_above = float(image_after["position"]["y"]) < float(text_after["position"]["y"])
        return was_left != now_left or was_above != now_above
    if kind == "image_changed":
        before_ids = {(layer.get("assetId"), layer.get("smartAssetId")) for layer in old.values()}
        return any((layer.get("assetId"), layer.get("smartAssetId")) not in before_ids for layer in new) or \
            after.get("smartAssets") != before.get("smartAssets")
    if kind == "subject":  # the image layer's slot now asks for subject `value` (its recipe records it)
        slots = after.get("smartAssets") or {}
        return all(((slots.get(str(layer.get("smartAssetId"))) or {}).get("recipe") or {}).get("options", {})
                   .get("subject") == value for layer in new if layer.get("type") == "image")
    raise ValueError(f"unknown check kind {kind!r}")

