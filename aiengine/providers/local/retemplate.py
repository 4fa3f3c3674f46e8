"""Adapt a template-made design to another format by filling the same copy into the target aspect's sibling
template (square-band → portrait-band ...): the words, colours, faces, image and logo of the source, the
layout of a design made for that canvas, rather than the source's boxes squeezed into it."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from aiengine.creative.colors import WCAG_AA, label_color, readable_text_color, to_hex, to_rgb
from aiengine.creative.kinds import KINDS
from aiengine.creative.lint import lint_document
from aiengine.creative.lint.repairs import show_button
from aiengine.creative.model import Copy
from aiengine.creative.templates import all_templates, family_of
from aiengine.creative.templates.fill import (
    SLOT_LAYERS,
    Box,
    Face,
    Style,
    compose_design,
    type_unit,
)
from aiengine.creative.templates.model import PAINT_TOKENS, Template
from aiengine.providers.local.geometry import make_frame
from documents import Format, get_format
from rendering import measure_text

# layer id → the copy slot it holds (the fill engine's names)
SLOT_OF_LAYER = {key: slot for slot, (key, _name, _role) in SLOT_LAYERS.items()}
# text style keys a user's edit may have set and a re-filled design keeps (sizes come from the new template)
KEPT_TEXT_STYLE = ("fontFamily", "fontWeight", "fontStyle", "textTransform", "shadow", "stroke")
REPAIR_ROUNDS = 3
PLACE_TOLERANCE = 2.0  # px: a layer this close to where its template put it was not moved by hand


def _templates() -> dict[str, Template]:
    return {template.id: template for template in all_templates()}


def sibling(template_id: str, family: str) -> Template | None:
    """The template of `family` with the same design as `template_id` (its id with the family swapped)."""
    templates = _templates()
    source = templates.get(template_id)
    if source is None or not template_id.startswith(f"{source.family}-"):
        return None
    return templates.get(f"{family}-{template_id[len(source.family) + 1:]}")


def _solid(value: Any) -> str | None:
    """The opaque #RRGGBB of a colour paint or colour string (None for gradients and images)."""
    if isinstance(value, dict):
        if value.get("type") != "color":
            return None
        value = value.get("color")
    if not isinstance(value, str) or not value.startswith("#"):
        return None
    return to_hex(to_rgb(value[:7]))


def _paint_tokens(spec: Any, fill: Any) -> dict[str, str]:
    """Token → colour read back from a layer painted by a template paint `spec`."""
    if isinstance(spec, str):
        colour = _solid(fill)
        return {spec.split("@", 1)[0]: colour} if colour else {}
    if isinstance(spec, dict) and isinstance(fill, dict):
        tokens = spec.get("gradient", spec.get("radial")) or []
        stops = fill.get("stops") or []
        if _solid(fill):  # a gradient an edit made solid
            return {str(token).split("@", 1)[0]: str(_solid(fill)) for token in tokens}
        if len(tokens) == len(stops):
            return {str(token).split("@", 1)[0]: to_hex(to_rgb(str(stop.get("color", "#000000"))[:7]))
                    for token, stop in zip(tokens, stops, strict=True)}
    return {}


def source_colours(document: dict[str, Any], template: Template) -> dict[str, str]:
    """The colour of every paint token as the source design (edits included) shows it."""
    layers = {str(layer.get("id")): layer for layer in document.get("layers") or [] if isinstance(layer, dict)}
    found: dict[str, str] = {}

    def put(token: str, colour: str | None) -> None:
        if colour and token not in found:
            found[token] = colour

    background = _solid((document.get("canvas") or {}).get("background"))
    for key, spec in template.paints.items():
        layer = layers.get(key if key.startswith("layer_") else f"layer_{key}")
        if layer is not None:
            for token, colour in _paint_tokens(spec, layer.get("fill")).items():
                put(token, colour)
    regions = list(template.regions) + list(template.regions_without_image)
    for index, region in enumerate(regions):
        layer = layers.get(f"layer_backdrop_{index + 1}")
        if region.backdrop and layer is not None and region.backdrop.get("shape") != "glow":
            put(str(region.backdrop.get("paint", "panel")).split("@", 1)[0], _solid(layer.get("fill")))
    put("background", background)
    for key, slot in SLOT_OF_LAYER.items():
        layer = layers.get(key)
        if layer is None or slot not in template.rules:
            continue
        style = layer.get("style") or {}
        rule = template.rules[slot]
        pill = style.get("background") if isinstance(style.get("background"), dict) else None
        if rule.pill and pill:
            put("cta_fill" if rule.pill == "cta" else "accent", _solid(pill.get("color")))
            put("cta_text" if rule.pill == "cta" else "on_accent", _solid(style.get("color")))
        elif rule.colour:
            put(rule.colour.split("@", 1)[0], _solid(style.get("color")))
        else:
            put("headline" if slot in ("headline", "badge") else "body", _solid(style.get("color")))
    # tokens the source does not show take the nearest colour it does
    ground = found.get("background", "#FFFFFF")
    fallbacks = {"background_end": "background", "panel": "background", "headline": "body", "body": "headline",
                 "accent": "cta_fill", "cta_fill": "accent", "glow": "accent", "panel_headline": "headline",
                 "panel_text": "body"}
    for token, other in fallbacks.items():
        put(token, found.get(other))
    put("headline", readable_text_color(ground))
    put("body", found["headline"])
    put("accent", found["headline"])
    put("cta_fill", found["accent"])
    put("glow", found["accent"])
    put("panel_headline", found["headline"])
    put("panel_text", found["body"])
    put("on_accent", label_color(found["accent"]))
    put("cta_text", label_color(found["cta_fill"]))
    return {token: found.get(token, ground) for token in PAINT_TOKENS}


