"""Webhook fixtures: a real local HTTP receiver, public names that resolve offline."""

import json
import socket
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

PUBLIC_HOST = "hooks.example.com"
PUBLIC_ADDRESS = "93.184.215.14"  # a global (public) address; nothing is ever sent to it


@pytest.fixture(autouse=True)
def dns(monkeypatch):
    """Offline DNS: `*.example.com` is public unless the test maps a name (`dns[name] = [...]`).

    Other names resolve as usual. `dns.lookups` lists every name looked up.
    """
    real = socket.getaddrinfo

    class Table(dict):
        lookups: list[str] = []

    table = Table()
    table.lookups = []

    def fake(host, port, *args, **kwargs):
        if isinstance(host, str):
            table.lookups.append(host)
            if host in table or host.endswith(".example.com"):
                return [(socket.AF_INET6 if ":" in address else socket.AF_INET,
                         socket.SOCK_STREAM, 6, "", (address, port or 443))
                        for address in table.get(host, [PUBLIC_ADDRESS])]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", fake)
    return table


@dataclass
class Received:
    headers: dict
    body: bytes
    path: str


@dataclass
class Receiver:
    """A webhook consumer: records every request; `responses` scripts the next answers."""

    url: str
    requests: list[Received] = field(default_factory=list)
    responses: list[tuple[int, dict, bytes]] = field(default_factory=list)
    delay: float = 0.0
    processed: list[str] = field(default_factory=list)  # webhook-ids handled, deduplicated

    def answer(self, status: int = 200, headers: dict | None = None, body: bytes = b"ok") -> None:
        self.responses.append((status, headers or {}, body))


@pytest.fixture
def receiver(settings):
    """An HTTP server on 127.0.0.1 in a thread; private destinations are allowed for it."""
    settings.RADICPRO_WEBHOOK_ALLOW_PRIVATE = True
    state: dict = {}

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 (http.server's naming)
            length = int(self.headers.get("Content-Length", 0))
            body = self.rfile.read(length)
            rec: Receiver = state["receiver"]
            rec.requests.append(Received(headers={k.lower(): v for k, v in self.headers.items()},
                                         body=body, path=self.path))
            if rec.delay:
                threading.Event().wait(rec.delay)
            status, headers, reply = rec.responses.pop(0) if rec.responses else (200, {}, b"ok")
            if 200 <= status < 300:
                msg_id = self.headers.get("webhook-id")
                if msg_id not in rec.processed:
                    rec.processed.append(msg_id)
            try:
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, format, *args):  # noqa: A002 (http.server's signature)
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    port = server.server_address[1]
    state["receiver"] = Receiver(url=f"http://127.0.0.1:{port}/hooks/radic")
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    yield state["receiver"]
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


@pytest.fixture
def no_retry_scheduling(monkeypatch):
    """Retries are recorded instead of enqueued: tests call the task for each attempt."""
    from radicpro.webhooks import tasks

    scheduled: list[dict] = []
    monkeypatch.setattr(tasks, "schedule_retry",
                        lambda delivery_id, *, attempt, countdown: scheduled.append(
                            {"delivery_id": delivery_id, "attempt": attempt,
                             "countdown": countdown}))
    return scheduled


def json_body(received: Received) -> dict:
    return json.loads(received.body)

