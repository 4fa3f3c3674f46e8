"""Chat prompts and structured-output schemas for layout and edit models."""

from __future__ import annotations

import copy
import functools
import json
from typing import Any

from aiengine.providers.base import LayoutRequest
from documents import PATCH_SCHEMA, Format, get_schema

LAYOUT_SCHEMA_NAME = "design_documents"
EDIT_SCHEMA_NAME = "design_edit"
SMART_PRODUCT = "smart_product"

DOCUMENT_MODEL = """\
A design is a JSON document, schemaVersion "1.4":
{"schemaVersion": "1.4", "meta": {...}, "canvas": {"width", "height", "background": paint},
 "brand": {...}, "smartAssets": {key: {"status": "pending", "recipe": {"type", "prompt", "options"}}},
 "layers": [...]}
- Pixels at 1x, origin top-left; a layer's "position" {x, y} is the top-left of its box, "size"
  {width, height} the box (both > 0). Layers paint in order: the first is at the bottom.
- Every layer: unique "id", "type" (text | image | shape | group), "position", "size"; optional
  "name", "role" (headline, subhead, offer, cta, body, product, logo, decoration, background),
  "rotation" (degrees), "opacity" (0-1), "visible".
- text: "text" and "style" {fontFamily (FONT_FAMILIES, or a brand font),
  fontWeight (100-900), fontSize, color, align (left|center|right), verticalAlign
  (top|middle|bottom), lineHeight, autoFit {minSize, maxSize}, background {color, paddingX, paddingY, radius} for pills}.
- image: exactly one of "assetId" (only ids given to you) or "smartAssetId" (a key of
  smartAssets), "fit" (cover|contain|fill), optional "cornerRadius".
- shape: "shape" (rect|ellipse|line|polygon), "fill" paint, "stroke" {color, width};
  polygon/line take "points" [{x, y}] in box-local px.
- group: "children" (layers positioned relative to the group).
- Colours are "#RRGGBB" or "#RRGGBBAA". A paint is {"type": "color", "color"} or
  {"type": "linearGradient", "angle", "stops": [{"offset": 0-1, "color"}, ...]} or
  {"type": "radialGradient", "center": {x, y}, "radius", "stops": [...]}.
"""

LAYOUT_TASK = """
You are an art director. From the brief you are given, design {variants} distinct variants of
one advertisement in the "{concept}" creative concept, each on a {width}x{height} canvas
(format "{format_id}"). Keep all text and logos inside the safe area (insets top {top},
right {right}, bottom {bottom}, left {left} px), make text readable against what is behind it
(WCAG AA contrast), keep text boxes from overlapping, and make the headline the largest text.
Use the brief's headline, subhead, offer and cta as written (same language, no translation)
and give text layers roles (headline, subhead, offer, cta). {product}{brand}
Answer with only a JSON object: {{"documents": [ ...{variants} design documents... ]}}.
"""

EDIT_TASK = """
You edit a design by returning patch operations, applied in order and atomically:
- {"op": "update_layer", "layerId", "changes": {...}} (deep-merged; null removes a key)
- {"op": "remove_layer", "layerId"}
- {"op": "add_layer", "layer": {...}, "index"?, "parentId"?}
- {"op": "move_layer", "layerId", "index"} (0 is the bottom)
- {"op": "update_canvas", "changes": {...}}
- {"op": "update_smart_asset", "key", "changes": {...}} (a smartAssets slot; to show another subject in an
  image, set "status": "pending", "assetId": null and a new "recipe" prompt: the image is drawn for you)
Find layers by their "id", "name" and "role". The result must still be a valid document.
Answer with only a JSON object: {"operations": [...], "explanation": "one or two sentences for
the user", "unsupported": ["parts of the instruction you could not do"]}.
"""


@functools.cache
def _document_model() -> str:
    """DOCUMENT_MODEL naming the font families the renderer ships."""
    try:
        from rendering import default_font_library

        families = ", ".join(default_font_library().families())
    except ImportError:
        families = "Inter, Poppins, DM Sans, Open Sans, Noto Sans, Noto Serif"
    return DOCUMENT_MODEL.replace("FONT_FAMILIES", families)


