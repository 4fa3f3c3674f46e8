"""apply_operations: each patch operation, nested groups, deep merge, atomic failure."""

from __future__ import annotations

import copy
from typing import Any

import jsonschema
import pytest

from documents import PATCH_SCHEMA, PatchError, apply_operations, iter_layers
from tests.documents.documents import rich_v14, rich_v20, text_layer

Doc = dict[str, Any]


def ids(doc: Doc) -> list[str]:
    return [layer["id"] for _, layer, _ in iter_layers(doc)]


def layer(doc: Doc, layer_id: str) -> Doc:
    return next(found for _, found, _ in iter_layers(doc) if found["id"] == layer_id)


def patch_errors(doc: Doc, operations: Any) -> list[dict[str, str]]:
    before = copy.deepcopy(doc)
    with pytest.raises(PatchError) as caught:
        apply_operations(doc, operations)
    assert doc == before  # a failed patch leaves the input untouched
    return caught.value.errors


def test_the_spec_example_operations_apply() -> None:
    doc = rich_v14()
    result = apply_operations(doc, [
        {"op": "remove_layer", "layerId": "layer_rule"},
        {"op": "update_layer", "layerId": "layer_headline", "changes": {"position": {"y": 200}}},
        {"op": "add_layer", "layer": text_layer("layer_new"), "index": 3},
        {"op": "move_layer", "layerId": "layer_logo", "index": 0},
        {"op": "update_canvas",
         "changes": {"background": {"type": "color", "color": "#000080", "assetId": None,
                                    "fit": None, "opacity": None}}},
    ])
    assert [entry["id"] for entry in result["layers"]] == [
        "layer_logo", "layer_bg", "layer_headline", "layer_product", "layer_new", "group_offer",
        "layer_texture"]
    assert layer(result, "layer_headline")["position"] == {"x": 80, "y": 200}
    assert result["canvas"]["background"] == {"type": "color", "color": "#000080"}
    assert doc == rich_v14()  # the input is not changed; a new document is returned


def test_remove_a_layer_inside_nested_groups() -> None:
    result = apply_operations(rich_v14(), [{"op": "remove_layer", "layerId": "layer_star"}])
    assert "layer_star" not in ids(result)
    assert [child["id"] for child in layer(result, "group_inner")["children"]] == ["layer_offer"]


def test_removing_a_group_removes_its_children() -> None:
    result = apply_operations(rich_v14(), [{"op": "remove_layer", "layerId": "group_offer"}])
    assert not {"group_offer", "layer_badge", "group_inner", "layer_offer"} & set(ids(result))


def test_update_deep_merges_objects_and_keeps_other_keys() -> None:
    result = apply_operations(rich_v14(), [{
        "op": "update_layer", "layerId": "layer_headline",
        "changes": {"style": {"color": "#FFFFFF", "shadow": {"blur": 20}}, "text": "New"},
    }])
    style = layer(result, "layer_headline")["style"]
    assert style["color"] == "#FFFFFF"
    assert style["shadow"] == {"color": "#00000080", "offsetX": 0, "offsetY": 4, "blur": 20}
    assert style["fontWeight"] == 800
    assert layer(result, "layer_headline")["text"] == "New"


def test_update_with_null_deletes_keys_at_any_depth() -> None:
    result = apply_operations(rich_v14(), [{
        "op": "update_layer", "layerId": "layer_headline",
        "changes": {"rotation": None, "style": {"shadow": None, "autoFit": None}},
    }])
    headline = layer(result, "layer_headline")
    assert "rotation" not in headline
    assert "shadow" not in headline["style"]
    assert "autoFit" not in headline["style"]
    assert headline["style"]["stroke"] == {"color": "#000000", "width": 2}


def test_update_replaces_arrays_whole() -> None:
    points = [{"x": 0, "y": 0}, {"x": 40, "y": 0}, {"x": 40, "y": 40}, {"x": 0, "y": 40}]
    result = apply_operations(rich_v14(), [
        {"op": "update_layer", "layerId": "layer_star", "changes": {"points": points}}])
    assert layer(result, "layer_star")["points"] == points


def test_update_a_layer_inside_nested_groups() -> None:
    result = apply_operations(rich_v14(), [{
        "op": "update_layer", "layerId": "layer_offer", "changes": {"text": "50% OFF"}}])
    assert result["layers"][3]["children"][1]["children"][0]["text"] == "50% OFF"


def test_add_a_layer_on_top_by_default() -> None:
    result = apply_operations(rich_v14(), [{"op": "add_layer", "layer": text_layer("layer_top")}])
    assert result["layers"][-1]["id"] == "layer_top"


def test_add_a_layer_at_an_index() -> None:
    result = apply_operations(rich_v14(), [
        {"op": "add_layer", "layer": text_layer("layer_bottom"), "index": 0}])
    assert result["layers"][0]["id"] == "layer_bottom"
    assert len(result["layers"]) == len(rich_v14()["layers"]) + 1


