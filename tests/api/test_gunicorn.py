"""The real web server (gunicorn as `make run` starts it) answers even what it refuses in JSON."""

import http.client
import json
import socket
import subprocess
import time

import pytest

from radicpro import serve
from tests.test_settings import ROOT, _environment

pytestmark = pytest.mark.server

PORTS = range(18800, 18810)


def _free_port() -> int:
    for port in PORTS:
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in {PORTS.start}-{PORTS.stop - 1}")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = _free_port()
    command = serve.web_command(port=port, workers=1)
    env = _environment(RADICPRO_VAR_DIR=str(tmp_path_factory.mktemp("gunicorn-var")))
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while True:
        try:
            if _get(port, "/healthz")[0] == 200:
                break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise
            time.sleep(0.3)
    yield port
    process.terminate()
    process.wait(timeout=20)


def _get(port: int, path: str, headers: dict | None = None) -> tuple[int, str, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.getheader("Content-Type", ""), response.read()
    finally:
        connection.close()


def _error(body: bytes) -> dict:
    document = json.loads(body)
    assert set(document) == {"error", "meta"}
    assert set(document["error"]) == {"code", "message", "details", "retryable"}
    assert document["meta"]["requestId"].startswith("req_")
    return document["error"]


def test_a_request_line_over_gunicorns_limit_is_answered_in_json(server):
    status, content_type, body = _get(server, "/v1/designs?q=" + "x" * 9000)
    assert status in (400, 414)
    assert content_type == "application/json"
    assert "too large" in _error(body)["message"].lower()


def test_a_long_url_within_the_limit_reaches_the_app(server):
    status, content_type, body = _get(server, "/v1/nothing-here?q=" + "x" * 6000)
    assert (status, content_type) == (404, "application/json")
    assert _error(body)["code"] == "NOT_FOUND"


def test_an_oversize_header_is_answered_in_json(server):
    status, content_type, body = _get(server, "/healthz", {"X-Big": "y" * 20000})
    assert status in (400, 431)
    assert content_type == "application/json"
    assert _error(body)["code"] == "VALIDATION_ERROR"


def test_a_malformed_request_line_is_answered_in_json(server):
    with socket.create_connection(("127.0.0.1", server), timeout=20) as raw:
        raw.sendall(b"GET /healthz HTTP/9.9\r\n\r\n")
        answer = raw.recv(65536)
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400")
    assert b"Content-Type: application/json" in head
    assert _error(body)["code"] == "VALIDATION_ERROR"