def layout_messages(request: LayoutRequest, fmt: Format) -> list[dict[str, str]]:
    """The system prompt and the brief (as a JSON user message) for a layout request."""
    product = (f'Use the product photo as an image layer with "assetId": "{request.product_asset_id}". '
               if request.product_asset_id else
               f'Show the product as an image layer with "smartAssetId": "{SMART_PRODUCT}" and a '
               f'matching smartAssets entry whose recipe type is "product_shot". ')
    logo = request.logo_asset_id or (request.brand or {}).get("logoAssetId")
    brand = ""
    if request.brand:
        brand = "Use the brand's colours and fonts and copy its block into each document. "
    if logo:
        brand += f'Place the logo as an image layer with "assetId": "{logo}" and role "logo". '
    system = _document_model() + LAYOUT_TASK.format(
        variants=request.variants, concept=request.concept, width=fmt.width, height=fmt.height,
        format_id=fmt.id, top=fmt.safe_area.top, right=fmt.safe_area.right,
        bottom=fmt.safe_area.bottom, left=fmt.safe_area.left, product=product, brand=brand)
    brief = request.brief
    user = {
        "brief": {"prompt": brief.prompt, "kind": brief.kind, "headline": brief.copy.headline,
                  "eyebrow": brief.copy.eyebrow, "subhead": brief.copy.subline, "details": list(brief.copy.details),
                  "offer": brief.copy.badge, "cta": brief.copy.cta, "contact": brief.copy.contact,
                  "attribution": brief.copy.attribution, "subject": brief.subject, "occasion": brief.occasion,
                  "mood": list(brief.moods), "colors": [colour.hex for colour in brief.colours],
                  "facts": [fact.text for fact in brief.facts], "language": brief.language},
        "concept": request.concept,
        "format": {"id": fmt.id, "width": fmt.width, "height": fmt.height},
        "variants": request.variants,
        "brand": request.brand,
        "productAssetId": request.product_asset_id,
        "logoAssetId": logo,
        "seed": request.seed,
    }
    return [{"role": "system", "content": system},
            {"role": "user", "content": json.dumps(user, ensure_ascii=False)}]


def edit_messages(*, document: dict[str, Any], instruction: str) -> list[dict[str, str]]:
    """The system prompt and the document + instruction (as a JSON user message) for an edit."""
    user = {"document": document, "instruction": instruction}
    return [{"role": "system", "content": _document_model() + EDIT_TASK},
            {"role": "user", "content": json.dumps(user, ensure_ascii=False)}]


def _json_schema(name: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"type": "json_schema", "json_schema": {"name": name, "schema": schema, "strict": False}}


@functools.cache
def _layout_schema() -> dict[str, Any]:
    document = copy.deepcopy(get_schema("1.4"))
    definitions = document.pop("$defs")
    for key in ("$schema", "$id"):
        document.pop(key, None)
    definitions["document"] = document
    return {"type": "object", "required": ["documents"], "additionalProperties": False,
            "properties": {"documents": {"type": "array", "minItems": 1,
                                         "items": {"$ref": "#/$defs/document"}}},
            "$defs": definitions}


@functools.cache
def _edit_schema() -> dict[str, Any]:
    schema = copy.deepcopy(PATCH_SCHEMA)
    for key in ("$schema", "$id"):
        schema.pop(key, None)
    schema["required"] = ["operations", "explanation"]
    schema["properties"]["explanation"] = {"type": "string"}
    schema["properties"]["unsupported"] = {"type": "array", "items": {"type": "string"}}
    return schema


def layout_response_format() -> dict[str, Any]:
    """`response_format` asking for {"documents": [1.4 documents]} (not strict: a guide)."""
    return _json_schema(LAYOUT_SCHEMA_NAME, copy.deepcopy(_layout_schema()))


def edit_response_format() -> dict[str, Any]:
    """`response_format` asking for {"operations", "explanation", "unsupported"}."""
    return _json_schema(EDIT_SCHEMA_NAME, copy.deepcopy(_edit_schema()))
