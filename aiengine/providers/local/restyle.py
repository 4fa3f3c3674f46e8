"""Recolour and re-type a document: readable text on its ground, brand colours and fonts applied."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict
from typing import Any

from aiengine.creative.colors import (
    WCAG_AA,
    label_color,
    readable_text_color,
    to_hex,
    to_rgb,
    with_alpha,
)
from aiengine.creative.palettes import Palette, Scheme, palette_from_brand, scheme_for
from aiengine.creative.templates import Template, all_templates
from aiengine.creative.templates.fill import SLOT_LAYERS
from aiengine.creative.templates.fill import paint as template_paint
from aiengine.providers.local.targets import walk

PANEL_DECOS = ("problem_panel", "product_panel", "stage_disc", "product_disc", "problem_card", "problem_slant")


def paint_color(paint: Any) -> str | None:
    """The main colour of a paint: its colour, or a gradient's first stop."""
    if not isinstance(paint, Mapping):
        return None
    if paint.get("type") == "color" and isinstance(paint.get("color"), str):
        return to_hex(to_rgb(paint["color"]))
    stops = paint.get("stops")
    if isinstance(stops, list) and stops and isinstance(stops[0], Mapping):
        return to_hex(to_rgb(str(stops[0].get("color", "#000000"))))
    return None


def _box(layer: Mapping[str, Any]) -> tuple[float, float, float, float]:
    pos, size = layer.get("position") or {}, layer.get("size") or {}
    x, y = float(pos.get("x", 0)), float(pos.get("y", 0))
    return x, y, x + float(size.get("width", 0)), y + float(size.get("height", 0))


def paint_changes(old: Any, new: Mapping[str, Any]) -> dict[str, Any]:
    """Merge-patch changes that turn paint `old` into `new` (keys only the old paint had are nulled)."""
    changes: dict[str, Any] = dict(new)
    if isinstance(old, Mapping):
        for key in old:
            changes.setdefault(key, None)
    return changes


def solid(color: str) -> dict[str, Any]:
    """A solid colour paint."""
    return {"type": "color", "color": color}


def ground_layer(doc: Mapping[str, Any], text: Mapping[str, Any]) -> dict[str, Any] | None:
    """The topmost filled shape below `text` that covers its centre (None: the text sits on the canvas)."""
    layers = [layer for layer in doc.get("layers") or [] if isinstance(layer, dict)]
    if text not in layers:
        return None
    x0, y0, x1, y1 = _box(text)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    for layer in reversed(layers[: layers.index(text)]):
        if layer.get("type") != "shape" or layer.get("visible") is False or paint_color(layer.get("fill")) is None:
            continue
        if layer.get("role") == "background":
            return layer
        bx0, by0, bx1, by1 = _box(layer)
        small = (bx1 - bx0) * (by1 - by0) < 0.3 * (x1 - x0) * (y1 - y0)  # a sparkle is not what the text sits on
        if bx0 <= cx <= bx1 and by0 <= cy <= by1 and not small:
            return layer
    return None


def ground_color(doc: Mapping[str, Any], text: Mapping[str, Any]) -> str:
    """The colour behind a text layer: its pill, the shape under it, or the canvas background."""
    pill = (text.get("style") or {}).get("background")
    if isinstance(pill, Mapping) and isinstance(pill.get("color"), str):
        return to_hex(to_rgb(pill["color"]))
    return surface_color(doc, text)


def surface_color(doc: Mapping[str, Any], text: Mapping[str, Any]) -> str:
    """The colour a text layer and its pill sit on: the shape under it, or the canvas background."""
    layer = ground_layer(doc, text)
    if layer is not None:
        return paint_color(layer.get("fill")) or "#FFFFFF"
    return paint_color((doc.get("canvas") or {}).get("background")) or "#FFFFFF"


def ground_key(doc: Mapping[str, Any], text: Mapping[str, Any]) -> str:
    """`canvas` for text on the canvas or the background layer, else the id of the shape under it."""
    layer = ground_layer(doc, text)
    if layer is None or layer.get("role") == "background":
        return "canvas"
    return str(layer.get("id"))


