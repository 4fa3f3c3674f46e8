"""Converts a 2.0 document (semantic blocks in canvas fractions) into a 1.4 one (layers in px)."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from documents.validation import validate_document

_KEPT_TOP_LEVEL = ("id", "meta", "canvas", "brand", "smartAssets")
_KEPT_BLOCK_FIELDS = ("name", "rotation", "opacity", "visible")
_IMAGE_FIELDS = ("assetId", "smartAssetId", "crop", "cornerRadius", "filters")
_SHAPE_FIELDS = ("shape", "cornerRadius", "fill", "stroke")
_DEFAULT_LINE_HEIGHT = 1.2
_SMALLEST_AUTO_SIZE = 12
_BUTTON_RADIUS = 999


@dataclass(frozen=True)
class _TextRole:
    """How the converter sizes and dresses the text of one role."""

    lines: int  # lines the region should hold at the largest size
    weight: int  # font weight when the block's style has none
    brand_font: str  # key of brand.fonts used when the style has no fontFamily


_TEXT_ROLES = {
    "headline": _TextRole(lines=2, weight=800, brand_font="primary"),
    "subhead": _TextRole(lines=2, weight=500, brand_font="secondary"),
    "offer": _TextRole(lines=1, weight=800, brand_font="primary"),
    "cta": _TextRole(lines=1, weight=700, brand_font="primary"),
    "body": _TextRole(lines=4, weight=400, brand_font="secondary"),
}
# Share of a button's height the text takes; the rest is the pill's padding.
_BUTTON_TEXT_SHARE = 0.6


def to_v14(doc: dict[str, Any]) -> dict[str, Any]:
    """The 1.4 form of ``doc``: a deep copy of a 1.4 document, or a 2.0 document converted.

    Each block becomes one layer ``layer_<block id>`` carrying the block's ``role``, in block
    order; regions (canvas fractions) become px boxes. Text roles without ``fontSize`` or
    ``autoFit`` get both, from the role and the region height; missing font families, weights
    and colours come from the document's brand. A cta ``button`` becomes a pill background.
    Raises DocumentInvalid when ``doc`` is not a valid design document. Never mutates ``doc``.
    """
    if isinstance(doc, dict) and doc.get("schemaVersion") == "1.4":
        return copy.deepcopy(doc)
    validate_document(doc)
    result: dict[str, Any] = {"schemaVersion": "1.4"}
    for key in _KEPT_TOP_LEVEL:
        if key in doc:
            result[key] = copy.deepcopy(doc[key])
    canvas = doc["canvas"]
    brand = doc.get("brand", {})
    result["layers"] = [
        _block_to_layer(block, canvas["width"], canvas["height"], brand) for block in doc["blocks"]
    ]
    return result


def _block_to_layer(block: dict[str, Any], canvas_width: int, canvas_height: int,
                    brand: dict[str, Any]) -> dict[str, Any]:
    region = block["region"]
    width = max(1, round(region["width"] * canvas_width))
    height = max(1, round(region["height"] * canvas_height))
    layer: dict[str, Any] = {
        "id": f"layer_{block['id']}",
        "role": block["role"],
        "position": {"x": round(region["x"] * canvas_width), "y": round(region["y"] * canvas_height)},
        "size": {"width": width, "height": height},
    }
    _copy_fields(block, layer, _KEPT_BLOCK_FIELDS)
    role = block["role"]
    if role in _TEXT_ROLES:
        layer["type"] = "text"
        layer["text"] = block["text"]
        layer["style"] = _text_style(block, _TEXT_ROLES[role], height, brand)
    elif role == "decoration":
        layer["type"] = "shape"
        _copy_fields(block, layer, _SHAPE_FIELDS)
        if "points" in block:
            layer["points"] = [
                {"x": round(point["x"] * width, 2), "y": round(point["y"] * height, 2)}
                for point in block["points"]
            ]
    else:
        layer["type"] = "image"
        _copy_fields(block, layer, _IMAGE_FIELDS)
        layer["fit"] = block.get("fit", "contain")
    return layer


def _text_style(block: dict[str, Any], role: _TextRole, box_height: int,
                brand: dict[str, Any]) -> dict[str, Any]:
    style: dict[str, Any] = copy.deepcopy(block.get("style", {}))
    button = block.get("button") if block["role"] == "cta" else None
    brand_colors = brand.get("colors", {})
    family = brand.get("fonts", {}).get(role.brand_font, {}).get("family")
    if family:
        style.setdefault("fontFamily", family)
    style.setdefault("fontWeight", role.weight)
    if button is not None:
        style.setdefault("color", "#FFFFFF")
        style.setdefault("align", "center")
        style.setdefault("verticalAlign", "middle")
    elif "text" in brand_colors:
        style.setdefault("color", brand_colors["text"])
    line_height = style.get("lineHeight", _DEFAULT_LINE_HEIGHT)
    text_share = _BUTTON_TEXT_SHARE if button is not None else 1.0
    largest = min(1000, max(1, int(box_height * text_share / (role.lines * line_height))))
    if "autoFit" in style:
        style.setdefault("fontSize", style["autoFit"]["maxSize"])
    elif "fontSize" not in style:
        smallest = min(largest, max(_SMALLEST_AUTO_SIZE, round(largest * 0.4)))
        style["fontSize"] = largest
        style["autoFit"] = {"minSize": smallest, "maxSize": largest}
    if button is not None and "background" not in style:
        size = style["fontSize"]
        style["background"] = {
            "color": button.get("color") or brand_colors.get("accent")
            or brand_colors.get("primary") or "#000000",
            "paddingX": round(size * 0.9),
            "paddingY": round(size * 0.35),
            "radius": button.get("radius", _BUTTON_RADIUS),
        }
    return style


def _copy_fields(source: dict[str, Any], target: dict[str, Any], keys: tuple[str, ...]) -> None:
    for key in keys:
        if key in source:
            target[key] = copy.deepcopy(source[key])