def _face(layer: dict[str, Any] | None, default: Face) -> Face:
    if layer is None:
        return default
    style = layer.get("style") or {}
    return Face(str(style.get("fontFamily", default.family)), int(style.get("fontWeight", default.weight)),
                float(style.get("lineHeight", default.line_height)))


def source_style(document: dict[str, Any], template: Template) -> Style:
    """Colours and faces of the source design as a fill style."""
    layers = {str(layer.get("id")): layer for layer in document.get("layers") or [] if isinstance(layer, dict)}
    headline = layers.get("layer_headline")
    text = next((layers[key] for key in ("layer_details", "layer_subheadline", "layer_contact", "layer_attribution")
                 if key in layers), None)
    button = layers.get("layer_cta")
    display = _face(headline, Face("Inter", 700, 1.15))
    body = _face(text, Face(display.family, 400, 1.3))
    faces = {"display": display, "text": body, "button": _face(button, Face(body.family, 600, 1.2))}
    transform = str(((headline or {}).get("style") or {}).get("textTransform", "none"))
    return Style(colours=source_colours(document, template), faces=faces, headline_transform=transform)


def source_copy(document: dict[str, Any]) -> Copy | None:
    """The copy by slot (hidden slots too); text layers an edit added join the details (a call to action fills an
    empty CTA).
    None when the design holds content no slot can carry (a second picture)."""
    slots: dict[str, str] = {}
    extra: list[str] = []
    for layer in document.get("layers") or []:
        if not isinstance(layer, dict):
            continue
        kind, key = layer.get("type"), str(layer.get("id"))
        if layer.get("visible") is False and not (kind == "text" and key in SLOT_OF_LAYER):
            continue  # a hidden slot keeps its place (hidden again after the fill); other hidden layers stay out
        if kind == "text":
            text = str(layer.get("text") or "")
            if key in SLOT_OF_LAYER and text.strip():
                slots[SLOT_OF_LAYER[key]] = text
            elif text.strip():
                if layer.get("role") == "cta" and "cta" not in slots:
                    slots["cta"] = text
                else:
                    extra.append(text)
        elif kind == "image" and layer.get("role") not in ("product", "logo"):
            return None
        elif kind == "group":
            return None
    if "headline" not in slots:
        return None
    details = tuple(slots.get("details", "").split("\n")) if slots.get("details") else ()
    return Copy(headline=slots["headline"], eyebrow=slots.get("eyebrow", ""), subline=slots.get("subline", ""),
                details=details + tuple(extra), badge=slots.get("badge", ""), cta=slots.get("cta", ""),
                contact=slots.get("contact", ""), attribution=slots.get("attribution", ""))


def _picture(document: dict[str, Any], role: str) -> dict[str, Any] | None:
    return next((layer for layer in document.get("layers") or [] if isinstance(layer, dict)
                 and layer.get("type") == "image" and layer.get("role") == role and layer.get("visible") is not False),
                None)