def test_add_a_layer_into_a_group() -> None:
    result = apply_operations(rich_v14(), [
        {"op": "add_layer", "layer": text_layer("layer_in"), "parentId": "group_inner",
         "index": 1}])
    assert [child["id"] for child in layer(result, "group_inner")["children"]] == [
        "layer_offer", "layer_in", "layer_star"]


def test_move_a_layer_within_its_parent_list() -> None:
    result = apply_operations(rich_v14(), [{"op": "move_layer", "layerId": "layer_bg", "index": 6}])
    assert result["layers"][-1]["id"] == "layer_bg"
    nested = apply_operations(rich_v14(), [
        {"op": "move_layer", "layerId": "layer_star", "index": 0}])
    assert [child["id"] for child in layer(nested, "group_inner")["children"]] == [
        "layer_star", "layer_offer"]


def test_update_smart_asset_merges_into_a_slot_and_creates_a_missing_one() -> None:
    doc = rich_v14()
    doc["smartAssets"] = {"smart_product": {"status": "completed", "assetId": "asset_old", "recipeId": "recipe_1",
                                            "recipe": {"type": "product_shot", "prompt": "headphones",
                                                       "options": {"aspectRatio": "1:1"}}}}
    result = apply_operations(doc, [
        {"op": "update_smart_asset", "key": "smart_product", "changes": {
            "status": "pending", "assetId": None, "recipeId": None,
            "recipe": {"prompt": "coffee", "options": {"subject": "coffee"}}}},
        {"op": "update_smart_asset", "key": "smart_new", "changes": {"status": "pending"}}])
    assert result["smartAssets"]["smart_product"] == {
        "status": "pending", "recipe": {"type": "product_shot", "prompt": "coffee",
                                        "options": {"aspectRatio": "1:1", "subject": "coffee"}}}
    assert result["smartAssets"]["smart_new"] == {"status": "pending"}
    assert doc["smartAssets"]["smart_product"]["assetId"] == "asset_old"  # the input is never changed


def test_a_completed_slot_without_its_asset_is_refused() -> None:
    errors = patch_errors(rich_v14(), [{"op": "update_smart_asset", "key": "smart_x", "changes": {"status": "completed"}}])
    assert errors and errors[0]["pointer"].startswith("/smartAssets/smart_x")


def test_update_canvas_deep_merges() -> None:
    result = apply_operations(rich_v14(), [
        {"op": "update_canvas", "changes": {"width": 1200, "background": {"opacity": 0.5}}}])
    assert result["canvas"]["width"] == 1200
    assert result["canvas"]["height"] == 1080
    assert result["canvas"]["background"] == {"type": "image", "assetId": "asset_bg",
                                              "fit": "cover", "opacity": 0.5}


def test_operations_apply_in_order() -> None:
    result = apply_operations(rich_v14(), [
        {"op": "add_layer", "layer": text_layer("layer_added")},
        {"op": "update_layer", "layerId": "layer_added", "changes": {"text": "Changed"}},
        {"op": "move_layer", "layerId": "layer_added", "index": 0},
    ])
    assert result["layers"][0] == text_layer("layer_added", text="Changed")


def test_no_operations_return_an_equal_copy() -> None:
    doc = rich_v14()
    result = apply_operations(doc, [])
    assert result == doc
    assert result is not doc


def test_an_unknown_layer_id_is_named() -> None:
    assert patch_errors(rich_v14(), [
        {"op": "remove_layer", "layerId": "layer_bg"},
        {"op": "update_layer", "layerId": "layer_bg", "changes": {"opacity": 0.5}},
    ]) == [{"pointer": "/operations/1/layerId", "message": "no layer has the id 'layer_bg'"}]


def test_adding_a_duplicate_id_is_refused() -> None:
    assert patch_errors(rich_v14(), [
        {"op": "add_layer", "layer": text_layer("layer_offer")},
    ]) == [{"pointer": "/operations/0/layer/id",
            "message": "is already used by another layer ('layer_offer')"}]


def test_a_duplicate_id_inside_an_added_group_fails_validation() -> None:
    group = {"id": "group_new", "type": "group", "position": {"x": 0, "y": 0},
             "size": {"width": 10, "height": 10}, "children": [text_layer("layer_headline")]}
    errors = patch_errors(rich_v14(), [{"op": "add_layer", "layer": group}])
    assert errors == [{"pointer": "/layers/7/children/0/id",
                       "message": "must be unique, but 'layer_headline' is also the id of /layers/1"}]