def readable_fixes(doc: Mapping[str, Any], *, overrides: Mapping[str, str]) -> list[dict[str, Any]]:
    """update_layer operations giving each text on a recoloured ground (`canvas` or a shape id) a readable colour."""
    ops = []
    for layer in walk(list(doc.get("layers") or [])):
        style = layer.get("style") or {}
        if layer.get("type") != "text" or isinstance(style.get("background"), Mapping):
            continue
        ground = overrides.get(ground_key(doc, layer))
        if ground is None:
            continue
        color = str(style.get("color", "#000000"))
        fixed = readable_text_color(ground, preferred=(color,), minimum=WCAG_AA + 0.3)
        if fixed.upper() != to_hex(to_rgb(color)).upper():
            ops.append({"op": "update_layer", "layerId": layer["id"], "changes": {"style": {"color": fixed}}})
    return ops


def _deco_kind(layer: Mapping[str, Any]) -> str:
    key = str(layer.get("id", "")).removeprefix("layer_")
    if any(key.startswith(name) for name in PANEL_DECOS):
        return "panel"
    if key == "glow":
        return "glow"
    if key == "offer_ring":
        return "ring"
    return "accent"


def brand_color_operations(doc: Mapping[str, Any], brand: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Operations that repaint the document in the brand's colours, every text kept readable."""
    return palette_operations(doc, palette_from_brand(brand))


def palette_operations(doc: Mapping[str, Any], palette: Palette, *, variant: int | None = None) -> list[dict[str, Any]]:
    """Operations that repaint the document in `palette` (used as the document's variant does), text readable."""
    if variant is None:
        variant = int((doc.get("meta") or {}).get("variant", 1) or 1) - 1
    scheme: Scheme = scheme_for(palette, variant=max(0, variant))
    template = template_of(doc)
    if template is not None:
        return template_paint_operations(doc, template, scheme)
    canvas_paint = (doc.get("canvas") or {}).get("background")
    ops: list[dict[str, Any]] = [{"op": "update_canvas",
                                  "changes": {"background": paint_changes(canvas_paint, solid(scheme.background))}}]
    grounds: dict[str, str] = {"canvas": scheme.background}
    for layer in walk(list(doc.get("layers") or [])):
        if layer.get("type") != "shape":
            continue
        if layer.get("role") == "background":
            fill: dict[str, Any] = {"type": "linearGradient", "angle": 180,
                                    "stops": [{"offset": 0, "color": scheme.background},
                                              {"offset": 1, "color": scheme.background_end}]}
        elif layer.get("role") == "decoration":
            kind = _deco_kind(layer)
            if kind == "glow":
                continue
            if kind == "ring":
                ops.append({"op": "update_layer", "layerId": layer["id"], "changes": {"stroke": {"color": scheme.accent}}})
                continue
            color = scheme.panel if kind == "panel" else scheme.accent
            fill = solid(color)
            grounds[layer["id"]] = color
        else:
            continue
        ops.append({"op": "update_layer", "layerId": layer["id"],
                    "changes": {"fill": paint_changes(layer.get("fill"), fill)}})
    for layer in walk(list(doc.get("layers") or [])):
        if layer.get("type") != "text":
            continue
        style = layer.get("style") or {}
        role = layer.get("role")
        pill = style.get("background")
        if isinstance(pill, Mapping):
            fill = scheme.cta_fill if role == "cta" else scheme.accent
            text = label_color(fill)
            ops.append({"op": "update_layer", "layerId": layer["id"],
                        "changes": {"style": {"color": text, "background": {"color": fill}}}})
            continue
        ground = grounds.get(ground_key(doc, layer), scheme.background)
        wish = scheme.headline if role in ("headline", "offer") else scheme.body
        color = readable_text_color(ground, preferred=(wish, scheme.headline, scheme.body), minimum=WCAG_AA + 0.3)
        ops.append({"op": "update_layer", "layerId": layer["id"], "changes": {"style": {"color": color}}})
    return ops


def brand_font_operations(doc: Mapping[str, Any], brand: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Operations that set headline-like text in the brand's primary font and the rest in its secondary."""
    fonts = brand.get("fonts") or {}
    primary = ((fonts.get("primary") or {}) if isinstance(fonts, Mapping) else {}).get("family")
    secondary = ((fonts.get("secondary") or {}) if isinstance(fonts, Mapping) else {}).get("family") or primary
    if not primary:
        return []
    ops = []
    for layer in walk(list(doc.get("layers") or [])):
        if layer.get("type") != "text":
            continue
        family = primary if layer.get("role") in ("headline", "offer", "cta") else secondary
        ops.append({"op": "update_layer", "layerId": layer["id"], "changes": {"style": {"fontFamily": family}}})
    return ops


def template_of(doc: Mapping[str, Any]) -> Template | None:
    """The template a design was filled from (meta.template), None for other designs."""
    wanted = str((doc.get("meta") or {}).get("template", ""))
    return next((template for template in all_templates() if template.id == wanted), None) if wanted else None


def _token_colour(token: str, colours: Mapping[str, str]) -> str:
    name, _, alpha = token.partition("@")
    return with_alpha(colours[name], float(alpha)) if alpha else colours[name]


def template_paint_operations(doc: Mapping[str, Any], template: Template, scheme: Scheme) -> list[dict[str, Any]]:
    """Repaint a template-made design as its template paints it in `scheme`: each shape by its paint token
    (strokes by theirs, a shape without a fill keeps none), backdrops by the token they showed, each text in
    its slot's colour made readable on its new ground."""
    from aiengine.providers.local.retemplate import source_colours  # a module that imports this one

    colours = {key: value for key, value in asdict(scheme).items() if key != "name"}
    old = source_colours(dict(doc), template)
    by_colour: dict[str, str] = {}
    for token, colour in old.items():
        by_colour.setdefault(colour.upper(), token)
    ops: list[dict[str, Any]] = [{"op": "update_canvas", "changes": {"background": paint_changes(
        (doc.get("canvas") or {}).get("background"), solid(scheme.background))}}]
    grounds: dict[str, str] = {"canvas": scheme.background}
    for layer in walk(list(doc.get("layers") or [])):
        if layer.get("type") != "shape":
            continue
        key = str(layer.get("id"))
        spec = template.paints.get(key, template.paints.get(key.removeprefix("layer_")))
        changes: dict[str, Any] = {}
        if spec is not None:
            changes["fill"] = paint_changes(layer.get("fill"), template_paint(spec, colours))
        elif isinstance(layer.get("fill"), Mapping):
            fill = layer["fill"]
            if fill.get("type") == "radialGradient":
                changes["fill"] = paint_changes(fill, template_paint({"radial": ["glow@0.9", "glow@0.35", "glow@0"]},
                                                                     colours))
            elif paint_color(fill) is not None:
                token = by_colour.get(str(paint_color(fill)).upper(), "accent")
                alpha = str(fill.get("color", ""))[7:9]
                colour = colours[token] + alpha if alpha else colours[token]
                changes["fill"] = paint_changes(fill, solid(colour))
        stroke_token = template.strokes.get(key, template.strokes.get(key.removeprefix("layer_")))
        if stroke_token and isinstance(layer.get("stroke"), Mapping):
            changes["stroke"] = {"color": _token_colour(stroke_token, colours)}
        if changes:
            ops.append({"op": "update_layer", "layerId": key, "changes": changes})
            new_fill = changes.get("fill") or {}
            if new_fill.get("type") == "color" and len(str(new_fill.get("color"))) == 7:
                grounds[key] = str(new_fill["color"])
    slots = {key: slot for slot, (key, _name, _role) in SLOT_LAYERS.items()}
    for layer in walk(list(doc.get("layers") or [])):
        if layer.get("type") != "text":
            continue
        style = layer.get("style") or {}
        rule = template.rules.get(slots.get(str(layer.get("id")), ""))
        pill = style.get("background")
        if isinstance(pill, Mapping):
            cta = layer.get("role") == "cta" or (rule is not None and rule.pill == "cta")
            fill = scheme.cta_fill if cta else scheme.accent
            text = readable_text_color(fill, preferred=(scheme.cta_text if cta else scheme.on_accent, "#FFFFFF",
                                                        "#111111"), minimum=WCAG_AA + 0.3)
            ops.append({"op": "update_layer", "layerId": layer["id"],
                        "changes": {"style": {"color": text, "background": {"color": fill}}}})
            continue
        ground_id = ground_key(doc, layer)
        ground = grounds.get(ground_id, scheme.background)
        on_panel = ground_id != "canvas"
        lead = layer.get("role") in ("headline", "offer")
        token = rule.colour.split("@", 1)[0] if rule is not None and rule.colour else \
            ("panel_headline" if lead else "panel_text") if on_panel else ("headline" if lead else "body")
        wish = colours.get(token, scheme.headline)
        color = readable_text_color(ground, preferred=(wish, scheme.headline, scheme.body, scheme.panel_text),
                                    minimum=WCAG_AA + 0.3)
        ops.append({"op": "update_layer", "layerId": layer["id"], "changes": {"style": {"color": color}}})
    return ops
