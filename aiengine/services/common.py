"""Helpers shared by the AI services: image sizes, cache keys, provider errors, smart-asset slots."""

from __future__ import annotations

import copy
import hashlib
import json
import re
import time
from decimal import Decimal
from typing import Any

from aiengine.providers.base import ImageRequest, ProviderError
from documents import iter_layers
from radicpro.api.errors import ApiError, ErrorCode

# imageResolution → the long side (px) an export of the whole design is meant to have.
RESOLUTION_LONG_SIDE = {"1k": 1024, "2k": 2048, "4k": 4096}
MAX_IMAGE_SIDE = 4096
MIN_IMAGE_SIDE = 64
_SPACES = re.compile(r"\s+")


def elapsed_ms(started: float) -> int:
    """Whole milliseconds since `started` (a time.perf_counter() reading)."""
    return max(0, round((time.perf_counter() - started) * 1000))


def usd(value: float | Decimal) -> float:
    """A provider cost in USD, rounded to a hundredth of a cent."""
    return round(float(value or 0), 4)


def generation_failed(error: ProviderError, *, what: str) -> ApiError:
    """GENERATION_FAILED for a provider error, keeping its `retryable`."""
    return ApiError(ErrorCode.GENERATION_FAILED, f"{what} failed: {error.message}",
                    details={"reason": error.message}, retryable=error.retryable)


def image_size(*, layer: dict[str, Any], canvas: dict[str, Any], resolution: str) -> tuple[int, int]:
    """Pixels for a smart image drawn in `layer`: its box, scaled so that an export of the design
    at `resolution` (1k, 2k, 4k: the design's long side) shows it at one image pixel per output
    pixel (never below the design's own size), each side within 64–4096 px."""
    size = layer.get("size") or {}
    width, height = float(size.get("width") or 1), float(size.get("height") or 1)
    long_side = max(float(canvas.get("width") or 1), float(canvas.get("height") or 1))
    factor = max(1.0, RESOLUTION_LONG_SIDE.get(resolution, 1024) / long_side)
    factor = min(factor, MAX_IMAGE_SIDE / max(width, height))
    return (max(MIN_IMAGE_SIDE, min(MAX_IMAGE_SIDE, round(width * factor))),
            max(MIN_IMAGE_SIDE, min(MAX_IMAGE_SIDE, round(height * factor))))


def _normalised(value: Any) -> Any:
    if isinstance(value, str):
        return _SPACES.sub(" ", value).strip()
    if isinstance(value, dict):
        return {str(key): _normalised(item) for key, item in value.items() if item not in (None, "", [], {})}
    if isinstance(value, (list, tuple)):
        return [_normalised(item) for item in value]
    return value


def normalised_prompt(prompt: str) -> str:
    """The prompt with runs of white space made one space and the ends trimmed."""
    return _normalised(prompt or "")


def cache_key(*, request: ImageRequest, provider: str, model: str) -> str:
    """sha256 of the normalised image request: recipe type, prompt, options, holistic context,
    brand colours, reference image, pixel size, provider and model (not the seed)."""
    reference = hashlib.sha256(request.reference).hexdigest() if request.reference else ""
    body = {"type": request.recipe_type, "prompt": normalised_prompt(request.prompt),
            "options": _normalised(dict(request.options)), "context": _normalised(dict(request.context)),
            "brandColors": [color.upper() for color in request.brand_colors], "reference": reference,
            "size": [request.width, request.height], "provider": provider, "model": model}
    encoded = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


def seed_from(key: str) -> int:
    """A deterministic 31-bit seed from a cache key."""
    return int(key[:8], 16) & 0x7FFFFFFF


def find_layer(document: dict[str, Any], layer_id: str) -> dict[str, Any] | None:
    """The layer with `layer_id` anywhere in a 1.4 document (groups included), or None."""
    for _pointer, layer, _depth in iter_layers(document):
        if layer.get("id") == layer_id:
            return layer
    return None


def slot_layers(document: dict[str, Any], slot: str) -> list[dict[str, Any]]:
    """The image layers drawing smart-asset slot `slot`."""
    return [layer for _pointer, layer, _depth in iter_layers(document)
            if layer.get("type") == "image" and layer.get("smartAssetId") == slot]


def document_colors(document: dict[str, Any]) -> tuple[str, ...]:
    """Brand colours for smart images: the brand block's, else the design's own (background first)."""
    brand = document.get("brand") or {}
    colors = [value for value in (brand.get("colors") or {}).values() if isinstance(value, str)]
    if len(colors) >= 2:
        return tuple(dict.fromkeys(colors))
    found: list[str] = []
    background = ((document.get("canvas") or {}).get("background") or {})
    if background.get("type") == "color" and isinstance(background.get("color"), str):
        found.append(background["color"])
    for _pointer, layer, _depth in iter_layers(document):
        color = None
        if layer.get("type") == "text":
            color = (layer.get("style") or {}).get("color")
        elif layer.get("type") == "shape":
            fill = layer.get("fill") or {}
            color = fill.get("color") if fill.get("type") == "color" else None
        if isinstance(color, str):
            found.append(color[:7])
    return tuple(dict.fromkeys(colors + found))[:5]


def holistic_context(document: dict[str, Any], *, prompt: str, layer: dict[str, Any]) -> dict[str, Any]:
    """What the rest of the design says, for an image that has to sit in it."""
    meta = document.get("meta") or {}
    adjacent = [f"{(other.get('role') or 'text')} '{other.get('text')}'"
                for _pointer, other, _depth in iter_layers(document)
                if other.get("type") == "text" and other.get("text") and other.get("visible", True)]
    canvas = document.get("canvas") or {}
    position, size = layer.get("position") or {}, layer.get("size") or {}
    center_x = (float(position.get("x", 0)) + float(size.get("width", 0)) / 2) / max(1.0, float(canvas.get("width", 1)))
    side = "left" if center_x < 0.4 else "right" if center_x > 0.6 else "centre"
    theme = ", ".join(str(meta.get(key)) for key in ("palette", "colorScheme") if meta.get(key))
    return {"designPurpose": normalised_prompt(prompt)[:300], "overallTheme": theme,
            "adjacentElements": adjacent[:6], "brandColors": list(document_colors(document)),
            "compositionHints": f"Product on the {side} side of the design"}


def smart_image_counts(document: dict[str, Any]) -> dict[str, int]:
    """How many smart-asset slots the document has: total, completed and still pending."""
    slots = (document.get("smartAssets") or {}).values()
    total = len(slots)
    completed = sum(1 for slot in slots if (slot or {}).get("status") == "completed")
    return {"total": total, "completed": completed, "pending": total - completed}


def with_slot(document: dict[str, Any], *, slot: str, layer_id: str | None, state: dict[str, Any]) -> dict[str, Any]:
    """A copy of `document` whose smartAssets[`slot`] takes `state` (status, recipeId, assetId, ...)
    and, in a 1.4 document, whose layer `layer_id` draws that slot."""
    doc = copy.deepcopy(document)
    stored = doc.get("smartAssets")
    slots: dict[str, Any] = stored if isinstance(stored, dict) else {}
    entry = dict(slots.get(slot) or {})
    entry.update(state)
    if entry.get("status") != "failed":
        entry.pop("error", None)
    slots[slot] = entry
    doc["smartAssets"] = slots
    if layer_id and str(doc.get("schemaVersion", "")).startswith("1"):
        layer = find_layer(doc, layer_id)
        if layer is not None:
            layer.pop("assetId", None)
            layer["smartAssetId"] = slot
            layer.setdefault("fit", "cover")
    return doc
