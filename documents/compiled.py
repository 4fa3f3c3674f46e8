"""Compiles the JSON Schema subset our design schemas use into fast checks.

The published schemas stay the single source of truth: this turns one into nested Python
closures that report every failure as a JSON pointer and a human message, tens of times faster
than a general validator. A keyword it does not implement is refused when compiling, so a
schema cannot silently gain a rule that goes unchecked.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from documents.errors import ErrorDetail
from documents.messages import (
    NOT_ALLOWED_MESSAGE,
    REQUIRED_MESSAGE,
    keyword_message,
    one_of_message,
    type_message,
)
from documents.pointers import escape_token

Check = Callable[[Any, str, list[ErrorDetail]], None]

# Keywords that only describe; they never fail.
_ANNOTATIONS = frozenset({
    "$schema", "$id", "$defs", "$comment", "title", "description", "default", "examples",
})
_SUPPORTED = _ANNOTATIONS | frozenset({
    "type", "enum", "const", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
    "multipleOf", "minLength", "maxLength", "pattern", "properties", "required",
    "additionalProperties", "items", "minItems", "maxItems", "uniqueItems", "$ref", "allOf",
    "oneOf", "if", "then",
})


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _is_integer(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


_TYPE_TESTS: dict[str, Callable[[Any], bool]] = {
    "object": lambda value: isinstance(value, dict),
    "array": lambda value: isinstance(value, list),
    "string": lambda value: isinstance(value, str),
    "number": _is_number,
    "integer": _is_integer,
    "boolean": lambda value: isinstance(value, bool),
    "null": lambda value: value is None,
}


def _same(left: Any, right: Any) -> bool:
    """JSON equality: true and 1 differ, 1 and 1.0 do not."""
    if isinstance(left, bool) or isinstance(right, bool):
        return isinstance(left, bool) and isinstance(right, bool) and left == right
    if isinstance(left, (dict, list)) or isinstance(right, (dict, list)):
        return json.dumps(left, sort_keys=True) == json.dumps(right, sort_keys=True)
    return bool(left == right)


def _fail(errors: list[ErrorDetail], pointer: str, message: str) -> None:
    errors.append({"pointer": pointer, "message": message})


class SchemaCompiler:
    """Compiles one root schema (with its ``$defs``) into a check function."""

    def __init__(self, root: dict[str, Any]) -> None:
        self._root = root
        self._refs: dict[str, Check] = {}

    def compile_root(self) -> Check:
        return self._compile(self._root)

    def _compile(self, schema: dict[str, Any]) -> Check:
        unknown = set(schema) - _SUPPORTED
        if unknown:
            raise ValueError(f"schema keywords not supported by the compiler: {sorted(unknown)}")
        type_test = self._type_test(schema.get("type"))
        checks: list[Check] = []
        checks.extend(self._scalar_checks(schema))
        checks.extend(self._object_checks(schema))
        checks.extend(self._array_checks(schema))
        checks.extend(self._combinator_checks(schema))
        type_name: Any = schema.get("type")
        if type_test is None and len(checks) == 1:
            return checks[0]

        def check(value: Any, pointer: str, errors: list[ErrorDetail]) -> None:
            if type_test is not None and not type_test(value):
                _fail(errors, pointer, type_message(type_name))
                return
            for item in checks:
                item(value, pointer, errors)

        return check

    @staticmethod
    def _type_test(expected: str | list[str] | None) -> Callable[[Any], bool] | None:
        if expected is None:
            return None
        if isinstance(expected, str):
            return _TYPE_TESTS[expected]
        tests = [_TYPE_TESTS[name] for name in expected]
        return lambda value: any(test(value) for test in tests)

    def _scalar_checks(self, schema: dict[str, Any]) -> list[Check]:
        checks: list[Check] = []
        if "enum" in schema:
            options = schema["enum"]
            message = keyword_message("enum", options)
            if all(isinstance(option, str) for option in options):
                allowed = frozenset(options)
                checks.append(_when(lambda v: not (isinstance(v, str) and v in allowed), message))
            else:
                checks.append(_when(lambda v: not any(_same(v, o) for o in options), message))
        if "const" in schema:
            expected = schema["const"]
            message = keyword_message("const", expected)
            if isinstance(expected, str):
                checks.append(_when(lambda v: not (isinstance(v, str) and v == expected), message))
            else:
                checks.append(_when(lambda v: not _same(v, expected), message))
        bounds: list[tuple[str, Callable[[float, float], bool]]] = [
            ("minimum", lambda v, b: v < b),
            ("maximum", lambda v, b: v > b),
            ("exclusiveMinimum", lambda v, b: v <= b),
            ("exclusiveMaximum", lambda v, b: v >= b),
            ("multipleOf", lambda v, b: not (v / b).is_integer()),
        ]
        for keyword, broken in bounds:
            if keyword in schema:
                checks.append(_number_check(schema[keyword], broken,
                                            keyword_message(keyword, schema[keyword])))
        if "minLength" in schema:
            low = schema["minLength"]
            checks.append(_when(lambda v: isinstance(v, str) and len(v) < low,
                                keyword_message("minLength", low)))
        if "maxLength" in schema:
            high = schema["maxLength"]
            checks.append(_when(lambda v: isinstance(v, str) and len(v) > high,
                                keyword_message("maxLength", high)))
        if "pattern" in schema:
            search = re.compile(schema["pattern"]).search
            checks.append(_when(lambda v: isinstance(v, str) and search(v) is None,
                                keyword_message("pattern", schema["pattern"])))
        return checks

    def _object_checks(self, schema: dict[str, Any]) -> list[Check]:
        checks: list[Check] = []
        properties = {
            key: ("/" + escape_token(key), self._compile(sub))
            for key, sub in schema.get("properties", {}).items()
        }
        required = [(key, "/" + escape_token(key)) for key in schema.get("required", [])]
        extra = schema.get("additionalProperties", True)
        extra_check = None if isinstance(extra, bool) else self._compile(extra)
        closed = extra is False

        def check_object(value: Any, pointer: str, errors: list[ErrorDetail]) -> None:
            if not isinstance(value, dict):
                return
            for key, token in required:
                if key not in value:
                    _fail(errors, pointer + token, REQUIRED_MESSAGE)
            for key, item in value.items():
                declared = properties.get(key)
                if declared is not None:
                    declared[1](item, pointer + declared[0], errors)
                elif closed:
                    _fail(errors, pointer + "/" + escape_token(key), NOT_ALLOWED_MESSAGE)
                elif extra_check is not None:
                    extra_check(item, pointer + "/" + escape_token(key), errors)

        if properties or required or extra is not True:
            checks.append(check_object)
        return checks

    def _array_checks(self, schema: dict[str, Any]) -> list[Check]:
        checks: list[Check] = []
        if "items" in schema:
            item_check = self._compile(schema["items"])

            def check_items(value: Any, pointer: str, errors: list[ErrorDetail]) -> None:
                if isinstance(value, list):
                    for index, item in enumerate(value):
                        item_check(item, f"{pointer}/{index}", errors)

            checks.append(check_items)
        for keyword, broken in (("minItems", lambda n, b: n < b), ("maxItems", lambda n, b: n > b)):
            if keyword in schema:
                checks.append(_count_check(keyword, schema[keyword], broken))
        if schema.get("uniqueItems"):
            def check_unique(value: Any, pointer: str, errors: list[ErrorDetail]) -> None:
                if isinstance(value, list):
                    seen = {json.dumps(item, sort_keys=True) for item in value}
                    if len(seen) < len(value):
                        _fail(errors, pointer, keyword_message("uniqueItems", True))

            checks.append(check_unique)
        return checks

    def _combinator_checks(self, schema: dict[str, Any]) -> list[Check]:
        checks: list[Check] = []
        if "$ref" in schema:
            checks.append(self._reference(schema["$ref"]))
        checks.extend(self._compile(sub) for sub in schema.get("allOf", []))
        if "oneOf" in schema:
            options = [self._compile(sub) for sub in schema["oneOf"]]
            message = one_of_message(schema["oneOf"])

            def check_one_of(value: Any, pointer: str, errors: list[ErrorDetail]) -> None:
                if sum(1 for option in options if _passes(option, value)) != 1:
                    _fail(errors, pointer, message)

            checks.append(check_one_of)
        if "if" in schema and "then" in schema:
            condition = _discriminator(schema["if"]) or _predicate(self._compile(schema["if"]))
            consequence = self._compile(schema["then"])

            def check_if(value: Any, pointer: str, errors: list[ErrorDetail]) -> None:
                if condition(value):
                    consequence(value, pointer, errors)

            checks.append(check_if)
        return checks

    def _reference(self, ref: str) -> Check:
        prefix = "#/$defs/"
        if not ref.startswith(prefix):
            raise ValueError(f"only local #/$defs/ references are supported, not {ref!r}")
        name = ref[len(prefix):]

        def check_ref(value: Any, pointer: str, errors: list[ErrorDetail]) -> None:
            self._refs[name](value, pointer, errors)

        if name not in self._refs:
            # Reserve the slot first so recursive definitions (a group's children) terminate.
            self._refs[name] = check_ref
            self._refs[name] = self._compile(self._root["$defs"][name])
        return check_ref


def _passes(check: Check, value: Any) -> bool:
    scratch: list[ErrorDetail] = []
    check(value, "", scratch)
    return not scratch


def _predicate(check: Check) -> Callable[[Any], bool]:
    return lambda value: _passes(check, value)


def _discriminator(condition: dict[str, Any]) -> Callable[[Any], bool] | None:
    """A fast test for the ``{"properties": {k: {"const" or "enum"}}, "required": [k]}`` shape
    the schemas use to pick a layer, paint or block kind; None for any other condition."""
    properties = condition.get("properties")
    if set(condition) != {"properties", "required"} or not isinstance(properties, dict) \
            or len(properties) != 1 or condition["required"] != list(properties):
        return None
    ((key, rule),) = properties.items()
    if set(rule) == {"const"}:
        options = [rule["const"]]
    elif set(rule) == {"enum"}:
        options = list(rule["enum"])
    else:
        return None
    if not all(isinstance(option, str) for option in options):
        return None
    allowed = frozenset(options)

    def matches(value: Any) -> bool:
        if not isinstance(value, dict):
            return True
        kind = value.get(key)
        return isinstance(kind, str) and kind in allowed

    return matches


def _when(broken: Callable[[Any], bool], message: str) -> Check:
    def check(value: Any, pointer: str, errors: list[ErrorDetail]) -> None:
        if broken(value):
            _fail(errors, pointer, message)

    return check


def _number_check(bound: float, broken: Callable[[float, float], bool], message: str) -> Check:
    def check(value: Any, pointer: str, errors: list[ErrorDetail]) -> None:
        if _is_number(value) and broken(value, bound):
            _fail(errors, pointer, message)

    return check


def _count_check(keyword: str, bound: int, broken: Callable[[int, int], bool]) -> Check:
    def check(value: Any, pointer: str, errors: list[ErrorDetail]) -> None:
        if isinstance(value, list) and broken(len(value), bound):
            list_name = pointer.rsplit("/", 1)[-1]
            _fail(errors, pointer, keyword_message(keyword, bound, list_name))

    return check


def compile_schema(schema: dict[str, Any]) -> Check:
    """A check ``(instance, pointer, errors)`` appending every failure of ``instance``."""
    return SchemaCompiler(schema).compile_root()