@pytest.mark.parametrize(("operation", "pointer", "message"), [
    ({"op": "move_layer", "layerId": "layer_bg", "index": 7}, "/operations/0/index",
     "must be at most 6 (the end of the layer list)"),
    ({"op": "add_layer", "layer": text_layer("n"), "index": 8}, "/operations/0/index",
     "must be at most 7 (the end of the layer list)"),
    ({"op": "add_layer", "layer": text_layer("n"), "parentId": "layer_bg"}, "/operations/0/parentId",
     "must be the id of a group layer"),
    ({"op": "add_layer", "layer": text_layer("n"), "parentId": "nope"}, "/operations/0/parentId",
     "no layer has the id 'nope'"),
])
def test_bad_targets_are_named(operation: Doc, pointer: str, message: str) -> None:
    assert patch_errors(rich_v14(), [operation]) == [{"pointer": pointer, "message": message}]


def test_an_invalid_result_is_refused_with_the_document_errors() -> None:
    errors = patch_errors(rich_v14(), [
        {"op": "update_layer", "layerId": "layer_offer", "changes": {"style": {"color": "white"}}},
        {"op": "update_layer", "layerId": "layer_headline", "changes": {"position": None}},
        {"op": "update_canvas", "changes": {"width": 9000}},
    ])
    assert errors == [
        {"pointer": "/canvas/width", "message": "must be at most 8000"},
        {"pointer": "/layers/1/position", "message": "is required"},
        {"pointer": "/layers/3/children/1/children/0/style/color",
         "message": "must be a colour like #RRGGBB or #RRGGBBAA"},
    ]


def test_bad_operation_shapes_are_all_named_with_request_pointers() -> None:
    errors = patch_errors(rich_v14(), [
        "remove",
        {"layerId": "layer_bg"},
        {"op": "rename_layer", "layerId": "layer_bg"},
        {"op": "remove_layer"},
        {"op": "update_layer", "layerId": "layer_bg", "changes": [1]},
        {"op": "move_layer", "layerId": "layer_bg", "index": -1},
        {"op": "add_layer", "layer": "text"},
        {"op": "update_canvas", "changes": {}, "layerId": "layer_bg"},
    ])
    assert errors == [
        {"pointer": "/operations/0", "message": "must be an object"},
        {"pointer": "/operations/1/op", "message": "is required"},
        {"pointer": "/operations/2/op", "message": "must be one of: remove_layer, update_layer, "
                                                   "add_layer, move_layer, update_canvas, "
                                                   "update_smart_asset"},
        {"pointer": "/operations/3/layerId", "message": "is required"},
        {"pointer": "/operations/4/changes", "message": "must be an object"},
        {"pointer": "/operations/5/index", "message": "must be at least 0"},
        {"pointer": "/operations/6/layer", "message": "must be an object"},
        {"pointer": "/operations/7/layerId", "message": "is not an allowed field here"},
    ]


def test_operations_must_be_a_list() -> None:
    assert patch_errors(rich_v14(), {"op": "remove_layer"}) == [
        {"pointer": "/operations", "message": "must be an array"}]


def test_a_v20_document_must_be_converted_first() -> None:
    errors = patch_errors(rich_v20(), [{"op": "remove_layer", "layerId": "layer_headline"}])
    assert errors[0]["pointer"] == "/schemaVersion"


def test_patch_schema_is_valid_and_describes_each_operation() -> None:
    jsonschema.Draft202012Validator.check_schema(PATCH_SCHEMA)
    variants = PATCH_SCHEMA["properties"]["operations"]["items"]["oneOf"]
    consts = {PATCH_SCHEMA["$defs"][variant["$ref"].split("/")[-1]]["properties"]["op"]["const"]
              for variant in variants}
    assert consts == {"remove_layer", "update_layer", "add_layer", "move_layer", "update_canvas",
                      "update_smart_asset"}
    validator = jsonschema.Draft202012Validator(PATCH_SCHEMA)
    good = {"operations": [
        {"op": "remove_layer", "layerId": "a"},
        {"op": "update_layer", "layerId": "a", "changes": {"opacity": None}},
        {"op": "add_layer", "layer": text_layer("b"), "index": 0, "parentId": "g"},
        {"op": "move_layer", "layerId": "a", "index": 2},
        {"op": "update_canvas", "changes": {"width": 10}},
    ]}
    assert list(validator.iter_errors(good)) == []
    assert not validator.is_valid({"operations": [{"op": "move_layer", "layerId": "a"}]})


def test_the_result_shares_nothing_with_the_operations() -> None:
    new_layer = text_layer("layer_new", style={"color": "#FFFFFF"})
    changes = {"style": {"shadow": {"blur": 1}}}
    result = apply_operations(rich_v14(), [
        {"op": "add_layer", "layer": new_layer},
        {"op": "update_layer", "layerId": "layer_headline", "changes": changes},
    ])
    new_layer["style"]["color"] = "#000000"
    changes["style"]["shadow"]["blur"] = 99
    assert layer(result, "layer_new")["style"]["color"] == "#FFFFFF"
    assert layer(result, "layer_headline")["style"]["shadow"]["blur"] == 1
