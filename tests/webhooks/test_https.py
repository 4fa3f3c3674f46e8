"""HTTPS deliveries: connect to the checked address, verify the certificate for the URL's name."""

import ssl
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from radicpro.webhooks import sender

NAME = "tls.example.com"


@pytest.fixture
def tls_receiver(tmp_path, settings, dns):
    """An HTTPS server on 127.0.0.1 with a self-signed certificate for tls.example.com."""
    settings.RADICPRO_WEBHOOK_ALLOW_PRIVATE = True
    dns[NAME] = ["127.0.0.1"]
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-keyout", str(key), "-out", str(cert), "-subj", f"/CN={NAME}",
         "-addext", f"subjectAltName=DNS:{NAME}"],
        check=True, capture_output=True)
    seen: dict = {}

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 (http.server's naming)
            seen["host"] = self.headers["Host"]
            seen["body"] = self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(204)
            self.end_headers()

        def log_message(self, format, *args):  # noqa: A002 (http.server's signature)
            return

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    context.sni_callback = lambda sock, name, ctx: seen.update(sni=name)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    yield f"https://{NAME}:{server.server_address[1]}/hook", cert, seen
    server.shutdown()
    server.server_close()


def test_untrusted_certificate_is_a_failure(tls_receiver):
    url, _cert, seen = tls_receiver
    result = sender.send(url=url, body="{}", headers={}, timeout=5)
    assert not result.ok
    assert "certificate verify failed" in result.error
    assert seen.get("sni") == NAME, "SNI names the URL's host, not the address"


def test_trusted_certificate_for_the_name_succeeds(tls_receiver, monkeypatch):
    url, cert, seen = tls_receiver
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    result = sender.send(url=url, body='{"event":"ping"}', headers={}, timeout=5)
    assert result.ok and result.status_code == 204
    assert seen["host"] == url.split("/")[2]
    assert seen["body"] == b'{"event":"ping"}'
