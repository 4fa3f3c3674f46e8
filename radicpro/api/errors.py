"""The error codes of the API and the one exception type that carries them."""

from enum import Enum
from typing import Any


class ErrorCode(Enum):
    """Each code with its HTTP status, default message and whether a retry may succeed."""

    VALIDATION_ERROR = (400, "Request validation failed.", False)
    INVALID_JSON = (400, "Malformed JSON in request body.", False)
    UNAUTHORIZED = (401, "Missing or invalid credentials.", False)
    INSUFFICIENT_CREDITS = (402, "Not enough credits for this request.", False)
    FORBIDDEN = (403, "You do not have access to this resource.", False)
    NOT_FOUND = (404, "Resource not found.", False)
    DESIGN_NOT_FOUND = (404, "Design does not exist.", False)
    BRAND_NOT_FOUND = (404, "Brand kit does not exist.", False)
    METHOD_NOT_ALLOWED = (405, "Method not allowed on this resource.", False)
    NOT_ACCEPTABLE = (406, "Cannot produce a response in the requested format.", False)
    CONFLICT = (409, "The request conflicts with the resource's current state.", True)
    PRECONDITION_FAILED = (412, "The resource has changed since you read it.", False)
    PAYLOAD_TOO_LARGE = (413, "Request body is too large.", False)
    UNSUPPORTED_MEDIA_TYPE = (415, "Unsupported media type.", False)
    IDEMPOTENCY_KEY_REUSED = (422, "Idempotency-Key was used with a different request.", False)
    RATE_LIMITED = (429, "Too many requests.", True)
    SERVER_ERROR = (500, "Internal server error.", True)
    GENERATION_FAILED = (500, "AI generation failed.", True)
    EXPORT_FAILED = (500, "Export rendering failed.", True)
    STORAGE_ERROR = (500, "File storage error.", True)
    SERVICE_UNAVAILABLE = (503, "Service temporarily unavailable.", True)

    @property
    def status(self) -> int:
        return self.value[0]

    @property
    def default_message(self) -> str:
        return self.value[1]

    @property
    def retryable(self) -> bool:
        return self.value[2]


class ApiError(Exception):
    """Raised by services and views; the exception handler turns it into the error envelope."""

    def __init__(
        self,
        code: ErrorCode,
        message: str | None = None,
        *,
        details: dict[str, Any] | None = None,
        retryable: bool | None = None,
        status: int | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.code = code
        self.message = message or code.default_message
        self.details = details or {}
        self.retryable = code.retryable if retryable is None else retryable
        self.status = status or code.status
        self.headers = headers or {}
        super().__init__(self.message)


def error_body(
    code: ErrorCode, message: str | None = None, *, details: dict | None = None,
    retryable: bool | None = None,
) -> dict[str, Any]:
    """The `error` half of the envelope (the renderer adds `meta`)."""
    return {
        "error": {
            "code": code.name,
            "message": message or code.default_message,
            "details": details or {},
            "retryable": code.retryable if retryable is None else retryable,
        }
    }
