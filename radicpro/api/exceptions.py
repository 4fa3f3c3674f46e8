"""The one exception handler: every failure becomes the error envelope, never HTML."""

import logging

from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from rest_framework import exceptions as drf
from rest_framework.response import Response

from .casing import to_camel
from .errors import ApiError, ErrorCode, error_body

logger = logging.getLogger(__name__)


def field_details(detail, prefix: str = "") -> dict[str, list[str]]:
    """Flattens DRF's nested error detail into {"field.sub.0": ["message", ...]} (camelCase)."""
    out: dict[str, list[str]] = {}
    if isinstance(detail, dict):
        for key, value in detail.items():
            name = "non_field_errors" if key == "non_field_errors" else to_camel(str(key))
            if name == "non_field_errors":
                name = "body"
            out.update(field_details(value, f"{prefix}.{name}" if prefix else name))
    elif isinstance(detail, list) and detail and all(isinstance(i, (str, drf.ErrorDetail))
                                                     for i in detail):
        out[prefix or "body"] = [str(i) for i in detail]
    elif isinstance(detail, list):
        for index, value in enumerate(detail):
            if value:
                out.update(field_details(value, f"{prefix}.{index}" if prefix else str(index)))
    else:
        out[prefix or "body"] = [str(detail)]
    return out


def _summary(details: dict[str, list[str]]) -> str:
    if not details:
        return ErrorCode.VALIDATION_ERROR.default_message
    field, messages = next(iter(details.items()))
    more = len(details) - 1
    text = f"{field}: {messages[0]}" if field != "body" else messages[0]
    return text + (f" (and {more} more)" if more else "")


def exception_handler(exc, context):
    """DRF's EXCEPTION_HANDLER: maps every exception to (status, error body, headers)."""
    headers: dict[str, str] = {}
    if isinstance(exc, ApiError):
        body = error_body(exc.code, exc.message, details=exc.details, retryable=exc.retryable)
        status, headers = exc.status, dict(exc.headers)
    elif isinstance(exc, drf.ValidationError):
        details = field_details(exc.detail)
        body = error_body(ErrorCode.VALIDATION_ERROR, _summary(details), details=details)
        status = 400
    elif isinstance(exc, drf.ParseError):
        body, status = error_body(ErrorCode.INVALID_JSON, str(exc.detail)), 400
    elif isinstance(exc, (drf.NotAuthenticated, drf.AuthenticationFailed)):
        body, status = error_body(ErrorCode.UNAUTHORIZED, _auth_message(exc)), 401
        headers["WWW-Authenticate"] = 'Bearer realm="api"'
    elif isinstance(exc, (drf.PermissionDenied, PermissionDenied)):
        body, status = error_body(ErrorCode.FORBIDDEN), 403
    elif isinstance(exc, (drf.NotFound, Http404)):
        body, status = error_body(ErrorCode.NOT_FOUND), 404
    elif isinstance(exc, drf.MethodNotAllowed):
        body, status = error_body(ErrorCode.METHOD_NOT_ALLOWED, str(exc.detail)), 405
    elif isinstance(exc, drf.NotAcceptable):
        body, status = error_body(ErrorCode.NOT_ACCEPTABLE, str(exc.detail)), 406
    elif isinstance(exc, drf.UnsupportedMediaType):
        body, status = error_body(ErrorCode.UNSUPPORTED_MEDIA_TYPE, str(exc.detail)), 415
    elif isinstance(exc, drf.Throttled):
        wait = int(exc.wait or 1)  # type: ignore[attr-defined]  # the stubs omit Throttled.wait
        body = error_body(ErrorCode.RATE_LIMITED, f"Too many requests; retry in {wait} s.",
                          details={"retryAfter": wait})
        status, headers["Retry-After"] = 429, str(wait)
    elif isinstance(exc, RequestDataTooBig):
        body, status = error_body(ErrorCode.PAYLOAD_TOO_LARGE), 413
    elif isinstance(exc, DjangoValidationError):
        details = {"body": [str(m) for m in exc.messages]}
        body, status = error_body(ErrorCode.VALIDATION_ERROR, _summary(details), details=details), 400
    elif isinstance(exc, drf.APIException):
        body, status = error_body(ErrorCode.SERVER_ERROR, str(exc.detail)), exc.status_code
    else:
        logger.exception("Unhandled error in %s", context.get("view").__class__.__name__)
        body, status = error_body(ErrorCode.SERVER_ERROR), 500
    response = Response(body, status=status, headers=headers)
    return response


def _auth_message(exc) -> str:
    if isinstance(exc, drf.NotAuthenticated):
        return "Authentication credentials were not provided."
    detail = exc.detail
    if isinstance(detail, dict):
        detail = detail.get("detail", ErrorCode.UNAUTHORIZED.default_message)
    return str(detail)
