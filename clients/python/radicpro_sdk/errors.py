"""The SDK's one error type: the API's error envelope, raised."""

from typing import Any


class RadicProError(Exception):
    """An error answer of the API: `code` (UPPER_SNAKE), `message`, `details`, `retryable`."""

    def __init__(self, *, status: int, code: str, message: str, details: Any = None,
                 retryable: bool = False, request_id: str = "") -> None:
        super().__init__(f"HTTP {status} {code}: {message}")
        self.status, self.code, self.message = status, code, message
        self.details, self.retryable, self.request_id = details, retryable, request_id


class JobFailed(RadicProError):
    """A job ended `failed`; `job_id` names it, the rest is its error."""

    def __init__(self, *, job_id: str, **error: Any) -> None:
        super().__init__(**error)
        self.job_id = job_id


class JobTimeout(TimeoutError):
    """A job did not finish within wait_for_job's timeout."""