def _keep_edits(layers: list[dict[str, Any]], source: dict[str, Any], source_template: Template) -> list[dict[str, Any]]:
    """Decorations the user removed stay removed, hidden ones hidden; text keeps its edited faces."""
    by_id = {str(layer.get("id")): layer for layer in source.get("layers") or [] if isinstance(layer, dict)}
    made = {key if key.startswith("layer_") else f"layer_{key}" for key in
            (str(layer["id"]) for layer in source_template.document["layers"] if layer.get("type") == "shape")}
    kept = []
    for layer in layers:
        key = str(layer.get("id"))
        old = by_id.get(key)
        if layer.get("type") == "shape" and key in made and old is None and key != "layer_background":
            continue  # removed from the source (made more minimal)
        if old is not None and layer.get("type") == "shape" and isinstance(old.get("fill"), dict) \
                and (old["fill"].get("type") != (layer.get("fill") or {}).get("type")):
            layer["fill"] = copy.deepcopy(old["fill"])  # an edit made a gradient solid (or the reverse)
        if old is not None and old.get("visible") is False:
            layer["visible"] = False
        if old is not None and layer.get("type") == "text":
            style, old_style = layer.setdefault("style", {}), old.get("style") or {}
            for name in KEPT_TEXT_STYLE:
                if name in old_style:
                    style[name] = copy.deepcopy(old_style[name])
                elif name in ("shadow", "stroke"):
                    style.pop(name, None)
            for name in ("align",):
                if old_style.get(name) in ("left", "right", "center") and not isinstance(style.get("background"), dict):
                    style[name] = old_style[name]
        kept.append(layer)
    return kept


def _ground_of(document: dict[str, Any], layer: dict[str, Any]) -> list[str]:
    """The solid colours under the centre of a text layer (canvas, shapes), top-most first."""
    pos, size = layer["position"], layer["size"]
    cx, cy = pos["x"] + size["width"] / 2, pos["y"] + size["height"] / 2
    grounds = []
    for other in document["layers"]:
        if other is layer:
            break
        if other.get("type") != "shape" or other.get("visible") is False:
            continue
        op, osz = other["position"], other["size"]
        if op["x"] <= cx <= op["x"] + osz["width"] and op["y"] <= cy <= op["y"] + osz["height"]:
            fill = other.get("fill") or {}
            colours = [str(stop["color"])[:7] for stop in fill.get("stops") or []] or \
                ([str(fill["color"])[:7]] if fill.get("color") and len(str(fill["color"])) in (7, 9)
                 and str(fill["color"])[7:] in ("", "FF", "ff") else [])
            if colours:
                grounds = colours
    return grounds or [_solid((document.get("canvas") or {}).get("background")) or "#FFFFFF"]


def settle(document: dict[str, Any], *, format_id: str | None) -> None:
    """Repair what the lint still finds after a re-fill: text colours that lost contrast, a button that
    melted into its ground, text that overflows or outgrows the headline."""
    for attempt in range(REPAIR_ROUNDS):
        issues = [i for i in lint_document(document, format_id=format_id) if i.severity == "error"]
        if not issues:
            return
        by_id = {layer["id"]: layer for layer in document["layers"]}
        for issue in issues:
            layer = by_id.get(issue.layer_id or "")
            if layer is None or layer.get("type") != "text":
                continue
            style = layer.setdefault("style", {})
            fit = style.setdefault("autoFit", {"minSize": 6, "maxSize": float(style.get("fontSize", 24))})
            if issue.code == "low_contrast":
                if isinstance(style.get("background"), dict):
                    style["color"] = readable_text_color(style["background"]["color"], preferred=("#FFFFFF", "#111111"),
                                                         minimum=WCAG_AA + 0.5)
                else:
                    ground = str(issue.details.get("background") or _ground_of(document, layer)[0])
                    preferred = (style.get("color", "#111111"),) if attempt == 0 else ("#FFFFFF", "#111111")
                    style["color"] = readable_text_color(ground, preferred=preferred,
                                                         minimum=WCAG_AA + 0.5 + 0.5 * attempt)
            elif issue.code == "invisible_button":
                show_button(style, str(issue.details["background"]))
            elif issue.code == "text_overflow":
                fit["minSize"] = min(float(fit.get("minSize", 6)), 3.0)
            elif issue.code == "weak_hierarchy":
                fit["maxSize"] = max(3.0, round(float(issue.details.get("headline", 12)) * 0.8, 1))
                fit["minSize"] = min(float(fit.get("minSize", 6)), fit["maxSize"])
                style["fontSize"] = fit["maxSize"]


