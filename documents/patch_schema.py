"""The JSON Schema of a patch request: ``{"operations": [...]}``, one shape per operation."""

from __future__ import annotations

from typing import Any

from documents.limits import LIMITS

_LAYER_ID = {
    "title": "Layer id",
    "description": "The id of an existing layer, found anywhere in the document (groups included).",
    "type": "string",
    "minLength": 1,
    "maxLength": LIMITS.max_id_length,
}
_CHANGES_RULE = ("Deep-merged: objects merge key by key; any other value, arrays included, "
                 "replaces; a null value removes the key.")


def _op(name: str) -> dict[str, Any]:
    return {"title": "Operation", "description": f"Always \"{name}\".", "const": name}


def _index(description: str) -> dict[str, Any]:
    return {"title": "Index", "description": description, "type": "integer", "minimum": 0}


OPERATION_SCHEMAS: dict[str, dict[str, Any]] = {
    "remove_layer": {
        "title": "Remove a layer",
        "description": "Removes the layer (a group with all its children).",
        "type": "object",
        "required": ["op", "layerId"],
        "properties": {"op": _op("remove_layer"), "layerId": _LAYER_ID},
        "additionalProperties": False,
    },
    "update_layer": {
        "title": "Update a layer",
        "description": "Deep-merges changes into the layer.",
        "type": "object",
        "required": ["op", "layerId", "changes"],
        "properties": {
            "op": _op("update_layer"),
            "layerId": _LAYER_ID,
            "changes": {"title": "Changes", "description": "Layer fields to change. " + _CHANGES_RULE,
                        "type": "object"},
        },
        "additionalProperties": False,
    },
    "add_layer": {
        "title": "Add a layer",
        "description": "Inserts a new layer, on top unless an index is given.",
        "type": "object",
        "required": ["op", "layer"],
        "properties": {
            "op": _op("add_layer"),
            "layer": {"title": "Layer", "description": "A complete layer, as in the design document "
                      "schema; its id must not be in use.", "type": "object"},
            "index": _index("Position in the parent list, 0 = bottom; default: on top."),
            "parentId": {"title": "Parent group id", "description": "Add into this group's "
                         "children instead of the top-level layers.", "type": "string",
                         "minLength": 1, "maxLength": LIMITS.max_id_length},
        },
        "additionalProperties": False,
    },
    "move_layer": {
        "title": "Move a layer",
        "description": "Moves the layer to a new position in its parent list.",
        "type": "object",
        "required": ["op", "layerId", "index"],
        "properties": {
            "op": _op("move_layer"),
            "layerId": _LAYER_ID,
            "index": _index("The layer's new position in its parent list, 0 = bottom."),
        },
        "additionalProperties": False,
    },
    "update_canvas": {
        "title": "Update the canvas",
        "description": "Deep-merges changes into the canvas (width, height, background).",
        "type": "object",
        "required": ["op", "changes"],
        "properties": {
            "op": _op("update_canvas"),
            "changes": {"title": "Changes", "description": "Canvas fields to change. " + _CHANGES_RULE,
                        "type": "object"},
        },
        "additionalProperties": False,
    },
    "update_smart_asset": {
        "title": "Update a smart image slot",
        "description": "Deep-merges changes into smartAssets[key] (created when missing): a new recipe "
                       "(another subject), its status and the asset drawn for it.",
        "type": "object",
        "required": ["op", "key", "changes"],
        "properties": {
            "op": _op("update_smart_asset"),
            "key": {"title": "Slot key", "description": "A key of smartAssets (image layers name it in "
                    "smartAssetId).", "type": "string", "minLength": 1, "maxLength": LIMITS.max_id_length},
            "changes": {"title": "Changes", "description": "Slot fields to change (status, recipe, assetId, "
                        "recipeId). " + _CHANGES_RULE, "type": "object"},
        },
        "additionalProperties": False,
    },
}

_DEF_NAMES = {
    "remove_layer": "removeLayer",
    "update_layer": "updateLayer",
    "add_layer": "addLayer",
    "move_layer": "moveLayer",
    "update_canvas": "updateCanvas",
    "update_smart_asset": "updateSmartAsset",
}

PATCH_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://api.radicpro.com/v1/schemas/design-patch",
    "title": "Design patch",
    "description": "Operations applied in order and atomically to a 1.4 design document: the "
                   "result must validate, or nothing changes. Layers are found by id anywhere in "
                   "the document, inside groups too.",
    "type": "object",
    "required": ["operations"],
    "properties": {
        "operations": {
            "title": "Operations",
            "description": f"At most {LIMITS.max_patch_operations} operations, applied in order.",
            "type": "array",
            "maxItems": LIMITS.max_patch_operations,
            "items": {"oneOf": [{"$ref": f"#/$defs/{name}"} for name in _DEF_NAMES.values()]},
        },
    },
    "additionalProperties": False,
    "$defs": {_DEF_NAMES[op]: schema for op, schema in OPERATION_SCHEMAS.items()},
}
