"""Logo documents built with the local layout rules: a monogram emblem over a wordmark, per style."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from aiengine.creative.colors import (
    WCAG_AA,
    contrast_ratio,
    mix,
    readable_text_color,
    shift_lightness,
)
from aiengine.creative.lint import lint_document

LOGO_FORMAT = "instagram_post"  # the catalogue's square format (1080 × 1080)
SIZE = 1080
STYLES = ("modern", "vintage", "minimalist", "playful")
MODEL = "local-logo-1"


@dataclass(frozen=True)
class LogoStyle:
    """How one style draws: the emblem shape, the type and the ground."""

    emblem: str  # rounded | ring | line | blob
    family: str
    weight: int
    word_weight: int
    transform: str
    spacing: float
    background: str


LOGO_STYLES = {
    "modern": LogoStyle("rounded", "Poppins", 800, 700, "none", 0.0, "#FFFFFF"),
    "vintage": LogoStyle("ring", "Noto Serif", 700, 700, "uppercase", 4.0, "#F4EBD9"),
    "minimalist": LogoStyle("line", "Inter", 300, 300, "uppercase", 8.0, "#FFFFFF"),
    "playful": LogoStyle("blob", "Poppins", 800, 800, "none", 0.0, "#FFF8EC"),
}
DEFAULT_COLORS = {"modern": ("#1E3A8A", "#F59E0B"), "vintage": ("#6B3E26", "#C08A3E"),
                  "minimalist": ("#111827", "#9CA3AF"), "playful": ("#FF5C9A", "#FFD400")}


def initials(name: str) -> str:
    """One or two letters for the monogram: the first letters of the first two words."""
    words = [word for word in re.split(r"[\s\-_&/]+", name.strip()) if word]
    letters = [next((ch for ch in word if ch.isalnum()), "") for word in words]
    letters = [ch for ch in letters if ch]
    if not letters:
        return "•"
    return "".join(letters[:2]).upper()


def _ink(primary: str, ground: str) -> str:
    """`primary`, darkened or lightened until it reads on `ground`."""
    return readable_text_color(ground, preferred=(primary,), minimum=WCAG_AA + 0.5)


def _text(layer_id: str, name: str, text: str, *, role: str, box: tuple[float, float, float, float],
          style: dict[str, Any]) -> dict[str, Any]:
    x, y, w, h = box
    return {"id": layer_id, "type": "text", "name": name, "role": role, "text": text,
            "position": {"x": x, "y": y}, "size": {"width": w, "height": h},
            "style": {"align": "center", "verticalAlign": "middle", "lineHeight": 1.1, **style}}


def _shape(layer_id: str, name: str, shape: str, *, box: tuple[float, float, float, float],
           **extra: Any) -> dict[str, Any]:
    x, y, w, h = box
    return {"id": layer_id, "type": "shape", "name": name, "role": "decoration", "shape": shape,
            "position": {"x": x, "y": y}, "size": {"width": w, "height": h}, **extra}


def _emblem(style: LogoStyle, *, primary: str, accent: str, ground: str, mark: str) -> list[dict[str, Any]]:
    """The emblem layers and the monogram on them, centred in the upper part of the canvas."""
    side = 400.0
    x, y = (SIZE - side) / 2, 150.0
    box = (x, y, side, side)
    layers: list[dict[str, Any]] = []
    mark_ground = ground
    if style.emblem == "rounded":
        layers.append(_shape("layer_emblem", "Emblem", "rect", box=box, cornerRadius=side * 0.22,
                             fill={"type": "linearGradient", "angle": 135,
                                   "stops": [{"offset": 0, "color": primary},
                                             {"offset": 1, "color": mix(primary, accent, 0.35)}]}))
        mark_ground = [primary, mix(primary, accent, 0.35)]
    elif style.emblem == "ring":
        layers.append(_shape("layer_emblem", "Emblem", "ellipse", box=box, fill={"type": "color", "color": primary}))
        inset = side * 0.06
        layers.append(_shape("layer_emblem_ring", "Emblem ring", "ellipse",
                             box=(x + inset, y + inset, side - 2 * inset, side - 2 * inset),
                             stroke={"color": shift_lightness(accent, 0.1), "width": 6}))
        mark_ground = primary
    elif style.emblem == "blob":
        layers.append(_shape("layer_emblem", "Emblem", "ellipse", box=box, fill={"type": "color", "color": primary}))
        dot = side * 0.26
        layers.append(_shape("layer_emblem_dot", "Emblem dot", "ellipse",
                             box=(x + side - dot * 0.8, y - dot * 0.1, dot, dot),
                             fill={"type": "color", "color": accent}))
        mark_ground = primary
    else:  # line: the monogram stands on the ground over a thin rule
        layers.append(_shape("layer_emblem", "Rule", "rect", box=(x + side * 0.2, y + side * 0.92, side * 0.6, 4),
                             fill={"type": "color", "color": accent if contrast_ratio(accent, ground) > 1.5
                                   else primary}))
    color = readable_text_color(mark_ground, preferred=("#FFFFFF", "#111111") if style.emblem != "line"
                                else (primary,), minimum=WCAG_AA + 0.5)
    size = side * (0.5 if len(mark) > 1 else 0.62)
    layers.append(_text("layer_monogram", "Monogram", mark, role="logo",
                        box=(x + side * 0.08, y + side * 0.1, side * 0.84, side * 0.8),
                        style={"fontFamily": style.family, "fontWeight": style.weight, "fontSize": round(size, 1),
                               "color": color, "autoFit": {"minSize": 12, "maxSize": round(size, 1)}}))
    return layers


def build_logo_document(*, name: str, style: str = "modern", colors: list[str] | tuple[str, ...] = (),
                        tagline: str = "") -> dict[str, Any]:
    """A square 1.4 design document: an emblem with the monogram, the wordmark and the tagline."""
    look = LOGO_STYLES.get(style, LOGO_STYLES["modern"])
    given = [color.upper() for color in colors if isinstance(color, str)]
    primary, accent = (given + list(DEFAULT_COLORS.get(style, DEFAULT_COLORS["modern"])))[:2]
    if len(given) == 1:
        accent = DEFAULT_COLORS.get(style, DEFAULT_COLORS["modern"])[1]
    ground = look.background
    if contrast_ratio(primary, ground) < 1.4:  # a pale primary on a pale ground: go dark
        ground = "#111827"
    layers: list[dict[str, Any]] = [
        _shape("layer_background", "Background", "rect", box=(0, 0, SIZE, SIZE),
               fill={"type": "color", "color": ground}),
    ]
    layers[0]["role"] = "background"
    layers += _emblem(look, primary=primary, accent=accent, ground=ground, mark=initials(name))
    word_style = {"fontFamily": look.family, "fontWeight": look.word_weight, "fontSize": 96,
                  "color": _ink(primary, ground), "autoFit": {"minSize": 12, "maxSize": 96}}
    if look.transform != "none":
        word_style["textTransform"] = look.transform
    if look.spacing:
        word_style["letterSpacing"] = look.spacing
    layers.append(_text("layer_wordmark", "Name", name, role="headline", box=(110, 610, 860, 170),
                        style=word_style))
    if tagline:
        layers.append(_text("layer_tagline", "Tagline", tagline, role="subhead", box=(160, 800, 760, 70),
                            style={"fontFamily": "Inter" if look.family == "Poppins" else look.family,
                                   "fontWeight": 500, "fontSize": 40,
                                   "color": _ink(mix(primary, "#555555", 0.4), ground),
                                   "letterSpacing": 2.0, "autoFit": {"minSize": 10, "maxSize": 40}}))
    document = {
        "schemaVersion": "1.4",
        "meta": {"title": f"{name} logo", "format": LOGO_FORMAT, "kind": "logo", "logoStyle": style,
                 "generator": MODEL},
        "canvas": {"width": SIZE, "height": SIZE, "background": {"type": "color", "color": ground}},
        "brand": {"name": name[:200], "colors": {"primary": primary, "accent": accent, "background": ground}},
        "layers": layers,
    }
    _settle(document)
    return document


def _settle(document: dict[str, Any]) -> None:
    """Shrink text the lint finds overflowing and fix text it finds unreadable."""
    for _round in range(3):
        issues = [issue for issue in lint_document(document, format_id=LOGO_FORMAT) if issue.severity == "error"]
        if not issues:
            return
        by_id = {layer["id"]: layer for layer in document["layers"]}
        for issue in issues:
            layer = by_id.get(issue.layer_id or "")
            if layer is None or layer.get("type") != "text":
                continue
            if issue.code == "text_overflow":
                layer["style"]["autoFit"]["minSize"] = 6
            elif issue.code == "low_contrast":
                ground = issue.details.get("background", "#FFFFFF")
                layer["style"]["color"] = readable_text_color(ground, minimum=WCAG_AA + 1)
            elif issue.code == "weak_hierarchy":
                fit = layer["style"]["autoFit"]
                fit["maxSize"] = max(6.0, round(float(issue.details.get("headline", 40)) * 0.8, 1))
                fit["minSize"] = min(fit["minSize"], fit["maxSize"])
                layer["style"]["fontSize"] = fit["maxSize"]
