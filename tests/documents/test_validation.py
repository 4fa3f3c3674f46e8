"""validate_document: good documents pass; each kind of bad node is named by its JSON pointer."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from documents import LIMITS, DocumentInvalid, validate_document
from tests.documents.documents import (
    contract_example,
    group_layer,
    rich_v14,
    rich_v20,
    text_layer,
)

COLOUR = "must be a colour like #RRGGBB or #RRGGBBAA"
Doc = dict[str, Any]


def errors_of(doc: Any) -> list[dict[str, str]]:
    with pytest.raises(DocumentInvalid) as caught:
        validate_document(doc)
    return caught.value.errors


def blank(*layers: Doc) -> Doc:
    return {"schemaVersion": "1.4", "canvas": {"width": 1080, "height": 1080},
            "layers": list(layers)}


@pytest.mark.parametrize("make", [contract_example, rich_v14, rich_v20, blank])
def test_good_documents_validate(make: Callable[[], Doc]) -> None:
    assert validate_document(make()) is None


@pytest.mark.parametrize("doc", [None, [], "{}", 3, [contract_example()]])
def test_a_non_object_is_an_error_at_the_root(doc: Any) -> None:
    assert errors_of(doc) == [{"pointer": "", "message": "must be a JSON object (a design document)"}]


@pytest.mark.parametrize(("version", "message"), [
    ("3.0", "must be one of: 1.4, 2.0"),
    (1.4, "must be one of: 1.4, 2.0"),
    ("", "must be one of: 1.4, 2.0"),
])
def test_an_unknown_schema_version_is_named(version: Any, message: str) -> None:
    doc = contract_example() | {"schemaVersion": version}
    assert errors_of(doc) == [{"pointer": "/schemaVersion", "message": message}]


def test_a_missing_schema_version_is_required() -> None:
    doc = contract_example()
    del doc["schemaVersion"]
    assert errors_of(doc) == [{"pointer": "/schemaVersion", "message": "is required"}]


def _set(doc: Doc, pointer: str, value: Any) -> Doc:
    tokens = [int(token) if token.isdigit() else token for token in pointer.split("/")[1:]]
    node = doc
    for token in tokens[:-1]:
        node = node[token]
    node[tokens[-1]] = value
    return doc


def _delete(doc: Doc, pointer: str) -> Doc:
    tokens = [int(token) if token.isdigit() else token for token in pointer.split("/")[1:]]
    node = doc
    for token in tokens[:-1]:
        node = node[token]
    del node[tokens[-1]]
    return doc


@pytest.mark.parametrize(("pointer", "value", "message"), [
    # bad colours, top level and deep inside nested groups
    ("/layers/1/style/color", "yellow", COLOUR),
    ("/layers/3/children/1/children/0/style/color", "#FFF", COLOUR),
    ("/layers/3/children/0/fill/stops/1/color", "#GG4D00", COLOUR),
    ("/layers/1/style/shadow/color", "#0000008", COLOUR),
    ("/brand/colors/accent", "orange", COLOUR),
    # wrong types
    ("/layers/1/position/x", "80", "must be a number"),
    ("/layers/1/visible", "yes", "must be true or false"),
    ("/layers/1/style/fontWeight", "bold", "must be a whole number"),
    ("/layers/1/text", 42, "must be a string"),
    ("/layers/3/children", {}, "must be an array"),
    ("/layers/6", "layer", "must be an object"),
    ("/canvas/width", 1080.5, "must be a whole number"),
    ("/meta", [], "must be an object"),
    ("/smartAssets/smart_backdrop/assetId", 7, "must be a string or null"),
    # out-of-range values and bad enumerations
    ("/layers/1/style/fontWeight", 850, "must be a multiple of 100"),
    ("/layers/1/opacity", 1.5, "must be at most 1"),
    ("/layers/1/size/width", 0, "must be greater than 0"),
    ("/layers/1/style/align", "justify", "must be one of: left, center, right"),
    ("/layers/2/fit", "stretch", "must be one of: cover, contain, fill"),
    ("/layers/0/fill/type", "pattern", "must be one of: color, linearGradient, radialGradient, image"),
    ("/layers/3/children/1/children/1/shape", "star", "must be one of: rect, ellipse, line, polygon"),
    ("/layers/0/type", "video", "must be one of: text, image, shape, group"),
    ("/layers/1/id", "", "must not be empty"),
    ("/layers/1/id", "x" * 65, "must be at most 64 characters long"),
    ("/smartAssets/smart_product/status", "done",
     "must be one of: pending, queued, processing, completed, failed"),
    ("/layers/4/stroke/dash", [1, 2, 3], "must have at most 2 values"),
    ("/brand/fonts/primary/weights", [400, 400], "must not contain duplicates"),
    # unknown fields
    ("/layers/1/style/fontColour", "#FFFFFF", "is not an allowed field here"),
    ("/layers/3/children/0/blendMode", "multiply", "is not an allowed field here"),
    ("/canvas/dpi", 300, "is not an allowed field here"),
])
def test_each_bad_node_is_named_by_its_pointer(pointer: str, value: Any, message: str) -> None:
    doc = _set(rich_v14(), pointer, value)
    assert errors_of(doc) == [{"pointer": pointer, "message": message}]


@pytest.mark.parametrize("pointer", [
    "/canvas", "/layers", "/canvas/width", "/layers/1/text", "/layers/1/position",
    "/layers/1/size", "/layers/0/shape", "/layers/3/children", "/layers/1/style/shadow/color",
    "/layers/3/children/1/children/1/points", "/layers/0/fill/stops",
    "/layers/3/children/0/fill/stops/0/offset", "/layers/1/id", "/layers/1/type",
    "/smartAssets/smart_product/assetId",
])
def test_missing_required_fields_are_named(pointer: str) -> None:
    doc = _delete(rich_v14(), pointer)
    assert {"pointer": pointer, "message": "is required"} in errors_of(doc)


def test_a_missing_type_reports_only_the_type() -> None:
    doc = _delete(rich_v14(), "/layers/1/type")
    assert errors_of(doc) == [{"pointer": "/layers/1/type", "message": "is required"}]


def test_duplicate_ids_name_the_second_use_and_the_first() -> None:
    doc = rich_v14()
    doc["layers"][3]["children"][1]["children"][1]["id"] = "layer_headline"
    assert errors_of(doc) == [{
        "pointer": "/layers/3/children/1/children/1/id",
        "message": "must be unique, but 'layer_headline' is also the id of /layers/1",
    }]


def test_a_group_id_counts_as_a_layer_id() -> None:
    doc = blank(text_layer("same"), group_layer("same", []))
    assert errors_of(doc)[0]["pointer"] == "/layers/1/id"


def test_an_unknown_smart_asset_is_named() -> None:
    doc = _set(rich_v14(), "/layers/2/smartAssetId", "smart_missing")
    assert errors_of(doc) == [{
        "pointer": "/layers/2/smartAssetId",
        "message": "refers to 'smart_missing', which is not a key of smartAssets",
    }]


def test_an_image_needs_exactly_one_source() -> None:
    both = _set(rich_v14(), "/layers/2/assetId", "asset_1")
    neither = _delete(rich_v14(), "/layers/2/smartAssetId")
    expected = [{"pointer": "/layers/2",
                 "message": "must have exactly one of assetId or smartAssetId"}]
    assert errors_of(both) == expected
    assert errors_of(neither) == expected


def test_a_completed_smart_asset_needs_its_asset() -> None:
    doc = _set(rich_v14(), "/smartAssets/smart_backdrop/status", "completed")
    assert errors_of(doc) == [{"pointer": "/smartAssets/smart_backdrop/assetId",
                               "message": "must be a string"}]


def test_gradient_offsets_must_not_decrease() -> None:
    doc = _set(rich_v14(), "/layers/0/fill/stops/2/offset", 0.4)
    assert errors_of(doc) == [{"pointer": "/layers/0/fill/stops/2/offset",
                               "message": "must not be less than the previous stop's offset (0.5)"}]


def test_gradient_offsets_on_the_canvas_background_are_checked() -> None:
    doc = contract_example()
    doc["canvas"]["background"] = {"type": "radialGradient", "stops": [
        {"offset": 0.6, "color": "#000000"}, {"offset": 0.2, "color": "#FFFFFF"}]}
    assert errors_of(doc)[0]["pointer"] == "/canvas/background/stops/1/offset"


def test_auto_fit_minimum_must_not_exceed_maximum() -> None:
    doc = _set(rich_v14(), "/layers/1/style/autoFit", {"minSize": 130, "maxSize": 120})
    assert errors_of(doc) == [{"pointer": "/layers/1/style/autoFit/minSize",
                               "message": "must not be greater than maxSize"}]


def test_a_crop_must_stay_inside_the_image() -> None:
    doc = _set(rich_v14(), "/layers/2/crop/x", 0.3)
    assert errors_of(doc) == [{"pointer": "/layers/2/crop/width",
                               "message": "must keep the crop inside the image (x + width ≤ 1)"}]


# --- the limits table, each exceeded by one (and met exactly) ---------------------------------

def test_text_length_limit() -> None:
    at_limit = blank(text_layer("t", text="a" * LIMITS.max_text_length))
    validate_document(at_limit)
    over = blank(text_layer("t", text="a" * (LIMITS.max_text_length + 1)))
    assert errors_of(over) == [{"pointer": "/layers/0/text",
                                "message": "must be at most 5000 characters long"}]


def _gradient_doc(stop_count: int) -> Doc:
    stops = [{"offset": index / max(1, stop_count - 1), "color": "#000000"}
             for index in range(stop_count)]
    return blank({"id": "s", "type": "shape", "shape": "rect", "position": {"x": 0, "y": 0},
                  "size": {"width": 10, "height": 10},
                  "fill": {"type": "linearGradient", "stops": stops}})


def test_gradient_stop_limits() -> None:
    validate_document(_gradient_doc(2))
    validate_document(_gradient_doc(16))
    assert errors_of(_gradient_doc(17)) == [{"pointer": "/layers/0/fill/stops",
                                             "message": "must have at most 16 stops"}]
    assert errors_of(_gradient_doc(1)) == [{"pointer": "/layers/0/fill/stops",
                                            "message": "must have at least 2 stops"}]


def _shape_doc(shape: str, point_count: int) -> Doc:
    points = [{"x": index % 100, "y": index // 100} for index in range(point_count)]
    return blank({"id": "p", "type": "shape", "shape": shape, "position": {"x": 0, "y": 0},
                  "size": {"width": 100, "height": 100}, "points": points,
                  "stroke": {"color": "#000000", "width": 1}})


def test_polygon_point_limits() -> None:
    validate_document(_shape_doc("polygon", 3))
    validate_document(_shape_doc("polygon", 1000))
    assert errors_of(_shape_doc("polygon", 1001)) == [{"pointer": "/layers/0/points",
                                                       "message": "must have at most 1000 points"}]
    assert errors_of(_shape_doc("polygon", 2)) == [{"pointer": "/layers/0/points",
                                                    "message": "must have at least 3 points"}]


def test_a_line_needs_two_points_and_may_omit_them() -> None:
    validate_document(_shape_doc("line", 2))
    line = _shape_doc("line", 2)
    del line["layers"][0]["points"]
    validate_document(line)
    assert errors_of(_shape_doc("line", 1)) == [{"pointer": "/layers/0/points",
                                                 "message": "must have at least 2 points"}]


@pytest.mark.parametrize(("width", "height", "errors"), [
    (8000, 5000, []),
    (1, 1, []),
    (8001, 100, [{"pointer": "/canvas/width", "message": "must be at most 8000"}]),
    (100, 0, [{"pointer": "/canvas/height", "message": "must be at least 1"}]),
    (8000, 5001, [{"pointer": "/canvas",
                   "message": "width × height must be at most 40,000,000 px (it is 40,008,000)"}]),
])
def test_canvas_limits(width: int, height: int, errors: list[dict[str, str]]) -> None:
    doc = blank()
    doc["canvas"] |= {"width": width, "height": height}
    if errors:
        assert errors_of(doc) == errors
    else:
        validate_document(doc)


def test_layer_count_limit_counts_group_children() -> None:
    children = [text_layer(f"child_{index}") for index in range(249)]
    top = [text_layer(f"top_{index}") for index in range(250)]
    validate_document(blank(*top, group_layer("group", children)))  # 250 + 1 + 249 = 500
    children.append(text_layer("one_too_many"))
    over = blank(*top, group_layer("group", children))
    assert errors_of(over) == [{
        "pointer": "/layers",
        "message": "holds 501 layers counting group children; the limit is 500",
    }]


def _nested(depth: int) -> Doc:
    """A document whose innermost text layer sits inside ``depth`` nested groups."""
    layer = text_layer("innermost")
    for level in range(depth):
        layer = group_layer(f"group_{level}", [layer])
    return blank(layer)


def test_group_depth_limit() -> None:
    validate_document(_nested(8))
    pointer = "/layers/0" + "/children/0" * 9
    assert errors_of(_nested(9)) == [{
        "pointer": pointer, "message": "is inside 9 nested groups; groups nest at most 8 deep"}]


def test_absurdly_deep_groups_are_reported_not_crashed_on() -> None:
    errors = errors_of(_nested(400))
    assert errors == [{"pointer": "/layers/0" + "/children/0" * 9,
                       "message": "is inside 9 nested groups; groups nest at most 8 deep"}]


def test_document_size_limit() -> None:
    doc = blank()
    doc["meta"] = {"notes": ""}
    overhead = len(json.dumps(doc, separators=(",", ":")).encode())
    doc["meta"]["notes"] = "a" * (LIMITS.max_document_bytes - overhead)
    validate_document(doc)
    doc["meta"]["notes"] += "a"
    assert errors_of(doc) == [{"pointer": "",
                               "message": "is 2.00 MB when serialised; the limit is 2 MB"}]


@pytest.mark.parametrize("value", [float("nan"), float("inf"), {1, 2}, b"bytes"])
def test_values_that_are_not_json_are_named(value: Any) -> None:
    doc = _set(rich_v14(), "/layers/1/position/x", value)
    assert errors_of(doc)[0]["pointer"] == "/layers/1/position/x"


def test_errors_are_sorted_by_pointer_with_numeric_indices_and_deduplicated() -> None:
    layers = [text_layer(f"t{index}") for index in range(12)]
    layers[10]["style"] = {"color": "red"}
    layers[2]["style"] = {"color": "blue", "align": "justify"}
    errors = errors_of(blank(*layers))
    assert [error["pointer"] for error in errors] == [
        "/layers/2/style/align", "/layers/2/style/color", "/layers/10/style/color"]


def test_pointers_escape_slashes_and_tildes_in_keys() -> None:
    doc = rich_v14()
    doc["smartAssets"]["a/b~c"] = {"status": "nonsense"}
    assert errors_of(doc)[0]["pointer"] == "/smartAssets/a~1b~0c/status"


def test_the_exception_message_summarises_the_errors() -> None:
    doc = _set(rich_v14(), "/layers/1/style/color", "yellow")
    doc["layers"][1]["opacity"] = 2
    with pytest.raises(DocumentInvalid, match=r"/layers/1/opacity must be at most 1 \(and 1 more\)"):
        validate_document(doc)


def test_validation_does_not_change_the_document() -> None:
    doc = rich_v14()
    validate_document(doc)
    assert doc == rich_v14()


# --- 2.0 documents -------------------------------------------------------------------------------

@pytest.mark.parametrize(("pointer", "value", "message"), [
    ("/blocks/1/region/width", 1.2, "must be at most 1"),
    ("/blocks/1/role", "tagline", "must be one of: headline, subhead, offer, cta, body, product, "
                                  "logo, decoration"),
    ("/blocks/1/style/color", "gold", COLOUR),
    ("/blocks/5/fill/color", "#FF4D0", COLOUR),
    ("/blocks/1/button", {"color": "#000000"}, "is not an allowed field here"),
    ("/blocks/7/button/radius", -1, "must be at least 0"),
    ("/blocks/1/id", "x" * 59, "must be at most 58 characters long"),
    ("/blocks/6/points", [{"x": 0, "y": 0}, {"x": 1, "y": 1}], "must have at least 3 points"),
    ("/blocks/9/fit", "tile", "must be one of: cover, contain, fill"),
    ("/blocks", {}, "must be an array"),
])
def test_bad_blocks_are_named(pointer: str, value: Any, message: str) -> None:
    doc = _set(rich_v20(), pointer, value)
    assert errors_of(doc) == [{"pointer": pointer, "message": message}]


def test_v20_semantic_rules() -> None:
    doc = rich_v20()
    doc["blocks"][2]["id"] = "headline"
    doc["blocks"][4]["smartAssetId"] = "smart_nowhere"
    doc["blocks"][0]["fill"]["stops"][0]["offset"] = 0.5
    doc["blocks"][0]["fill"]["stops"][1]["offset"] = 0.2
    assert errors_of(doc) == [
        {"pointer": "/blocks/0/fill/stops/1/offset",
         "message": "must not be less than the previous stop's offset (0.5)"},
        {"pointer": "/blocks/2/id",
         "message": "must be unique, but 'headline' is also the id of /blocks/1"},
        {"pointer": "/blocks/4/smartAssetId",
         "message": "refers to 'smart_nowhere', which is not a key of smartAssets"},
    ]


def test_a_v20_document_needs_blocks_and_canvas_and_no_layers() -> None:
    doc = rich_v20()
    del doc["blocks"]
    del doc["canvas"]
    doc["layers"] = []
    assert errors_of(doc) == [
        {"pointer": "/blocks", "message": "is required"},
        {"pointer": "/canvas", "message": "is required"},
        {"pointer": "/layers", "message": "is not an allowed field here"},
    ]
