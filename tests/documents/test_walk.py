"""iter_layers: every layer, group children included, in paint order with pointers and depths."""

from __future__ import annotations

from typing import Any

from documents import iter_layers
from tests.documents.documents import rich_v14, rich_v20


def resolve(doc: Any, pointer: str) -> Any:
    node = doc
    for token in pointer.split("/")[1:]:
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def test_every_layer_is_yielded_in_paint_order_with_its_depth() -> None:
    walked = [(pointer, layer["id"], depth) for pointer, layer, depth in iter_layers(rich_v14())]
    assert walked == [
        ("/layers/0", "layer_bg", 0),
        ("/layers/1", "layer_headline", 0),
        ("/layers/2", "layer_product", 0),
        ("/layers/3", "group_offer", 0),
        ("/layers/3/children/0", "layer_badge", 1),
        ("/layers/3/children/1", "group_inner", 1),
        ("/layers/3/children/1/children/0", "layer_offer", 2),
        ("/layers/3/children/1/children/1", "layer_star", 2),
        ("/layers/4", "layer_rule", 0),
        ("/layers/5", "layer_logo", 0),
        ("/layers/6", "layer_texture", 0),
    ]


def test_pointers_resolve_to_the_yielded_layer_objects() -> None:
    doc = rich_v14()
    assert all(resolve(doc, pointer) is layer for pointer, layer, _ in iter_layers(doc))


def test_malformed_documents_are_walked_without_errors() -> None:
    doc = {"layers": ["text", {"id": "g", "type": "group", "children": "none"},
                      {"id": "t", "type": "text", "children": [{"id": "hidden"}]}]}
    assert [layer["id"] for _, layer, _ in iter_layers(doc)] == ["g", "t"]
    assert list(iter_layers({"layers": {}})) == []
    assert list(iter_layers(None)) == []


def test_a_v20_document_has_no_layers() -> None:
    assert list(iter_layers(rich_v20())) == []
