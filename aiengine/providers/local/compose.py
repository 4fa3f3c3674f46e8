"""Turn a planned layout into 1.4 layers: text styles, paints, the product slot and the logo."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from aiengine.creative.colors import WCAG_AA, ensure_contrast, with_alpha
from aiengine.creative.palettes import Scheme
from aiengine.providers.local.families import Deco, Layout
from aiengine.providers.local.geometry import Box, Frame
from aiengine.providers.local.typography import TypeSet

TEXT_ORDER = ("problem", "headline", "subhead", "offer", "cta")
TEXT_IDS = {"problem": "layer_problem", "headline": "layer_headline", "subhead": "layer_subheadline",
            "offer": "layer_offer", "cta": "layer_cta"}
TEXT_NAMES = {"problem": "Problem", "headline": "Headline", "subhead": "Subheadline", "offer": "Offer",
              "cta": "Call to action"}
TEXT_ROLES = {"problem": "body", "headline": "headline", "subhead": "subhead", "offer": "offer", "cta": "cta"}
OVERLAY_DECOS = ("offer_badge", "offer_ring", "arrow")
MIN_FONT = 6
MAX_FONT = 1000  # the schema's largest font size


@dataclass(frozen=True)
class Copy:
    """The words of one design."""

    headline: str
    subhead: str
    offer: str
    cta: str
    problem: str

    def for_key(self, key: str) -> str:
        return str(getattr(self, key))


def _num(value: float) -> float:
    return round(float(value), 1)


def _geometry(box: Box) -> dict[str, Any]:
    return {"position": {"x": _num(box.x), "y": _num(box.y)},
            "size": {"width": _num(max(1.0, box.w)), "height": _num(max(1.0, box.h))}}


def _paint(name: str, scheme: Scheme) -> dict[str, Any] | None:
    if name == "glow":
        return {"type": "radialGradient", "center": {"x": 0.5, "y": 0.5}, "radius": 0.5,
                "stops": [{"offset": 0, "color": with_alpha(scheme.glow, 0.85)},
                          {"offset": 0.6, "color": with_alpha(scheme.glow, 0.35)},
                          {"offset": 1, "color": with_alpha(scheme.glow, 0.0)}]}
    color = {"panel": scheme.panel, "accent": scheme.accent, "cta": scheme.cta_fill}.get(name)
    if color is None:
        return None
    return {"type": "color", "color": color}


def deco_layer(deco: Deco, scheme: Scheme, frame: Frame) -> dict[str, Any]:
    """A decorative shape layer (role `decoration`)."""
    layer: dict[str, Any] = {"id": f"layer_{deco.key}", "type": "shape", "name": deco.name or deco.key,
                             "role": "decoration", "shape": deco.shape, **_geometry(deco.box)}
    paint = _paint(deco.paint, scheme)
    if paint is not None:
        layer["fill"] = paint
    if deco.paint == "ring":
        layer["stroke"] = {"color": scheme.accent, "width": _num(max(2.0, frame.unit * 0.006))}
    if deco.corner_radius:
        layer["cornerRadius"] = _num(deco.corner_radius)
    if deco.points:
        layer["points"] = [{"x": _num(x), "y": _num(y)} for x, y in deco.points]
    return layer


def background_layer(frame: Frame, scheme: Scheme) -> dict[str, Any]:
    """The full-canvas background (role `background`): a soft vertical gradient."""
    return {"id": "layer_background", "type": "shape", "name": "Background", "role": "background", "shape": "rect",
            **_geometry(frame.canvas),
            "fill": {"type": "linearGradient", "angle": 180,
                     "stops": [{"offset": 0, "color": scheme.background},
                               {"offset": 1, "color": scheme.background_end}]}}


def _caps(key: str, mode: str, frame: Frame) -> float:
    """The largest font size (px) each text element may reach in this frame."""
    unit = frame.content.h * 3.2 if frame.shape == "strip" else frame.unit
    caps = {"headline": 0.15, "subhead": 0.055, "cta": 0.05, "problem": 0.08,
            "offer": 0.3 if mode in ("badge", "band", "type", "panel") else 0.055}
    return max(MIN_FONT, unit * caps[key])


def _text_color(key: str, ground: str, mode: str, scheme: Scheme) -> str:
    if ground == "accent":
        return scheme.on_accent
    if ground == "panel":
        return scheme.panel_headline if key in ("headline", "offer") else scheme.panel_text
    if key == "headline":
        return scheme.headline
    if key == "offer" and mode == "type":
        return ensure_contrast(scheme.accent, scheme.grounds, minimum=WCAG_AA + 0.3)
    return scheme.body


def text_layer(*, key: str, text: str, box: Box, layout: Layout, frame: Frame, scheme: Scheme,
               typeset: TypeSet) -> dict[str, Any]:
    """A text layer for element `key` with autoFit inside `box`; a pill for the CTA and an offer chip."""
    ground = layout.grounds.get(key, "canvas")
    pill = key == "cta" or (key == "offer" and layout.offer_mode == "chip")
    align = "center" if key == "offer" and layout.offer_mode in ("badge", "band", "panel") else layout.align
    if key in ("headline", "offer"):
        family, weight = typeset.headline_family, typeset.headline_weight
        line_height = typeset.headline_line_height if key == "headline" else 1.05
    elif key == "cta":
        family, weight, line_height = typeset.button_family, typeset.button_weight, 1.15
    else:
        family, weight, line_height = typeset.body_family, typeset.body_weight, 1.3
    if key == "problem":
        weight = max(weight, 600)
    style: dict[str, Any] = {"fontFamily": family, "fontWeight": weight, "fontSize": 32,
                             "color": _text_color(key, ground, layout.offer_mode, scheme), "align": align,
                             "verticalAlign": "middle", "lineHeight": line_height}
    if key == "headline" and typeset.headline_transform != "none":
        style["textTransform"] = typeset.headline_transform
        style["letterSpacing"] = typeset.headline_spacing
    if key == "cta" and typeset.button_transform != "none":
        style["textTransform"] = typeset.button_transform
    if pill:
        fill = scheme.cta_fill if key == "cta" else scheme.accent
        style["color"] = scheme.cta_text if key == "cta" else scheme.on_accent
        pad_y = max(2.0, box.h * 0.2)
        pad_x = max(4.0, min(box.h * 0.55, box.w * 0.12))
        style["background"] = {"color": fill, "paddingX": _num(pad_x), "paddingY": _num(pad_y), "radius": 999}
        box = Box(box.x + pad_x, box.y + pad_y, max(1.0, box.w - 2 * pad_x), max(1.0, box.h - 2 * pad_y))
    max_size = max(MIN_FONT, min(_caps(key, layout.offer_mode, frame), box.h / line_height, MAX_FONT))
    style["fontSize"] = _num(max_size)
    style["autoFit"] = {"minSize": MIN_FONT, "maxSize": _num(max_size)}
    return {"id": TEXT_IDS[key], "type": "text", "name": TEXT_NAMES[key], "role": TEXT_ROLES[key], "text": text,
            **_geometry(box), "style": style}


def image_layer(*, key: str, box: Box, asset_id: str | None, smart_id: str | None) -> dict[str, Any]:
    """The product or logo image layer: a stored asset, or a smart-asset slot."""
    layer: dict[str, Any] = {"id": f"layer_{key}", "type": "image", "name": "Product image" if key == "product"
                             else "Logo", "role": key, "fit": "contain", **_geometry(box)}
    if key == "product":
        layer["cornerRadius"] = _num(min(box.w, box.h) * 0.06)
    if asset_id:
        layer["assetId"] = asset_id
    else:
        layer["smartAssetId"] = smart_id
    return layer


def compose_layers(*, layout: Layout, frame: Frame, scheme: Scheme, typeset: TypeSet, copy: Copy,
                   product: tuple[str | None, str | None] | None, logo: tuple[Box, str] | None) -> list[dict[str, Any]]:
    """All layers of one design, bottom to top: background, panels, product, badges, logo, text."""
    layers = [background_layer(frame, scheme)]
    under = [d for d in layout.decorations if d.key not in OVERLAY_DECOS and not d.key.startswith("sparkle")]
    over = [d for d in layout.decorations if d not in under]
    layers.extend(deco_layer(d, scheme, frame) for d in under)
    if product is not None and "product" in layout.boxes:
        asset_id, smart_id = product
        layers.append(image_layer(key="product", box=layout.boxes["product"], asset_id=asset_id, smart_id=smart_id))
    layers.extend(deco_layer(d, scheme, frame) for d in over)
    if logo is not None:
        box, asset_id = logo
        layers.append(image_layer(key="logo", box=box, asset_id=asset_id, smart_id=None))
    for key in TEXT_ORDER:
        box = layout.boxes.get(key)
        text = copy.for_key(key)
        if box is None or not text:
            continue
        layers.append(text_layer(key=key, text=text, box=box, layout=layout, frame=frame, scheme=scheme,
                                 typeset=typeset))
    return layers
