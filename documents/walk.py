"""Walks the layers of a 1.4 document, group children included, in paint order."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from documents.pointers import child_pointer

Layer = dict[str, Any]


def iter_layers(doc: Any) -> Iterator[tuple[str, Layer, int]]:
    """Yield ``(json pointer, layer, depth)`` for every layer, a group before its children.

    Depth is the number of groups around the layer (0 for a top-level layer). Entries that
    are not objects, and ``children`` that are not lists, are skipped, so the walk is safe on
    documents that have not been validated. A 2.0 document has no layers and yields nothing.
    """
    if not isinstance(doc, dict) or not isinstance(doc.get("layers"), list):
        return
    stack: list[tuple[str, list[Any], int, int]] = [("/layers", doc["layers"], 0, 0)]
    while stack:
        list_pointer, layers, index, depth = stack.pop()
        if index >= len(layers):
            continue
        stack.append((list_pointer, layers, index + 1, depth))
        layer = layers[index]
        if not isinstance(layer, dict):
            continue
        pointer = child_pointer(list_pointer, index)
        yield pointer, layer, depth
        children = layer.get("children")
        if layer.get("type") == "group" and isinstance(children, list):
            stack.append((child_pointer(pointer, "children"), children, 0, depth + 1))


def find_layer(doc: Any, layer_id: str) -> tuple[list[Any], int] | None:
    """The parent list holding the layer with ``layer_id`` and its index there, or None."""
    if not isinstance(doc, dict) or not isinstance(doc.get("layers"), list):
        return None
    stack: list[list[Any]] = [doc["layers"]]
    while stack:
        layers = stack.pop()
        for index, layer in enumerate(layers):
            if not isinstance(layer, dict):
                continue
            if layer.get("id") == layer_id:
                return layers, index
            children = layer.get("children")
            if layer.get("type") == "group" and isinstance(children, list):
                stack.append(children)
    return None
