"""The tools catalogue: each tool's id, name, category, price, description and JSON Schema of inputs."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator

from aiengine.creative.concepts import DEFAULT_CONCEPT
from aiengine.providers.base import CONCEPT_IDS
from aiengine.services import generation_cost
from documents import FORMATS
from radicpro.api.errors import ApiError, ErrorCode
from radicpro.billing.costs import SMART_IMAGE_RESOLUTIONS, cost_of
from rendering import FORMAT_NAMES, OUTPUT_FORMATS, RASTER_FORMAT_NAMES

from .logo import STYLES

COLOR = {"type": "string", "pattern": "^#(?:[0-9A-Fa-f]{6})$", "description": "A colour like #RRGGBB."}
ASSET_ID = {"type": "string", "minLength": 1, "maxLength": 64,
            "description": "The id of one of your assets (asset_...), e.g. from POST /v1/assets."}
MAX_SIDE = 4096
SWAP_MAX_SIDE = 2048
SIZE = {"type": "integer", "minimum": 1, "maximum": MAX_SIDE}
VARIANTS_MAX = 4
RESOLUTION_SIDE = {"1k": 1024, "2k": 2048, "4k": 4096}
ASPECT_RATIOS = {"1:1": (1, 1), "4:5": (4, 5), "3:4": (3, 4), "2:3": (2, 3), "9:16": (9, 16),
                 "5:4": (5, 4), "4:3": (4, 3), "3:2": (3, 2), "16:9": (16, 9)}
RECIPE_TYPES = ("product_shot", "background", "abstract", "lifestyle", "texture")
DESIGN_EXPORT_FORMATS = list(FORMAT_NAMES)
IMAGE_FORMATS = list(RASTER_FORMAT_NAMES)  # what the image tools can write
ALPHA_IMAGE_LABELS = "/".join(fmt.label for fmt in OUTPUT_FORMATS if fmt.raster and fmt.alpha)


def _object(properties: dict[str, Any], *, required: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
            "properties": properties, "required": list(required), "additionalProperties": False}


@dataclass(frozen=True)
class Tool:
    """One AI tool: what it is, what it costs for given inputs, and the schema its inputs follow."""

    id: str
    name: str
    category: str
    description: str
    input_schema: dict[str, Any]
    price: Callable[[dict[str, Any]], int]
    estimated_time: int  # seconds, for the 202 answer's estimatedTime
    output: str  # design | asset

    @property
    def credits_per_use(self) -> int:
        """The price with the schema's defaults."""
        return self.price(with_defaults(self, {}))


def _generator_price(inputs: dict[str, Any]) -> int:
    """What POST /v1/ai/generate-designs charges: each variant plus its product shot."""
    return generation_cost(variants=int(inputs.get("variants", 3)),
                           image_resolution=inputs.get("image_resolution", "1k"))


TOOLS: dict[str, Tool] = {tool.id: tool for tool in (
    Tool(
        id="logo_maker", name="Logo Maker", category="design",
        description="A square logo design from a company name, a style and colours: a monogram emblem "
                    "over the wordmark, saved as an editable design with a rendered PNG preview.",
        input_schema=_object({
            "text": {"type": "string", "minLength": 1, "maxLength": 60, "pattern": "\\S",
                     "description": "The company name."},
            "style": {"type": "string", "enum": list(STYLES), "default": "modern"},
            "colors": {"type": "array", "items": COLOR, "maxItems": 4, "default": [],
                       "description": "Primary first, then an accent."},
            "tagline": {"type": "string", "maxLength": 80, "default": ""},
        }, required=("text",)),
        price=lambda inputs: cost_of("design_variant"), estimated_time=5, output="design"),
    Tool(
        id="design_generator", name="Design Generator", category="design",
        description="Designs from a prompt, like POST /v1/ai/generate-designs: copy, layout, colours and a "
                    "product shot per variant, saved as designs.",
        input_schema=_object({
            "prompt": {"type": "string", "minLength": 3, "maxLength": 2000},
            "format": {"type": "string", "enum": [fmt.id for fmt in FORMATS], "default": "instagram_post"},
            "concept": {"type": "string", "enum": list(CONCEPT_IDS), "default": DEFAULT_CONCEPT},
            "variants": {"type": "integer", "minimum": 1, "maximum": VARIANTS_MAX, "default": 3},
            "image_resolution": {"type": "string", "enum": list(SMART_IMAGE_RESOLUTIONS), "default": "1k"},
            "brand_kit_id": {"type": "string", "minLength": 1, "maxLength": 64},
        }, required=("prompt",)),
        price=_generator_price, estimated_time=20, output="design"),
    Tool(
        id="smart_image", name="Smart Image", category="image",
        description="An image generated from a recipe (a product shot, background or abstract brand "
                    "composition) in your colours, stored as an asset.",
        input_schema=_object({
            "prompt": {"type": "string", "minLength": 3, "maxLength": 2000},
            "type": {"type": "string", "enum": list(RECIPE_TYPES), "default": "product_shot"},
            "aspect_ratio": {"type": "string", "enum": list(ASPECT_RATIOS), "default": "1:1"},
            "resolution": {"type": "string", "enum": list(SMART_IMAGE_RESOLUTIONS), "default": "1k"},
            "colors": {"type": "array", "items": COLOR, "maxItems": 5, "default": []},
            "reference_file_id": ASSET_ID,
        }, required=("prompt",)),
        price=lambda inputs: cost_of("smart_image", resolution=inputs.get("resolution", "1k")),
        estimated_time=10, output="asset"),
    Tool(
        id="image_resizer", name="Image Resizer", category="image",
        description="One of your images at a new size: fitted inside (contain, padded with a background "
                    "colour or transparency), cropped to fill (cover) or stretched (fill).",
        input_schema=_object({
            "file_id": ASSET_ID,
            "width": SIZE,
            "height": SIZE,
            "fit": {"type": "string", "enum": ["contain", "cover", "fill"], "default": "contain"},
            "format": {"type": "string", "enum": IMAGE_FORMATS, "default": "png"},
            "background": {**COLOR, "description": f"Padding colour for contain (transparent "
                                                   f"{ALPHA_IMAGE_LABELS} without it)."},
        }, required=("file_id", "width", "height")),
        price=lambda inputs: cost_of("export"), estimated_time=2, output="asset"),
    Tool(
        id="background_swap", name="Background Swap", category="image",
        description="Your product photo cut out of its background and placed on a new lit studio "
                    "backdrop in the colours you give, with a soft floor shadow.",
        input_schema=_object({
            "file_id": ASSET_ID,
            "colors": {"type": "array", "items": COLOR, "minItems": 1, "maxItems": 3,
                       "default": ["#1E293B", "#F5C542"], "description": "Backdrop, then the light colour."},
            "width": {**SIZE, "maximum": SWAP_MAX_SIDE, "default": 1080},
            "height": {**SIZE, "maximum": SWAP_MAX_SIDE, "default": 1080},
        }, required=("file_id",)),
        price=lambda inputs: cost_of("smart_image", resolution="1k"), estimated_time=5, output="asset"),
)}

