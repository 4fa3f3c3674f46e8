"""camelCase on the wire, snake_case in Python; user documents pass through verbatim."""

import functools
import re
from typing import Any

# Fields whose values are user documents (or already wire-shaped bodies): their own keys are
# never re-cased. Named in their wire (camelCase) form.
VERBATIM_FIELDS = frozenset(
    {
        "designJson",  # the design document
        "options",  # recipe / generation options
        "recipe",
        "holisticContext",
        "changes",  # patch operation changes (document fragments)
        "layer",  # a layer in an add_layer operation
        "operations",  # patch operations
        "patch",
        "inputs",  # tool inputs, validated against the tool's own JSON Schema
        "inputSchema",
        "result",  # a job's result: the body the sync call returned, already on the wire
        "payload",  # a webhook event payload, already on the wire
        "context",  # assistant context
        "colors",  # brand colours: the user's own role names
        "fonts",  # brand fonts: the user's own role names
        "metadata",
    }
)

_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])([A-Z])")
_SNAKE_PART = re.compile(r"_([a-z0-9])")


def to_camel(name: str) -> str:
    return _to_camel(name)


def to_snake(name: str) -> str:
    return _to_snake(name)


@functools.lru_cache(maxsize=4096)  # the same few keys, item after item of every list
def _to_camel(name: str) -> str:
    if "_" not in name or name.startswith("_"):
        return name
    return _SNAKE_PART.sub(lambda m: m.group(1).upper(), name)


@functools.lru_cache(maxsize=4096)
def _to_snake(name: str) -> str:
    return _CAMEL_BOUNDARY.sub(lambda m: "_" + m.group(1).lower(), name)


class WireDict(dict):
    """A body built on the wire already (camelCase keys, values final): camelize keeps it as is,
    so a list of them costs no walk."""


def camelize(data: Any) -> Any:
    """Snake-case keys to camelCase, recursively, leaving verbatim fields' values untouched."""
    if isinstance(data, dict):
        if type(data) is WireDict:
            return data
        out = {}
        for key, value in data.items():
            wire_key = to_camel(key) if isinstance(key, str) else key
            out[wire_key] = value if wire_key in VERBATIM_FIELDS else camelize(value)
        return out
    if isinstance(data, (list, tuple)):
        return [camelize(item) for item in data]
    return data


def underscoreize(data: Any) -> Any:
    """camelCase keys to snake_case, recursively, leaving verbatim fields' values untouched."""
    if isinstance(data, dict):
        out = {}
        for key, value in data.items():
            if not isinstance(key, str):
                out[key] = value
                continue
            out[to_snake(key)] = value if key in VERBATIM_FIELDS else underscoreize(value)
        return out
    if isinstance(data, list):
        return [underscoreize(item) for item in data]
    return data
