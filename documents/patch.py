"""Applies patch operations (remove, update, add, move layers; update the canvas or a smart image slot) atomically."""

from __future__ import annotations

import copy
import functools
from typing import Any

from documents.compiled import Check, compile_schema
from documents.errors import DocumentInvalid, ErrorDetail, PatchError
from documents.limits import LIMITS
from documents.patch_schema import OPERATION_SCHEMAS
from documents.validation import validate_document
from documents.walk import find_layer


@functools.cache
def _operation_check(op: str) -> Check:
    return compile_schema(OPERATION_SCHEMAS[op])


def _merge_patch(target: Any, changes: Any) -> Any:
    """``changes`` deep-merged into ``target`` (RFC 7396): objects merge key by key, any other
    value (arrays included) replaces, and a null value removes the key. ``target`` objects are
    updated in place (the caller owns them); values taken from ``changes`` are copied."""
    if not isinstance(changes, dict):
        return copy.deepcopy(changes)
    merged = target if isinstance(target, dict) else {}
    for key, value in changes.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = _merge_patch(merged.get(key), value)
    return merged


def apply_operations(doc: dict[str, Any], operations: list[Any]) -> dict[str, Any]:
    """A new 1.4 document: ``doc`` with ``operations`` applied in order. ``doc`` is never changed.

    Raises PatchError when an operation is malformed or names a layer that does not exist (or an
    id already in use), pointing into the request (``/operations/1/layerId``), or when the result
    would not validate, listing the document's errors (pointers into the document).
    """
    errors = _shape_errors(operations)
    if errors:
        raise PatchError(errors)
    if not isinstance(doc, dict) or doc.get("schemaVersion") != "1.4":
        raise PatchError([{"pointer": "/schemaVersion", "message": "patch operations edit 1.4 "
                           "documents; convert a 2.0 document with to_v14 first"}])
    result = copy.deepcopy(doc)
    for index, operation in enumerate(operations):
        _apply(result, operation, f"/operations/{index}")
    try:
        validate_document(result)
    except DocumentInvalid as invalid:
        raise PatchError(invalid.errors) from invalid
    return result


def _shape_errors(operations: Any) -> list[ErrorDetail]:
    if not isinstance(operations, list):
        return [{"pointer": "/operations", "message": "must be an array"}]
    if len(operations) > LIMITS.max_patch_operations:
        return [{"pointer": "/operations",
                 "message": f"must have at most {LIMITS.max_patch_operations} operations"}]
    errors: list[ErrorDetail] = []
    for index, operation in enumerate(operations):
        pointer = f"/operations/{index}"
        if not isinstance(operation, dict):
            errors.append({"pointer": pointer, "message": "must be an object"})
        elif "op" not in operation:
            errors.append({"pointer": pointer + "/op", "message": "is required"})
        elif operation["op"] not in OPERATION_SCHEMAS:
            errors.append({"pointer": pointer + "/op",
                           "message": "must be one of: " + ", ".join(OPERATION_SCHEMAS)})
        else:
            _operation_check(operation["op"])(operation, pointer, errors)
    return errors


def _apply(doc: dict[str, Any], operation: dict[str, Any], pointer: str) -> None:
    op = operation["op"]
    if op == "update_canvas":
        doc["canvas"] = _merge_patch(doc.get("canvas"), operation["changes"])
    elif op == "update_smart_asset":
        stored = doc.get("smartAssets")
        slots: dict[str, Any] = stored if isinstance(stored, dict) else {}
        slots[operation["key"]] = _merge_patch(slots.get(operation["key"]), operation["changes"])
        doc["smartAssets"] = slots
    elif op == "add_layer":
        _add_layer(doc, operation, pointer)
    else:
        siblings, position = _locate(doc, operation["layerId"], pointer + "/layerId")
        if op == "remove_layer":
            del siblings[position]
        elif op == "update_layer":
            siblings[position] = _merge_patch(siblings[position], operation["changes"])
        else:
            index = int(operation["index"])
            _check_index(index, len(siblings) - 1, pointer)
            siblings.insert(index, siblings.pop(position))


def _add_layer(doc: dict[str, Any], operation: dict[str, Any], pointer: str) -> None:
    layer = operation["layer"]
    layer_id = layer.get("id")
    if isinstance(layer_id, str) and find_layer(doc, layer_id) is not None:
        raise PatchError([{"pointer": pointer + "/layer/id",
                           "message": f"is already used by another layer ({layer_id!r})"}])
    if "parentId" in operation:
        parents, position = _locate(doc, operation["parentId"], pointer + "/parentId")
        parent = parents[position]
        if parent.get("type") != "group" or not isinstance(parent.get("children"), list):
            raise PatchError([{"pointer": pointer + "/parentId",
                               "message": "must be the id of a group layer"}])
        siblings = parent["children"]
    else:
        if not isinstance(doc.get("layers"), list):
            doc["layers"] = []
        siblings = doc["layers"]
    index = int(operation.get("index", len(siblings)))
    _check_index(index, len(siblings), pointer)
    siblings.insert(index, copy.deepcopy(layer))


def _locate(doc: dict[str, Any], layer_id: str, pointer: str) -> tuple[list[Any], int]:
    found = find_layer(doc, layer_id)
    if found is None:
        raise PatchError([{"pointer": pointer, "message": f"no layer has the id {layer_id!r}"}])
    return found


def _check_index(index: int, highest: int, pointer: str) -> None:
    if index > highest:
        raise PatchError([{"pointer": pointer + "/index",
                           "message": f"must be at most {highest} (the end of the layer list)"}])