def retemplate(document: dict[str, Any], *, fmt: Format) -> dict[str, Any] | None:
    """A 1.4 copy of a template-made `document` filled into `fmt`'s sibling template, or None when the
    design was not made from a template (or holds content no slot carries): the caller reflows it by boxes."""
    meta = document.get("meta") or {}
    templates = _templates()
    source_template = templates.get(str(meta.get("template", "")))
    target = sibling(str(meta.get("template", "")), family_of(fmt.width, fmt.height))
    words = source_copy(document)
    if source_template is None or target is None or words is None:
        return None
    product, logo = _picture(document, "product"), _picture(document, "logo")
    image: dict[str, str] | None = None
    if product is not None:
        key = "assetId" if product.get("assetId") else "smartAssetId"
        image = {key: str(product.get(key))}
    safe = fmt.safe_area
    frame = make_frame(width=fmt.width, height=fmt.height, insets=(safe.top, safe.right, safe.bottom, safe.left))
    content = Box(frame.content.x, frame.content.y, frame.content.w, frame.content.h)
    kind = KINDS.get(str(meta.get("kind", ""))) or KINDS["general"]
    layers = compose_design(template=target, kind=kind, style=source_style(document, source_template), copy=words,
                            canvas=(fmt.width, fmt.height), content=content, image=image,
                            logo=str(logo.get("assetId")) if logo is not None and logo.get("assetId") else None)
    if product is not None:
        for layer in layers:
            if layer.get("role") == "product":
                for name in ("opacity", "filters", "crop"):
                    if name in product:
                        layer[name] = copy.deepcopy(product[name])
    adapted = {key: copy.deepcopy(value) for key, value in document.items() if key not in ("layers", "canvas", "meta")}
    adapted["schemaVersion"] = "1.4"
    adapted["meta"] = {**copy.deepcopy(dict(meta)), "format": fmt.id, "template": target.id, "layoutStyle": target.id}
    adapted["canvas"] = {**copy.deepcopy(document.get("canvas") or {}), "width": fmt.width, "height": fmt.height}
    adapted["layers"] = _keep_edits(layers, document, source_template)
    if _words(adapted["layers"]) != _words(document.get("layers") or []):
        return None  # the target template left a line out (a label too small to read): reflow by boxes instead
    settle(adapted, format_id=fmt.id)
    return adapted


def _words(layers: list[Any]) -> list[str]:
    """Every word of the visible text, sorted (what a re-fill must keep, however the lines are grouped)."""
    return sorted(word for layer in layers if isinstance(layer, dict) and layer.get("type") == "text"
                  and layer.get("visible") is not False for word in str(layer.get("text") or "").split())



def _compose_again(document: dict[str, Any], template: Template) -> list[dict[str, Any]] | None:
    meta = document.get("meta") or {}
    fmt = get_format(str(meta.get("format", "")))
    canvas = document.get("canvas") or {}
    words = source_copy(document)
    if fmt is None or words is None or (fmt.width, fmt.height) != (canvas.get("width"), canvas.get("height")):
        return None
    source = _templates().get(str(meta.get("template", "")))
    if source is None:
        return None
    product, logo = _picture(document, "product"), _picture(document, "logo")
    image: dict[str, str] | None = None
    if product is not None:
        key = "assetId" if product.get("assetId") else "smartAssetId"
        image = {key: str(product.get(key))}
    safe = fmt.safe_area
    frame = make_frame(width=fmt.width, height=fmt.height, insets=(safe.top, safe.right, safe.bottom, safe.left))
    return compose_design(template=template, kind=KINDS.get(str(meta.get("kind", ""))) or KINDS["general"],
                          style=source_style(document, source), copy=words, canvas=(fmt.width, fmt.height),
                          content=Box(frame.content.x, frame.content.y, frame.content.w, frame.content.h),
                          image=image, logo=str(logo.get("assetId")) if logo is not None and logo.get("assetId") else None)


def _content(document: dict[str, Any]) -> Box:
    canvas = document["canvas"]
    fmt = get_format(str((document.get("meta") or {}).get("format", "")))
    insets = (fmt.safe_area.top, fmt.safe_area.right, fmt.safe_area.bottom, fmt.safe_area.left) if fmt else (0, 0, 0, 0)
    frame = make_frame(width=int(canvas["width"]), height=int(canvas["height"]), insets=insets)
    return Box(frame.content.x, frame.content.y, frame.content.w, frame.content.h)


def _inside(layer: dict[str, Any], box: Box) -> bool:
    pos, size = layer["position"], layer["size"]
    slack = 0.02 * box.h
    return pos["y"] >= box.y - slack and pos["y"] + size["height"] <= box.bottom + slack


