"""A small JSON-over-HTTP client: timeouts, bounded retries with backoff and jitter, safe errors."""

from __future__ import annotations

import email.utils
import json
import random
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import requests

from aiengine.providers.base import ProviderError

RETRY_STATUSES = frozenset({408, 409, 425, 429, 500, 502, 503, 504})
REDACTED = "***"
DETAIL_CHARS = 300
MAX_RESPONSE_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to retry: exponential backoff with jitter, bounded in total."""

    max_retries: int = 2
    backoff: float = 0.5
    max_backoff: float = 8.0
    max_retry_after: float = 30.0
    total_timeout: float = 180.0

    def delay(self, attempt: int, *, retry_after: float | None, rng: Callable[[], float]) -> float:
        """Seconds to wait before retry number `attempt + 1` (the server's Retry-After wins)."""
        if retry_after is not None:
            return max(0.0, retry_after)
        ceiling = min(self.max_backoff, self.backoff * (2 ** attempt))
        return ceiling / 2 + rng() * ceiling / 2


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date); None when absent or bad."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class _Retry(Exception):
    """An attempt failed in a way that may pass on another try."""

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.retry_after = retry_after


class JsonHttpClient:
    """JSON requests to one service; every failure becomes a ProviderError without secrets in it."""

    def __init__(self, *, service: str, base_url: str, headers: Mapping[str, str] | None = None,
                 secrets: Iterable[str] = (), connect_timeout: float = 5.0, timeout: float = 60.0,
                 policy: RetryPolicy | None = None, session: requests.Session | None = None,
                 sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic,
                 rng: Callable[[], float] = random.random,
                 max_response_bytes: int = MAX_RESPONSE_BYTES) -> None:
        self.service = service
        self.base_url = base_url.rstrip("/")
        self.headers = dict(headers or {})
        self.secrets = tuple(secret for secret in secrets if secret)
        self.timeout = (float(connect_timeout), float(timeout))
        self.policy = policy or RetryPolicy()
        self.session = session or requests.Session()
        self.sleep = sleep
        self.clock = clock
        self.rng = rng
        self.max_response_bytes = max_response_bytes

    def url(self, path: str) -> str:
        """`path` joined to the base URL; absolute URLs pass unchanged."""
        if path.startswith(("http://", "https://")):
            return path
        return f"{self.base_url}/{path.lstrip('/')}"

    def post_json(self, path: str, body: Mapping[str, Any]) -> dict[str, Any]:
        """POST `body` as JSON; the answer's JSON object."""
        return self._call("POST", path, body=body, expect="json")

    def get_json(self, path: str) -> dict[str, Any]:
        """GET a JSON object."""
        return self._call("GET", path, expect="json")

    def get_bytes(self, url: str, *, authenticated: bool = False) -> bytes:
        """GET raw bytes (a generated file); the service's auth headers only when asked."""
        return self._call("GET", url, expect="bytes", authenticated=authenticated)

    def redact(self, text: str) -> str:
        """`text` with every secret replaced."""
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        return text

    def _call(self, method: str, path: str, *, body: Mapping[str, Any] | None = None,
              expect: str, authenticated: bool = True) -> Any:
        started = self.clock()
        url = self.url(path)
        attempt = 0
        while True:
            try:
                return self._attempt(method, url, body=body, expect=expect, authenticated=authenticated)
            except _Retry as failure:
                delay = self.policy.delay(attempt, retry_after=failure.retry_after, rng=self.rng)
                spent = self.clock() - started
                if attempt >= self.policy.max_retries:
                    raise self._error(f"{failure.message} (gave up after {attempt + 1} attempts)",
                                      retryable=True) from None
                if failure.retry_after is not None and failure.retry_after > self.policy.max_retry_after:
                    raise self._error(f"{failure.message} (asked to retry after "
                                      f"{failure.retry_after:.0f}s)", retryable=True) from None
                if spent + delay > self.policy.total_timeout:
                    raise self._error(f"{failure.message} (out of time after {spent:.1f}s)",
                                      retryable=True) from None
                self.sleep(delay)
                attempt += 1

    def _attempt(self, method: str, url: str, *, body: Mapping[str, Any] | None, expect: str,
                 authenticated: bool) -> Any:
        headers = dict(self.headers) if authenticated else {}
        if expect == "json":
            headers.setdefault("Accept", "application/json")
        try:
            response = self.session.request(method, url, json=body, headers=headers,
                                            timeout=self.timeout, stream=True)
            content = self._read(response)
        except requests.Timeout:
            raise _Retry(f"timed out after {self.timeout[1]:g}s") from None
        except requests.ConnectionError as exc:
            raise _Retry(f"connection failed ({type(exc).__name__})") from None
        except (requests.exceptions.ChunkedEncodingError,
                requests.exceptions.ContentDecodingError) as exc:
            raise _Retry(f"the answer was cut off ({type(exc).__name__})") from None
        except requests.RequestException as exc:
            raise self._error(f"request failed ({type(exc).__name__})", retryable=False) from None
        status = response.status_code
        if status >= 400:
            detail = self._detail(content, response.headers.get("Content-Type", ""))
            if status in RETRY_STATUSES or status >= 500:
                raise _Retry(f"HTTP {status}{detail}",
                             retry_after=parse_retry_after(response.headers.get("Retry-After")))
            raise self._error(f"HTTP {status}{detail}", retryable=False)
        if expect == "bytes":
            return content
        try:
            data = json.loads(content)
        except ValueError:
            raise _Retry(f"answered HTTP {status} with a body that is not JSON") from None
        if not isinstance(data, dict):
            raise _Retry(f"answered HTTP {status} with JSON that is not an object")
        return data

    def _read(self, response: requests.Response) -> bytes:
        """The body, refusing answers larger than `max_response_bytes`."""
        chunks, size = [], 0
        with response:
            for chunk in response.iter_content(chunk_size=256 * 1024):
                size += len(chunk)
                if size > self.max_response_bytes:
                    raise self._error(f"the answer is larger than {self.max_response_bytes:,} bytes",
                                      retryable=False)
                chunks.append(chunk)
        return b"".join(chunks)

    def _detail(self, content: bytes, content_type: str) -> str:
        """': <the service's error message>' trimmed and redacted, or ''."""
        text = ""
        try:
            data = json.loads(content)
        except ValueError:
            data = None
        if isinstance(data, dict):
            error = data.get("error", data.get("detail", data.get("message")))
            if isinstance(error, dict):
                error = error.get("message") or error.get("code") or json.dumps(error)[:DETAIL_CHARS]
            if error:
                text = str(error)
        elif content and "json" not in content_type:
            text = content[:4 * DETAIL_CHARS].decode("utf-8", errors="replace")
        text = " ".join(self.redact(text).split())[:DETAIL_CHARS]
        return f": {text}" if text else ""

    def _error(self, message: str, *, retryable: bool) -> ProviderError:
        return ProviderError(self.redact(f"{self.service}: {message}"), retryable=retryable)