_VALIDATORS = {tool_id: Draft202012Validator(tool.input_schema) for tool_id, tool in TOOLS.items()}


def tool_get(tool_id: str) -> Tool:
    """The tool with `tool_id`; NOT_FOUND for an unknown one."""
    tool = TOOLS.get(str(tool_id))
    if tool is None:
        raise ApiError(ErrorCode.NOT_FOUND, f"There is no tool {tool_id!r}; see GET /v1/tools.",
                       details={"toolId": str(tool_id)[:100]})
    return tool


def with_defaults(tool: Tool, inputs: dict[str, Any]) -> dict[str, Any]:
    """`inputs` with the schema's defaults filled in for the properties not given."""
    filled = copy.deepcopy(inputs)
    for name, spec in tool.input_schema["properties"].items():
        if name not in filled and "default" in spec:
            filled[name] = copy.deepcopy(spec["default"])
    return filled


def _field(error: Any) -> tuple[str, str]:
    """(inputs.<path>, message) for one schema error; a missing or extra property names itself."""
    path = ["inputs", *(str(part) for part in error.absolute_path)]
    message = error.message
    if error.validator == "required":
        missing = [name for name in error.validator_value if name not in (error.instance or {})]
        if missing:
            path.append(missing[0])
            message = "This field is required."
    elif error.validator == "additionalProperties":
        allowed = set((error.schema or {}).get("properties") or {})
        extra = [name for name in (error.instance or {}) if name not in allowed]
        if extra:
            path.append(str(extra[0]))
            message = "This field is not an input of this tool."
    return ".".join(path), message


def validate_inputs(tool: Tool, inputs: Any) -> dict[str, Any]:
    """The inputs with defaults filled, or VALIDATION_ERROR with details keyed by field path
    (`inputs.text`, `inputs.colors.1`)."""
    if not isinstance(inputs, dict):
        raise ApiError(ErrorCode.VALIDATION_ERROR, "inputs: must be an object.",
                       details={"inputs": ["Must be an object."]})
    details: dict[str, list[str]] = {}
    for error in sorted(_VALIDATORS[tool.id].iter_errors(inputs), key=lambda e: list(e.absolute_path)):
        if error.validator == "required":
            for name in error.validator_value:
                if name not in inputs:
                    details.setdefault(f"inputs.{name}", []).append("This field is required.")
            continue
        field, message = _field(error)
        details.setdefault(field, []).append(message)
    if details:
        first = next(iter(details))
        raise ApiError(ErrorCode.VALIDATION_ERROR, f"{first}: {details[first][0]}", details=details)
    return with_defaults(tool, inputs)


def image_size(*, aspect_ratio: str, resolution: str) -> tuple[int, int]:
    """Pixels for an aspect ratio whose long side is the resolution's (1k 1024, 2k 2048, 4k 4096)."""
    long_side = RESOLUTION_SIDE.get(resolution, 1024)
    a, b = ASPECT_RATIOS.get(aspect_ratio, (1, 1))
    if a >= b:
        return long_side, max(16, round(long_side * b / a))
    return max(16, round(long_side * a / b)), long_side
