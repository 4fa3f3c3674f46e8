"""A local HTTP server that speaks the OpenAI chat/images, Gemini and BFL protocols, scripted per route."""

from __future__ import annotations

import base64
import itertools
import json
import re
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.standin import answers
from tests.standin.behaviours import Behaviour

ROUTES: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("chat", "POST", re.compile(r".*/chat/completions$")),
    ("images", "POST", re.compile(r".*/images/generations$")),
    ("gemini", "POST", re.compile(r"/v1beta/models/(?P<model>[^/:]+):generateContent$")),
    ("flux", "POST", re.compile(r"/v1/(?P<model>flux-[\w.-]+)$")),
    ("flux_poll", "GET", re.compile(r"/v1/get_result$")),
    ("flux_sample", "GET", re.compile(r"/samples/(?P<task>[\w-]+)\.jpg$")),
)
KEY_HEADERS = ("authorization", "x-key", "x-goog-api-key")


@dataclass
class RecordedRequest:
    """One request the stand-in received, and how long it took to answer (seconds)."""

    route: str
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes
    seconds: float = 0.0

    @property
    def json(self) -> Any:
        """The body parsed as JSON (None when it is empty or not JSON)."""
        try:
            return json.loads(self.body) if self.body else None
        except ValueError:
            return None


@dataclass
class _Reply:
    status: int = 200
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> _Reply:
    return _Reply(status=status, body=json.dumps(data).encode("utf-8"), headers=headers or {})


