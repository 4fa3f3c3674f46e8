"""The HTTP side of a delivery: one POST to a checked address, no redirects, bounded in time."""

import time
from dataclasses import dataclass

import urllib3
from urllib3.exceptions import HTTPError, NewConnectionError, TimeoutError

from .ssrf import UnresolvableDestination, UnsafeDestination, destination_for

RESPONSE_EXCERPT_BYTES = 1024


@dataclass(frozen=True)
class SendResult:
    """What one attempt achieved. `retryable` is False when trying again cannot help."""

    ok: bool
    status_code: int | None = None
    error: str = ""
    response_body: str = ""
    duration_ms: int = 0
    retryable: bool = True


def _pool(destination, timeout: urllib3.Timeout):
    if destination.scheme == "https":
        return urllib3.HTTPSConnectionPool(
            destination.address, destination.port, cert_reqs="CERT_REQUIRED",
            server_hostname=destination.host, assert_hostname=destination.host,
            timeout=timeout, retries=False, maxsize=1, block=False)
    return urllib3.HTTPConnectionPool(destination.address, destination.port, timeout=timeout,
                                      retries=False, maxsize=1, block=False)


def send(*, url: str, body: str, headers: dict[str, str], timeout: float) -> SendResult:
    """POSTs `body` to `url`; 2xx is success, anything else (a redirect included) a failure."""
    started = time.monotonic()

    def elapsed() -> int:
        return int((time.monotonic() - started) * 1000)

    try:
        destination = destination_for(url)
    except UnsafeDestination as exc:
        return SendResult(ok=False, error=f"Destination refused: {exc}", retryable=False)
    except UnresolvableDestination as exc:
        return SendResult(ok=False, error=str(exc))

    pool = _pool(destination, urllib3.Timeout(connect=timeout, read=timeout))
    try:
        response = pool.urlopen(
            "POST", destination.path, body=body.encode(),
            headers={**headers, "Host": destination.host_header},
            redirect=False, retries=False, preload_content=False, assert_same_host=False,
        )
        try:
            excerpt = response.read(RESPONSE_EXCERPT_BYTES, decode_content=True)
        finally:
            response.release_conn()
    except NewConnectionError as exc:  # a ConnectTimeoutError subclass in urllib3
        return SendResult(ok=False, error=f"Connection failed: {exc.__context__ or exc}"[:1000],
                          duration_ms=elapsed())
    except TimeoutError:
        return SendResult(ok=False, error=f"Timed out after {timeout:g} s.", duration_ms=elapsed())
    except (HTTPError, OSError) as exc:
        return SendResult(ok=False, error=f"Connection failed: {exc}"[:1000],
                          duration_ms=elapsed())
    finally:
        pool.close()

    status = response.status
    text = excerpt[:RESPONSE_EXCERPT_BYTES].decode("utf-8", errors="replace")
    if 200 <= status < 300:
        return SendResult(ok=True, status_code=status, response_body=text, duration_ms=elapsed())
    if 300 <= status < 400:
        location = response.headers.get("Location", "")
        error = f"Redirect ({status}) to {location or 'nowhere'} not followed; use the final URL."
    else:
        error = f"The endpoint answered {status}."
    return SendResult(ok=False, status_code=status, error=error[:1000], response_body=text,
                      duration_ms=elapsed())
