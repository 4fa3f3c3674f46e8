"""Human messages for schema keyword failures ("must be a colour like #RRGGBB or #RRGGBBAA")."""

from __future__ import annotations

import json
from typing import Any

COLOR_PATTERN = "^#(?:[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})$"
COLOR_MESSAGE = "must be a colour like #RRGGBB or #RRGGBBAA"
REQUIRED_MESSAGE = "is required"
NOT_ALLOWED_MESSAGE = "is not an allowed field here"

_PATTERN_MESSAGES = {COLOR_PATTERN: COLOR_MESSAGE}

_TYPE_NAMES = {
    "object": "an object",
    "array": "an array",
    "string": "a string",
    "number": "a number",
    "integer": "a whole number",
    "boolean": "true or false",
    "null": "null",
}

# What the entries of a list are called, by the list's property name.
_ITEM_NOUNS = {"stops": "stops", "points": "points", "dash": "values", "weights": "weights"}


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _count(count: int, list_name: str | None) -> str:
    noun = _ITEM_NOUNS.get(list_name or "", "items")
    if count == 1 and noun == "items":
        return "1 item"
    return f"{count} {noun}"


def type_message(expected: str | list[str]) -> str:
    """'must be a string', 'must be a string or null'."""
    names = [expected] if isinstance(expected, str) else list(expected)
    return "must be " + " or ".join(_TYPE_NAMES.get(name, name) for name in names)


def one_of_message(options: list[dict[str, Any]]) -> str:
    """The message for a failed ``oneOf``; ours are "exactly one of these fields"."""
    if all(set(option) == {"required"} and len(option["required"]) == 1 for option in options):
        return "must have exactly one of " + " or ".join(option["required"][0] for option in options)
    return "does not match any of the allowed forms"


def keyword_message(keyword: str, value: Any, list_name: str | None = None) -> str:
    """The message for a failed schema ``keyword`` whose schema value is ``value``.

    ``list_name`` is the property holding an array, used to say "3 points" not "3 items".
    """
    if keyword == "type":
        return type_message(value)
    if keyword == "enum":
        return "must be one of: " + ", ".join(str(option) for option in value)
    if keyword == "const":
        return f"must be {json.dumps(value)}"
    if keyword == "minimum":
        return f"must be at least {_number(value)}"
    if keyword == "maximum":
        return f"must be at most {_number(value)}"
    if keyword == "exclusiveMinimum":
        return f"must be greater than {_number(value)}"
    if keyword == "exclusiveMaximum":
        return f"must be less than {_number(value)}"
    if keyword == "multipleOf":
        return f"must be a multiple of {_number(value)}"
    if keyword == "minLength":
        return "must not be empty" if value == 1 else f"must be at least {value} characters long"
    if keyword == "maxLength":
        return f"must be at most {value} characters long"
    if keyword == "minItems":
        return f"must have at least {_count(value, list_name)}"
    if keyword == "maxItems":
        return f"must have at most {_count(value, list_name)}"
    if keyword == "uniqueItems":
        return "must not contain duplicates"
    if keyword == "pattern":
        return _PATTERN_MESSAGES.get(value, "does not have the expected format")
    if keyword == "oneOf":
        return one_of_message(value)
    return f"does not satisfy {keyword}"
