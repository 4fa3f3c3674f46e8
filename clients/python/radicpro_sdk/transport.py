"""An httpx transport that retries 429 and 503 after Retry-After and keys every write."""

import random
import time
import uuid
from collections.abc import Callable

import httpx

RETRY_STATUSES = frozenset({429, 503})
WRITE_METHODS = frozenset({"POST"})


def retry_after_seconds(response: httpx.Response, attempt: int, *, cap: float) -> float:
    """The server's Retry-After (seconds), else an exponential backoff; never above `cap`.

    Up to a quarter more (at random) spreads clients that were refused together, so they do
    not all come back in the same instant; never less than the server asked.
    """
    value = response.headers.get("Retry-After", "")
    try:
        seconds = float(value)
    except ValueError:
        seconds = 0.5 * 2**attempt
    seconds = max(0.0, seconds) * (1 + random.uniform(0, 0.25))  # noqa: S311 (not security)
    return min(seconds, cap)


class RetryingTransport(httpx.BaseTransport):
    """Wraps a transport: up to `max_retries` resends of a 429 or 503, waiting as told.

    Each POST without an `Idempotency-Key` gets a fresh one (when `idempotent_writes`), so a
    retried write — after a 503, a timeout of yours or a lost connection — is never done twice.
    """

    def __init__(self, inner: httpx.BaseTransport | None = None, *, max_retries: int = 5,
                 max_wait: float = 60.0, idempotent_writes: bool = True,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.inner = inner or httpx.HTTPTransport()
        self.max_retries, self.max_wait = max_retries, max_wait
        self.idempotent_writes, self.sleep = idempotent_writes, sleep
        self.retries = 0  # how many resends this transport made (for logs and tests)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if (self.idempotent_writes and request.method in WRITE_METHODS
                and "Idempotency-Key" not in request.headers):
            request.headers["Idempotency-Key"] = str(uuid.uuid4())
        request.read()  # a body read once can be sent again
        attempt = 0
        while True:
            response = self.inner.handle_request(request)
            if response.status_code not in RETRY_STATUSES or attempt >= self.max_retries:
                return response
            wait = retry_after_seconds(response, attempt, cap=self.max_wait)
            response.read()
            response.close()
            self.sleep(wait)
            attempt += 1
            self.retries += 1

    def close(self) -> None:
        self.inner.close()
