"""Request ids on every response, and JSON instead of HTML for errors outside DRF views."""

import json
import re
import uuid

from django.http import HttpResponse

from .errors import ErrorCode, error_body

_SANE_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
_STATUS_CODES = {
    400: ErrorCode.VALIDATION_ERROR,
    401: ErrorCode.UNAUTHORIZED,
    403: ErrorCode.FORBIDDEN,
    404: ErrorCode.NOT_FOUND,
    405: ErrorCode.METHOD_NOT_ALLOWED,
    406: ErrorCode.NOT_ACCEPTABLE,
    413: ErrorCode.PAYLOAD_TOO_LARGE,
    415: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
    429: ErrorCode.RATE_LIMITED,
    500: ErrorCode.SERVER_ERROR,
    503: ErrorCode.SERVICE_UNAVAILABLE,
}
# The one HTML application served: the admin site, for staff in a browser. Every other path
# (an unknown one that merely starts like it included) answers errors as JSON.
_HTML_APP_PREFIX = "/admin/"


def json_error_response(request, code: ErrorCode, message: str | None = None,
                        status: int | None = None) -> HttpResponse:
    """An error envelope outside DRF (URL not found, Django errors, health checks)."""
    body = error_body(code, message)
    body["meta"] = {"requestId": getattr(request, "request_id", None)}
    return HttpResponse(json.dumps(body), status=status or code.status,
                        content_type="application/json")


class RequestIdMiddleware:
    """Takes the client's sane X-Request-Id or makes `req_...`; echoes it on the response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.headers.get("X-Request-Id", "")
        request.request_id = (
            incoming if _SANE_REQUEST_ID.match(incoming) else f"req_{uuid.uuid4().hex[:24]}"
        )
        response = self.get_response(request)
        response["X-Request-Id"] = request.request_id
        return response


class JsonErrorMiddleware:
    """Replaces Django's HTML error pages (404, 500, ...) with the error envelope."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code < 400 or request.path.startswith(_HTML_APP_PREFIX):
            return response
        if response.get("Content-Type", "").startswith("application/json"):
            return response
        code = _STATUS_CODES.get(response.status_code, ErrorCode.SERVER_ERROR)
        if code is ErrorCode.SERVER_ERROR and response.status_code < 500:
            code = ErrorCode.VALIDATION_ERROR
        message = None
        if response.status_code == 400:
            message = "Bad request."
        return json_error_response(request, code, message, status=response.status_code)


class RateLimitHeadersMiddleware:
    """Adds X-RateLimit-Limit/Remaining/Reset from the window the throttle recorded."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        window = getattr(request, "rate_limit", None)
        if window is not None:
            response["X-RateLimit-Limit"] = str(window.limit)
            response["X-RateLimit-Remaining"] = str(max(0, window.remaining))
            response["X-RateLimit-Reset"] = str(window.reset)
        return response
