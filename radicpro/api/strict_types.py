"""JSON bodies are type-strict: a string field takes a string, a number a number, a flag a bool.

DRF coerces by default (`"name": 0` becomes "0", `"transparent": 0` becomes False), which
hides client bugs and contradicts the OpenAPI schema. Only data the JSON parser produced (a
`JsonBody`) is checked: query strings and multipart forms carry only strings, so there the
usual coercion still applies.
"""

from rest_framework import serializers


class JsonBody(dict):
    """A request body parsed from JSON (the marker that turns strict typing on)."""


def _from_json_body(field) -> bool:
    root = field.root
    return root is not None and isinstance(getattr(root, "initial_data", None), JsonBody)


def _strict(field_class, accepts, message: str):
    original = field_class.to_internal_value

    def to_internal_value(self, data):
        if _from_json_body(self) and not accepts(data):
            raise serializers.ValidationError(message, code="invalid_type")
        return original(self, data)

    field_class.to_internal_value = to_internal_value


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def install() -> None:
    """Makes DRF's scalar fields strict about JSON types (called once from AppConfig.ready)."""
    _strict(serializers.CharField, lambda v: isinstance(v, str), "Must be a string.")
    _strict(serializers.BooleanField, lambda v: isinstance(v, bool), "Must be true or false.")
    _strict(serializers.IntegerField,
            lambda v: _is_number(v) and float(v).is_integer(), "Must be a whole number.")
    _strict(serializers.FloatField, _is_number, "Must be a number.")
    _strict(serializers.DecimalField, _is_number, "Must be a number.")