class StandInServer:
    """`with StandInServer() as server:` — script routes with `server.script(route, *behaviours)`,
    point providers at `server.url` (`server.openai_url` for OpenAI-style base URLs) and read
    `server.requests` afterwards. An empty queue answers `ok`."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self._queues: dict[str, deque[Behaviour]] = defaultdict(deque)
        self._lock = threading.Lock()
        self._tasks: dict[str, dict[str, Any]] = {}
        self._ids = itertools.count(1)
        self.requests: list[RecordedRequest] = []
        self._httpd = ThreadingHTTPServer((host, 0), _handler_for(self))
        self._httpd.daemon_threads = True
        self._httpd.block_on_close = False
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def openai_url(self) -> str:
        """The base URL an OpenAI-compatible client is configured with (…/v1)."""
        return f"{self.url}/v1"

    def start(self) -> StandInServer:
        if self._thread is None:
            self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,),
                                            daemon=True, name="standin-server")
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._httpd.server_close()

    def __enter__(self) -> StandInServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def script(self, route: str, *behaviours: Behaviour) -> None:
        """Queue behaviours for the next requests on `route` (chat, images, gemini, flux,
        flux_poll, flux_sample)."""
        if route not in {name for name, _, _ in ROUTES}:
            raise ValueError(f"unknown route {route!r}")
        with self._lock:
            self._queues[route].extend(behaviours)

    def reset(self) -> None:
        """Forget queued behaviours and recorded requests."""
        with self._lock:
            self._queues.clear()
            self.requests.clear()

    def requests_to(self, route: str) -> list[RecordedRequest]:
        with self._lock:
            return [request for request in self.requests if request.route == route]

    def _next(self, route: str) -> Behaviour:
        with self._lock:
            queue = self._queues[route]
            return queue.popleft() if queue else Behaviour()

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def answer(self, request: RecordedRequest, match: re.Match[str]) -> _Reply:
        behaviour = self._next(request.route)
        if behaviour.delay:
            time.sleep(behaviour.delay)
        if behaviour.kind == "fail":
            return self._failure(request, behaviour)
        if behaviour.kind == "malformed":
            return _Reply(body=b'{"id": "cut-off", "choices": [{"message": ')
        handler = getattr(self, f"_{request.route}")
        return handler(request, match, behaviour)

    def _failure(self, request: RecordedRequest, behaviour: Behaviour) -> _Reply:
        message = f"stand-in failure {behaviour.status}"
        if behaviour.status == 401:
            key = next((request.headers[name] for name in KEY_HEADERS if name in request.headers), "")
            message = f"Incorrect API key provided: {key.removeprefix('Bearer ')}"
        headers = {"Retry-After": behaviour.retry_after} if behaviour.retry_after else {}
        return _json({"error": {"message": message, "code": behaviour.status}},
                     behaviour.status, headers)

    def _chat(self, request: RecordedRequest, match: re.Match[str], behaviour: Behaviour) -> _Reply:
        body = request.json
        try:
            user = next(m["content"] for m in body["messages"] if m["role"] == "user")
            schema_name = body["response_format"]["json_schema"]["name"]
            if behaviour.kind == "malformed_content":
                content = '{"documents": [{"schemaVersion": "1.4", "canvas": '
            elif schema_name == "design_edit":
                content = json.dumps(answers.edit_answer(user, behaviour.kind))
            else:
                content = json.dumps(answers.layout_answer(user, behaviour.kind))
        except (KeyError, TypeError, ValueError, StopIteration) as exc:
            return _json({"error": {"message": f"the stand-in cannot answer this request ({exc!r})",
                                    "type": "invalid_request_error"}}, 400)
        prompt_tokens = sum(len(m["content"]) for m in body["messages"]) // 4
        completion_tokens = len(content) // 4
        return _json({
            "id": f"chatcmpl-standin-{next(self._ids)}", "object": "chat.completion",
            "created": int(time.time()), "model": body.get("model"),
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": content}}],
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                      "total_tokens": prompt_tokens + completion_tokens},
        })

    def _images(self, request: RecordedRequest, match: re.Match[str], behaviour: Behaviour) -> _Reply:
        body = request.json
        if behaviour.kind == "moderated":
            return _json({"error": {"message": "Your request was rejected by the safety system.",
                                    "type": "invalid_request_error",
                                    "code": "content_policy_violation"}}, 400)
        width, height = (int(n) for n in body.get("size", "1024x1024").split("x"))
        png = answers.image_bytes(width, height, text=body.get("prompt", ""))
        return _json({"created": int(time.time()),
                      "data": [{"b64_json": base64.b64encode(png).decode("ascii")}]})

    def _gemini(self, request: RecordedRequest, match: re.Match[str], behaviour: Behaviour) -> _Reply:
        body = request.json
        if behaviour.kind == "moderated":
            return _json({"promptFeedback": {"blockReason": "SAFETY"}})
        config = body.get("generationConfig", {}).get("imageConfig", {})
        width, height = answers.ratio_size(config.get("aspectRatio", "1:1"),
                                           config.get("imageSize", "1K"))
        text = " ".join(part.get("text", "") for part in body["contents"][0]["parts"])
        png = answers.image_bytes(width, height, text=text)
        return _json({"candidates": [{"finishReason": "STOP", "content": {"role": "model", "parts": [
            {"text": "Here is your image."},
            {"inlineData": {"mimeType": "image/png", "data": base64.b64encode(png).decode("ascii")}},
        ]}}], "modelVersion": match.group("model")})

    def _flux(self, request: RecordedRequest, match: re.Match[str], behaviour: Behaviour) -> _Reply:
        body = request.json
        task_id = f"task-{next(self._ids)}"
        with self._lock:
            self._tasks[task_id] = {"width": int(body["width"]), "height": int(body["height"]),
                                    "prompt": body.get("prompt", "")}
        return _json({"id": task_id, "polling_url": f"{self.url}/v1/get_result?id={task_id}"})

    def _flux_poll(self, request: RecordedRequest, match: re.Match[str], behaviour: Behaviour) -> _Reply:
        task_id = request.query.get("id", "")
        if task_id not in self._tasks:
            return _json({"id": task_id, "status": "Task not found"})
        statuses = {"pending": "Pending", "moderated": behaviour.detail, "task_error": "Error"}
        if behaviour.kind in statuses:
            return _json({"id": task_id, "status": statuses[behaviour.kind], "result": None})
        task = self._tasks[task_id]
        return _json({"id": task_id, "status": "Ready",
                      "result": {"sample": f"{self.url}/samples/{task_id}.jpg",
                                 "prompt": task["prompt"], "seed": 0}})

    def _flux_sample(self, request: RecordedRequest, match: re.Match[str], behaviour: Behaviour) -> _Reply:
        task = self._tasks.get(match.group("task"))
        if task is None:
            return _json({"detail": "not found"}, 404)
        jpeg = answers.image_bytes(task["width"], task["height"], text=task["prompt"], fmt="JPEG")
        return _Reply(body=jpeg, content_type="image/jpeg")


def _handler_for(server: StandInServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # headers and body go out in two writes; without TCP_NODELAY the second waits for the
        # client's delayed ACK (~40 ms on Linux), which would be counted as client overhead
        disable_nagle_algorithm = True

        def do_GET(self) -> None:  # noqa: N802 (the http.server spelling)
            self._serve("GET")

        def do_POST(self) -> None:  # noqa: N802
            self._serve("POST")

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            return

        def _serve(self, method: str) -> None:
            started = time.perf_counter()
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            request = RecordedRequest(
                route="", method=method, path=parts.path,
                query={key: values[-1] for key, values in parse_qs(parts.query).items()},
                headers={key.lower(): value for key, value in self.headers.items()},
                body=self.rfile.read(length) if length else b"")
            server._record(request)
            reply = _Reply(status=404, body=b'{"error": {"message": "no such route"}}')
            for route, route_method, pattern in ROUTES:
                match = pattern.match(parts.path)
                if match and method == route_method:
                    request.route = route
                    reply = server.answer(request, match)
                    break
            request.seconds = time.perf_counter() - started
            try:
                self.send_response(reply.status)
                self.send_header("Content-Type", reply.content_type)
                self.send_header("Content-Length", str(len(reply.body)))
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(reply.body)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True

    return Handler
