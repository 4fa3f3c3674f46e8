"""gunicorn settings (`--config python:radicpro.gunicorn_conf`): the serving model, request
limits, errors in JSON.

Serving model: threaded workers (gthread). A request that waits for a job (the synchronous
answer of exports, generations) holds one thread, not a process, while idle keep-alive
connections hold none; the other threads go on serving. Processes follow the machine's cores
(`WEB_CONCURRENCY`, default: the cores the process may use) and threads are
`RADICPRO_WEB_THREADS` a process (default 16): the sync waits the web tier can hold at once is
their product, less the threads other requests are using.

gunicorn refuses some requests before the application sees them: a request line longer than
`limit_request_line`, too many or too large header fields, a malformed request line. It then
writes its own HTML page; here that page is the API's error envelope instead, so no client ever
gets HTML. The limits are gunicorn's maximum for the request line (8190 bytes: a URL up to that
reaches the application and gets the application's JSON answer) and 16 KB a header field.
"""

import json
import os
import uuid

from gunicorn import util

DEFAULT_THREADS = 16


def cores() -> int:
    """The CPU cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _positive(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    return max(1, int(raw)) if raw else default


worker_class = "gthread"
workers = _positive("WEB_CONCURRENCY", cores())
threads = _positive("RADICPRO_WEB_THREADS", DEFAULT_THREADS)
keepalive = 5
limit_request_line = 8190
limit_request_fields = 100
limit_request_field_size = 16384

_CODES = {400: "VALIDATION_ERROR", 403: "FORBIDDEN", 431: "VALIDATION_ERROR",
          500: "SERVER_ERROR", 501: "VALIDATION_ERROR"}
_MESSAGES = {431: "Request header fields too large.", 403: "Request forbidden.",
             500: "Internal server error."}


def json_error(status: int, reason: str, message: str) -> bytes:
    """A complete HTTP/1.1 response carrying the error envelope (the connection then closes)."""
    request_id = f"req_{uuid.uuid4().hex[:24]}"
    body = json.dumps({
        "error": {"code": _CODES.get(status, "VALIDATION_ERROR"),
                  "message": _MESSAGES.get(status) or message or "Bad request.",
                  "details": {}, "retryable": status >= 500},
        "meta": {"requestId": request_id},
    }).encode()
    head = (f"HTTP/1.1 {status} {reason}\r\nConnection: close\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
            f"X-Request-Id: {request_id}\r\n\r\n")
    return head.encode("latin-1") + body


def _write_json_error(sock, status_int, reason, mesg):
    message = str(mesg)[:200].encode("ascii", "replace").decode()
    util.write_nonblock(sock, json_error(int(status_int), str(reason), message))


# Every gunicorn worker (sync, gthread) answers a refused request through util.write_error.
util.write_error = _write_json_error
