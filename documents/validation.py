"""Validates a design document: its JSON Schema plus the rules a schema cannot express."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from typing import Any

from documents.budget import budget_errors
from documents.compiled import Check, compile_schema
from documents.errors import DocumentInvalid, ErrorDetail
from documents.limits import LIMITS
from documents.pointers import child_pointer
from documents.schemas import SUPPORTED_VERSIONS, load_schema
from documents.walk import iter_layers

# Beyond this many nested groups the schema walk itself would recurse too deep; the depth
# error is then reported on its own.
_SCHEMA_SAFE_GROUP_DEPTH = 4 * LIMITS.max_group_depth

_GRADIENTS = ("linearGradient", "radialGradient")


@functools.cache
def _schema_check(version: str) -> Check:
    return compile_schema(load_schema(version))


def _error(pointer: str, message: str) -> ErrorDetail:
    return {"pointer": pointer, "message": message}


def validate_document(doc: object) -> None:
    """Raise DocumentInvalid listing every problem of ``doc``; return None when it is valid."""
    errors = _document_errors(doc)
    if errors:
        raise DocumentInvalid(errors)


def _document_errors(doc: object) -> list[ErrorDetail]:
    if not isinstance(doc, dict):
        return [_error("", "must be a JSON object (a design document)")]
    problem = _serialisation_problem(doc)
    if problem is not None:
        return [problem]
    version = doc.get("schemaVersion")
    if version not in SUPPORTED_VERSIONS:
        if "schemaVersion" not in doc:
            return [_error("/schemaVersion", "is required")]
        return [_error("/schemaVersion", "must be one of: " + ", ".join(SUPPORTED_VERSIONS))]
    if version == "1.4":
        errors, deepest = _layer_errors(doc)
    else:
        errors, deepest = _block_errors(doc), 0
    canvas_errors = _canvas_errors(doc.get("canvas"))
    errors.extend(canvas_errors)
    if version == "1.4" and not canvas_errors:
        errors.extend(budget_errors(doc))
    if deepest <= _SCHEMA_SAFE_GROUP_DEPTH:
        _schema_check(version)(doc, "", errors)
    return errors


def _serialisation_problem(doc: dict[str, Any]) -> ErrorDetail | None:
    """An error when ``doc`` is not plain JSON or is larger than the size limit."""
    try:
        encoded = json.dumps(doc, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    except RecursionError:
        return _error("", "is nested too deeply")
    except (TypeError, ValueError):
        return _error(_first_non_json(doc), "must be a JSON value (a finite number, string, "
                      "boolean, null, array or object with string keys)")
    size = len(encoded.encode("utf-8"))
    if size > LIMITS.max_document_bytes:
        limit_mb = LIMITS.max_document_bytes / (1024 * 1024)
        return _error("", f"is {size / (1024 * 1024):.2f} MB when serialised; the limit is "
                      f"{limit_mb:g} MB")
    return None


def _first_non_json(doc: dict[str, Any]) -> str:
    """The pointer of the first value json.dumps refused (a NaN, a set, a non-string key...)."""
    stack: list[tuple[str, Any]] = [("", doc)]
    while stack:
        pointer, value = stack.pop()
        if isinstance(value, dict):
            for key, item in value.items():
                if not isinstance(key, str):
                    return pointer
                stack.append((child_pointer(pointer, key), item))
        elif isinstance(value, list):
            stack.extend((child_pointer(pointer, index), item) for index, item in enumerate(value))
        elif isinstance(value, float):
            if value != value or value in (float("inf"), float("-inf")):
                return pointer
        elif value is not None and not isinstance(value, (str, int)):
            return pointer
    return ""


def _canvas_errors(canvas: Any) -> list[ErrorDetail]:
    errors: list[ErrorDetail] = []
    if not isinstance(canvas, dict):
        return errors
    width: Any = canvas.get("width")  # JSON: checked below
    height: Any = canvas.get("height")
    sides_ok = all(
        _is_number(side) and LIMITS.min_canvas_side <= side <= LIMITS.max_canvas_side
        for side in (width, height)
    )
    if sides_ok and width * height > LIMITS.max_canvas_pixels:
        errors.append(_error("/canvas", f"width × height must be at most "
                             f"{LIMITS.max_canvas_pixels:,} px (it is {width * height:,.0f})"))
    errors.extend(_paint_errors(canvas.get("background"), "/canvas/background"))
    return errors


def _layer_errors(doc: dict[str, Any]) -> tuple[list[ErrorDetail], int]:
    """Errors of the 1.4 layers the schema cannot see, and the deepest group nesting found."""
    errors: list[ErrorDetail] = []
    smart_keys = _smart_asset_keys(doc)
    first_use: dict[str, str] = {}
    count = 0
    deepest = 0
    for pointer, layer, depth in iter_layers(doc):
        count += 1
        deepest = max(deepest, depth)
        if depth == LIMITS.max_group_depth + 1:
            errors.append(_error(pointer, f"is inside {depth} nested groups; groups nest at most "
                                 f"{LIMITS.max_group_depth} deep"))
        errors.extend(_unique_id_errors(layer, pointer, first_use))
        kind = layer.get("type")
        if kind == "text":
            errors.extend(_text_style_errors(layer.get("style"), child_pointer(pointer, "style")))
        elif kind == "image":
            errors.extend(_image_errors(layer, pointer, smart_keys))
        elif kind == "shape":
            errors.extend(_paint_errors(layer.get("fill"), child_pointer(pointer, "fill")))
    if count > LIMITS.max_layers:
        errors.append(_error("/layers", f"holds {count} layers counting group children; the limit "
                             f"is {LIMITS.max_layers}"))
    return errors, deepest


def _block_errors(doc: dict[str, Any]) -> list[ErrorDetail]:
    """Errors of the 2.0 blocks the schema cannot see."""
    errors: list[ErrorDetail] = []
    blocks = doc.get("blocks")
    if not isinstance(blocks, list):
        return errors
    if len(blocks) > LIMITS.max_layers:
        errors.append(_error("/blocks", f"holds {len(blocks)} blocks; the limit is "
                             f"{LIMITS.max_layers}"))
    smart_keys = _smart_asset_keys(doc)
    first_use: dict[str, str] = {}
    for index, block in enumerate(blocks):
        if not isinstance(block, dict):
            continue
        pointer = f"/blocks/{index}"
        errors.extend(_unique_id_errors(block, pointer, first_use))
        errors.extend(_text_style_errors(block.get("style"), child_pointer(pointer, "style")))
        errors.extend(_image_errors(block, pointer, smart_keys))
        errors.extend(_paint_errors(block.get("fill"), child_pointer(pointer, "fill")))
    return errors


def _smart_asset_keys(doc: dict[str, Any]) -> set[str]:
    smart_assets = doc.get("smartAssets")
    return set(smart_assets) if isinstance(smart_assets, dict) else set()


def _unique_id_errors(node: dict[str, Any], pointer: str,
                      first_use: dict[str, str]) -> Iterator[ErrorDetail]:
    node_id = node.get("id")
    if not isinstance(node_id, str):
        return
    if node_id in first_use:
        yield _error(child_pointer(pointer, "id"),
                     f"must be unique, but {node_id!r} is also the id of {first_use[node_id]}")
    else:
        first_use[node_id] = pointer


def _text_style_errors(style: Any, pointer: str) -> Iterator[ErrorDetail]:
    if not isinstance(style, dict) or not isinstance(style.get("autoFit"), dict):
        return
    low, high = style["autoFit"].get("minSize"), style["autoFit"].get("maxSize")
    if _is_number(low) and _is_number(high) and low > high:
        yield _error(child_pointer(pointer, "autoFit", "minSize"), "must not be greater than maxSize")


def _image_errors(node: dict[str, Any], pointer: str, smart_keys: set[str]) -> Iterator[ErrorDetail]:
    smart_id = node.get("smartAssetId")
    if isinstance(smart_id, str) and smart_id not in smart_keys:
        yield _error(child_pointer(pointer, "smartAssetId"),
                     f"refers to {smart_id!r}, which is not a key of smartAssets")
    crop = node.get("crop")
    if isinstance(crop, dict):
        for start, extent in (("x", "width"), ("y", "height")):
            if _is_number(crop.get(start)) and _is_number(crop.get(extent)) \
                    and crop[start] + crop[extent] > 1:
                yield _error(child_pointer(pointer, "crop", extent),
                             f"must keep the crop inside the image ({start} + {extent} ≤ 1)")


def _paint_errors(paint: Any, pointer: str) -> Iterator[ErrorDetail]:
    if not isinstance(paint, dict) or paint.get("type") not in _GRADIENTS:
        return
    stops = paint.get("stops")
    if not isinstance(stops, list):
        return
    previous: float | None = None
    for index, stop in enumerate(stops):
        offset: Any = stop.get("offset") if isinstance(stop, dict) else None
        if not _is_number(offset):
            continue
        if previous is not None and offset < previous:
            yield _error(child_pointer(pointer, "stops", index, "offset"),
                         f"must not be less than the previous stop's offset ({previous:g})")
        previous = offset


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)
