"""The holistic context a smart image is generated with, read from the design around its slot."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aiengine.color_names import COLOR_NAMES
from aiengine.colors import to_rgb
from aiengine.providers.base import ImageRequest
from aiengine.providers.local.restyle import paint_color
from aiengine.providers.local.targets import walk

RESOLUTIONS = {"1k": 1024, "2k": 2048, "4k": 4096}
_ROLE_WORDS = {"headline": "headline", "subhead": "subheadline", "offer": "offer", "cta": "call-to-action button",
               "body": "text", "logo": "logo"}


def color_name(color: str) -> str:
    """The nearest colour word for a hex colour ("#F5C542" → "gold")."""
    r, g, b = to_rgb(color)
    return min(COLOR_NAMES, key=lambda name: sum((x - y) ** 2 for x, y in
                                                 zip((r, g, b), to_rgb(COLOR_NAMES[name]), strict=True)))


def _where(layer: Mapping[str, Any], width: float, height: float) -> str:
    pos, size = layer.get("position") or {}, layer.get("size") or {}
    cx = (float(pos.get("x", 0)) + float(size.get("width", 0)) / 2) / width
    cy = (float(pos.get("y", 0)) + float(size.get("height", 0)) / 2) / height
    horizontal = "left side" if cx < 0.4 else "right side" if cx > 0.6 else "centre"
    vertical = "top" if cy < 0.35 else "bottom" if cy > 0.65 else "middle"
    return f"{vertical} {horizontal}" if horizontal != "centre" else f"{vertical} centre"


def holistic_context(document: Mapping[str, Any], *, layer_id: str) -> dict[str, Any]:
    """designPurpose, overallTheme, adjacentElements, brandColors and compositionHints for an image layer."""
    meta = document.get("meta") or {}
    canvas = document.get("canvas") or {}
    width, height = float(canvas.get("width", 1)), float(canvas.get("height", 1))
    layers = list(walk(list(document.get("layers") or [])))
    target = next((layer for layer in layers if layer.get("id") == layer_id), None)
    if target is None:
        raise KeyError(layer_id)
    adjacent = []
    for layer in layers:
        role = layer.get("role")
        if layer is target or layer.get("visible") is False:
            continue
        if layer.get("type") == "text" and str(layer.get("text", "")).strip():
            color = color_name(str((layer.get("style") or {}).get("color", "#000000")))
            adjacent.append(f"{color.capitalize()} {_ROLE_WORDS.get(role, 'text')} '{layer['text']}'")
        elif role == "decoration" and paint_color(layer.get("fill")):
            adjacent.append(f"{color_name(paint_color(layer['fill']) or '#000000').capitalize()} "
                            f"{str(layer.get('name') or 'shape').lower()}")
    brand_colors = [c for c in ((document.get("brand") or {}).get("colors") or {}).values() if isinstance(c, str)]
    if not brand_colors:
        grounds = [paint_color(canvas.get("background"))] + [paint_color(layer.get("fill")) for layer in layers
                                                              if layer.get("type") == "shape"]
        brand_colors = list(dict.fromkeys(c for c in grounds if c))[:4]
    background = paint_color(canvas.get("background"))
    theme = f"{color_name(background)} background" if background else "clean background"
    side = _where(target, width, height)
    facing = "facing left" if "right" in side else "facing right" if "left" in side else "facing the viewer"
    return {
        "designPurpose": f"{meta.get('title') or 'Design'} ({str(meta.get('creativeConcept', 'advertisement')).replace('_', ' ')})",
        "overallTheme": f"{meta.get('palette', 'custom').replace('_', ' ')} palette, {theme}",
        "adjacentElements": adjacent[:6],
        "brandColors": brand_colors,
        "compositionHints": f"{str(target.get('role') or 'image').capitalize()} in the {side} of the design, {facing}",
    }


def image_request_for_slot(document: Mapping[str, Any], *, smart_asset_id: str, seed: int = 0,
                           reference: bytes | None = None, resolution: str = "1k") -> ImageRequest:
    """The ImageRequest for a smart-asset slot: its recipe, the slot's aspect at `resolution`, the context."""
    slot = (document.get("smartAssets") or {}).get(smart_asset_id)
    if not isinstance(slot, Mapping):
        raise KeyError(smart_asset_id)
    layer = next((layer for layer in walk(list(document.get("layers") or []))
                  if layer.get("smartAssetId") == smart_asset_id), None)
    recipe = slot.get("recipe") or {}
    side = RESOLUTIONS.get(resolution, RESOLUTIONS["1k"])
    size = (layer or {}).get("size") or {"width": 1, "height": 1}
    w, h = float(size["width"]), float(size["height"])
    scale = side / max(w, h)
    context = holistic_context(document, layer_id=layer["id"]) if layer else {}
    return ImageRequest(recipe_type=str(recipe.get("type", "product_shot")), prompt=str(recipe.get("prompt", "")),
                        width=max(1, round(w * scale)), height=max(1, round(h * scale)),
                        options=dict(recipe.get("options") or {}), context=context, seed=seed, reference=reference,
                        brand_colors=tuple(context.get("brandColors", ())))