def _same_place(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return all(abs(float(a[part][key]) - float(b[part][key])) <= PLACE_TOLERANCE
               for part, keys in (("position", ("x", "y")), ("size", ("width", "height"))) for key in keys)


def _wider(template: Template, emphasis: Mapping[str, float]) -> Template | None:
    """The template with the region of a grown slot widened over the image beside it (the image narrower), so
    a larger headline is not held back by its longest word."""
    if template.image_box is None:
        return None
    ix, iy, iw, ih = template.image_box
    regions = list(template.regions)
    for index, region in enumerate(regions):
        factor = max((emphasis.get(slot, 1.0) for slot in region.slots), default=1.0)
        if factor <= 1:
            continue
        x, y, w, h = region.box
        if not (y < iy + ih and iy < y + h):
            continue  # the image is not beside this region
        shift = min(0.45 * iw, w * (factor - 1))
        if ix >= x + w - 0.01:       # the image on the right
            regions[index] = replace(region, box=(x, y, w + shift, h))
            box = (ix + shift, iy, iw - shift, ih)
        elif ix + iw <= x + 0.01:    # the image on the left
            regions[index] = replace(region, box=(x - shift, y, w + shift, h))
            box = (ix, iy, iw - shift, ih)
        else:
            continue
        return replace(template, regions=tuple(regions), image_box=box)
    return None


def _slotted(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [layer for layer in document.get("layers") or [] if isinstance(layer, dict)
            and (layer.get("type") == "text" or str(layer.get("id", "")).startswith("layer_backdrop")
                 or str(layer.get("id")) in ("layer_product", "layer_image_backdrop", "layer_logo"))]


def as_template_laid(document: dict[str, Any]) -> bool:
    """Whether a design's copy, image and backdrops are where its template puts them (not moved by hand)."""
    template = _templates().get(str((document.get("meta") or {}).get("template", "")))
    base = _compose_again(document, template) if template is not None else None
    if base is None:
        return False
    made = {str(layer["id"]): layer for layer in base}
    return all(str(layer.get("id")) in made and _same_place(layer, made[str(layer["id"])])
               for layer in _slotted(document))


def relayout(document: dict[str, Any], *, emphasis: Mapping[str, float],
             laid_out: bool | None = None) -> list[dict[str, Any]] | None:
    """update_layer operations that lay a template-made design out again on its own template with the slots in
    `emphasis` set that many times larger (the rest of the copy making room, as the template's fit rules
    allow). None when the design is not template-made, or its copy or boxes were changed by hand since
    (`laid_out` says so for a design an edit just took a slot out of)."""
    template = _templates().get(str((document.get("meta") or {}).get("template", "")))
    if template is None or not (as_template_laid(document) if laid_out is None else laid_out):
        return None
    placed = _slotted(document)
    rules = dict(template.rules)
    unit = type_unit((int(document["canvas"]["width"]), int(document["canvas"]["height"])))
    shown = {SLOT_OF_LAYER.get(str(layer["id"])): measure_text(layer).font_size for layer in placed
             if layer.get("type") == "text"}
    for slot, factor in emphasis.items():
        if slot in rules and slot in shown:
            rule = rules[slot]
            wanted = shown[slot] * factor / unit  # the size asked for is kept; the rest of the copy makes room
            rules[slot] = replace(rule, max=max(rule.max * factor, wanted), min=wanted * 0.97,
                                  max_lines=rule.max_lines + (2 if factor > 1 else 0))
    again: dict[str, dict[str, Any]] = {}
    best = 0.0
    for candidate in (replace(template, rules=rules), _wider(replace(template, rules=rules), emphasis)):
        if candidate is None:
            continue
        layers = _compose_again(document, candidate)
        if layers is None:
            continue
        made_now = {str(layer["id"]): layer for layer in layers}
        if any(str(layer.get("id")) not in made_now for layer in placed):
            continue  # a slot the new sizes would leave out
        if any(not _inside(made_now[str(layer["id"])], _content(document)) for layer in placed
               if layer.get("type") == "text"):
            continue  # the regions cannot hold the new sizes
        gain = min((measure_text(made_now[key]).font_size / max(0.1, measure_text(layer).font_size)
                    for key, layer in ((str(layer["id"]), layer) for layer in placed)
                    if SLOT_OF_LAYER.get(key) in emphasis), default=1.0)
        if not again or abs(gain - 1) > abs(best - 1):
            again, best = made_now, gain
    if not again:
        return None
    ops = []
    for layer in placed:
        new = again[str(layer["id"])]
        changes: dict[str, Any] = {"position": new["position"], "size": new["size"]}
        if "cornerRadius" in new:
            changes["cornerRadius"] = new["cornerRadius"]
        if layer.get("type") == "text":
            style = new.get("style") or {}
            changes["style"] = {key: style[key] for key in ("fontSize", "autoFit", "letterSpacing") if key in style}
            pill = style.get("background")
            if isinstance(pill, dict):
                changes["style"]["background"] = {"paddingX": pill["paddingX"], "paddingY": pill["paddingY"]}
        ops.append({"op": "update_layer", "layerId": str(layer["id"]), "changes": changes})
    return ops
