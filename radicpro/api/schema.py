"""OpenAPI generation: camelCase names, the envelope around every body, the error responses."""

from typing import Any

from drf_spectacular.openapi import AutoSchema

from .casing import VERBATIM_FIELDS, to_camel
from .errors import ErrorCode

ERROR_STATUSES_FOR_ALL = ("400", "401", "429", "500")
# A field holding the error envelope's `error` object, or null (jobs, exports).
NULLABLE_ERROR_FIELD = {
    "allOf": [{"$ref": "#/components/schemas/Error"}],
    "nullable": True,
    "description": "The error envelope's error object when failed, else null.",
}
RATE_LIMIT_HEADERS = {
    "X-RateLimit-Limit": "Requests allowed in the current window.",
    "X-RateLimit-Remaining": "Requests left in the current window.",
    "X-RateLimit-Reset": "Unix seconds when the current window resets.",
}


class RadicAutoSchema(AutoSchema):
    """Names the paginated list after the view's `list_key`; lists are never bare arrays."""

    def _map_basic_serializer(self, serializer, direction):
        """Output fields are always present (null when empty), unless a field is declared
        `required=False`: that marks a key the body really leaves out."""
        schema = super()._map_basic_serializer(serializer, direction)
        if direction != "response" or "properties" not in schema:
            return schema
        declared = getattr(serializer, "_declared_fields", {})
        optional = {name for name, field in declared.items()
                    if field._kwargs.get("required") is False}
        schema["required"] = [name for name in schema["properties"] if name not in optional]
        return schema

    def _is_list_view(self, serializer=None):
        # An unpaginated list answers its declared wrapper ({"brands": [...]}), not an array.
        if getattr(self.view, "pagination_class", True) is None:
            return False
        return super()._is_list_view(serializer)

    def _get_paginator(self):
        paginator = super()._get_paginator()
        if paginator is not None:
            paginator.list_key = getattr(self.view, "list_key", "results")
        return paginator


def _camelize_schema(schema):
    if isinstance(schema, list):
        return [_camelize_schema(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "properties" and isinstance(value, dict):
            props = {}
            for name, prop in value.items():
                wire = to_camel(name)
                props[wire] = prop if wire in VERBATIM_FIELDS else _camelize_schema(prop)
            out[key] = props
        elif key == "required" and isinstance(value, list):
            out[key] = [to_camel(name) for name in value]
        else:
            out[key] = _camelize_schema(value)
    return out


def _envelope(data_schema) -> dict:
    return {
        "type": "object",
        "required": ["data", "meta"],
        "properties": {"data": data_schema, "meta": {"$ref": "#/components/schemas/Meta"}},
    }


def _components() -> dict:
    return {
        "Meta": {
            "type": "object",
            "required": ["requestId"],
            "properties": {"requestId": {"type": "string", "example": "req_3f2c9a1b7d4e4c0f9a1b2c3d"}},
        },
        "Error": {
            "type": "object",
            "required": ["code", "message", "details", "retryable"],
            "properties": {
                "code": {"type": "string", "enum": [code.name for code in ErrorCode],
                         "example": "VALIDATION_ERROR"},
                "message": {"type": "string", "example": "title: This field is required."},
                "details": {"type": "object", "additionalProperties": True,
                            "description": "For VALIDATION_ERROR: each bad field (or JSON "
                            "pointer) with its messages.",
                            "example": {"title": ["This field is required."]}},
                "retryable": {"type": "boolean", "example": False},
            },
        },
        "ErrorEnvelope": {
            "type": "object",
            "required": ["error", "meta"],
            "properties": {"error": {"$ref": "#/components/schemas/Error"},
                           "meta": {"$ref": "#/components/schemas/Meta"}},
        },
    }


_ERROR_DESCRIPTIONS = {
    "400": "VALIDATION_ERROR or INVALID_JSON",
    "401": "UNAUTHORIZED",
    "402": "INSUFFICIENT_CREDITS",
    "403": "FORBIDDEN",
    "404": "NOT_FOUND (or the resource's own not-found code)",
    "409": "CONFLICT",
    "412": "PRECONDITION_FAILED",
    "413": "PAYLOAD_TOO_LARGE",
    "415": "UNSUPPORTED_MEDIA_TYPE",
    "422": "IDEMPOTENCY_KEY_REUSED",
    "429": "RATE_LIMITED",
    "500": "SERVER_ERROR (or GENERATION_FAILED, EXPORT_FAILED, STORAGE_ERROR)",
    "503": "SERVICE_UNAVAILABLE",
}


def error_response(status: str) -> dict:
    """The documented error answer of `status` (the error envelope, and Retry-After on 429)."""
    response = {
        "description": _ERROR_DESCRIPTIONS.get(status, "Error"),
        "content": {"application/json": {
            "schema": {"$ref": "#/components/schemas/ErrorEnvelope"}}},
    }
    if status == "429":
        response["headers"] = {"Retry-After": {"schema": {"type": "integer"},
                                               "description": "Seconds to wait."}}
    return response


def _headers() -> dict:
    headers = {"X-Request-Id": {"schema": {"type": "string"},
                                "description": "The request id (also in meta.requestId)."}}
    for name, description in RATE_LIMIT_HEADERS.items():
        headers[name] = {"schema": {"type": "integer"}, "description": description}
    return headers


def camelize_and_envelope(result, generator, request, public):
    """drf-spectacular postprocessing hook."""
    components = result.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    for name, schema in list(schemas.items()):
        schemas[name] = _camelize_schema(schema)
    schemas.update(_components())
    for path, methods in result.get("paths", {}).items():
        for operation in methods.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            responses = operation["responses"]
            for status, response in list(responses.items()):
                content = response.get("content", {})
                if status.startswith("2") and "application/json" in content:
                    json_content = content["application/json"]
                    json_content["schema"] = _envelope(
                        _camelize_schema(json_content.get("schema", {})))
                if status.startswith("2"):
                    response.setdefault("headers", {}).update(_headers())
            statuses = list(ERROR_STATUSES_FOR_ALL)
            if "{" in path:
                statuses.append("404")
            if operation.get("security") == [] or (
                    operation.get("security") and {} in operation["security"]):
                statuses.remove("401")
            for status in statuses + [s for s in operation.pop("x-errors", [])]:
                responses.setdefault(status, error_response(status))
    return result
