"""The published JSON Schemas: well-formed, documented, in step with LIMITS and the validator."""

from __future__ import annotations

import copy
import random
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest

from documents import LIMITS, SUPPORTED_VERSIONS, get_schema
from documents.compiled import compile_schema
from documents.pointers import join_pointer
from tests.documents.documents import contract_example, rich_v14, rich_v20


@pytest.mark.parametrize("version", SUPPORTED_VERSIONS)
def test_schema_is_valid_draft_2020_12_with_an_id(version: str) -> None:
    schema = get_schema(version)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == f"https://api.radicpro.com/v1/schemas/design/{version}"
    assert schema["properties"]["schemaVersion"]["const"] == version


def _declared_properties(node: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every entry of every ``properties`` map, skipping if/then rules (they only constrain)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("if", "then"):
                continue
            if key == "properties" and isinstance(value, dict):
                for name, sub in value.items():
                    yield f"{path}/properties/{name}", sub
            yield from _declared_properties(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _declared_properties(item, f"{path}/{index}")


@pytest.mark.parametrize("version", SUPPORTED_VERSIONS)
def test_every_property_has_a_title_and_description(version: str) -> None:
    schema = get_schema(version)
    undocumented = [path for path, sub in _declared_properties(schema)
                    if not sub.get("title") or not sub.get("description")]
    assert undocumented == []
    assert all(definition.get("title") and definition.get("description")
               for definition in schema["$defs"].values())


def test_both_versions_share_identical_common_definitions() -> None:
    v14, v20 = get_schema("1.4")["$defs"], get_schema("2.0")["$defs"]
    shared = set(v14) & set(v20)
    assert {"color", "paint", "textStyle", "shapeStroke", "canvas", "brand", "smartAsset"} <= shared
    assert {name: v14[name] for name in shared} == {name: v20[name] for name in shared}


def test_schema_limits_match_the_limits_table() -> None:
    defs = get_schema("1.4")["$defs"]
    canvas = defs["canvas"]["properties"]
    assert canvas["width"]["minimum"] == canvas["height"]["minimum"] == LIMITS.min_canvas_side
    assert canvas["width"]["maximum"] == canvas["height"]["maximum"] == LIMITS.max_canvas_side == 8000
    stops = defs["linearGradient"]["properties"]["stops"]
    assert (stops["minItems"], stops["maxItems"]) == (LIMITS.min_gradient_stops, 16)
    assert defs["radialGradient"]["properties"]["stops"] == stops
    assert defs["textLayer"]["properties"]["text"]["maxLength"] == LIMITS.max_text_length == 5000
    assert defs["shapeLayer"]["properties"]["points"]["maxItems"] == LIMITS.max_points == 1000
    assert defs["textLayer"]["properties"]["id"]["maxLength"] == LIMITS.max_id_length
    assert LIMITS.max_document_bytes == 2 * 1024 * 1024
    assert (LIMITS.max_layers, LIMITS.max_group_depth, LIMITS.max_canvas_pixels) == (
        500, 8, 40_000_000)


def test_limits_serialise_with_camel_case_keys() -> None:
    limits = LIMITS.to_dict()
    assert limits["maxDocumentBytes"] == 2 * 1024 * 1024
    assert limits["maxGroupDepth"] == 8
    assert all("_" not in key for key in limits)


def test_get_schema_returns_a_copy() -> None:
    get_schema("1.4")["title"] = "changed"
    assert get_schema("1.4")["title"] == "Radic Pro design document 1.4"


def test_get_schema_refuses_an_unknown_version() -> None:
    with pytest.raises(ValueError, match="3.0"):
        get_schema("3.0")


def test_the_compiler_refuses_keywords_it_does_not_implement() -> None:
    with pytest.raises(ValueError, match="patternProperties"):
        compile_schema({"type": "object", "patternProperties": {"^x": {"type": "string"}}})


# The fast validator must agree with the reference implementation (jsonschema) on which nodes
# are wrong. Documents are mutated node by node: wrong types, deleted keys, unknown keys.

_REPLACEMENTS: list[Any] = ["#12", "text", -1, 0, 1.5, 5000, True, None, [], {}, [{}]]


def _nodes(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    yield path, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _nodes(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _nodes(item, (*path, index))


def _mutations(doc: dict[str, Any], count: int, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    paths = [path for path, _ in _nodes(doc) if path]
    mutated_docs = []
    for _ in range(count):
        path = rng.choice(paths)
        mutated = copy.deepcopy(doc)
        parent = mutated
        for token in path[:-1]:
            parent = parent[token]
        action = rng.random()
        if action < 0.2 and isinstance(parent, dict):
            del parent[path[-1]]
        elif action < 0.3 and isinstance(parent, dict):
            parent["unexpectedField"] = 1
        else:
            parent[path[-1]] = copy.deepcopy(rng.choice(_REPLACEMENTS))
        mutated_docs.append(mutated)
    return mutated_docs


def _reference_pointers(schema: dict[str, Any], doc: Any) -> set[str]:
    pointers = set()
    for error in jsonschema.Draft202012Validator(schema).iter_errors(doc):
        path = tuple(error.absolute_path)
        if error.validator == "required":
            pointers |= {join_pointer(*path, key) for key in error.validator_value
                         if key not in error.instance}
        elif error.validator == "additionalProperties":
            declared = error.schema.get("properties", {})
            pointers |= {join_pointer(*path, key) for key in error.instance if key not in declared}
        else:
            pointers.add(join_pointer(*path))
    return pointers


@pytest.mark.parametrize(("version", "make", "seed"), [
    ("1.4", rich_v14, 1), ("1.4", contract_example, 2), ("2.0", rich_v20, 3),
])
def test_compiled_validator_agrees_with_jsonschema(version: str, make: Any, seed: int) -> None:
    schema = get_schema(version)
    check = compile_schema(schema)
    documents = [make(), *_mutations(make(), 120, seed)]
    invalid = 0
    for doc in documents:
        errors: list[Any] = []
        check(doc, "", errors)
        assert {error["pointer"] for error in errors} == _reference_pointers(schema, doc), doc
        invalid += bool(errors)
    assert invalid > 60  # the mutations really exercised failures
