"""CORS in a real headless Chromium: a page on another origin signs in, lists and exports.

The page is served by a small HTTP server on its own port (another origin than the API's live
server); its script calls the API with fetch as a web editor would. Allowed for that origin,
the flow completes and reads the exposed headers; from an origin not allowed, the browser
refuses every call. Uses Debian's chromium and chromedriver at fixed paths.
"""

import json
import socket
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.test import override_settings
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

from tests.designs.factories import DesignFactory
from tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"

# The web editor's calls: sign in, list designs, export the first as PNG, download the file.
PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>editor</title></head>
<body><pre id="result"></pre><script>
const api = new URLSearchParams(location.search).get("api");
const creds = JSON.parse(new URLSearchParams(location.search).get("creds"));
const out = {steps: []};
async function call(path, options = {}) {
  const response = await fetch(api + path, options);
  return {status: response.status, headers: response.headers, body: await response.json()};
}
(async () => {
  try {
    const login = await call("/v1/auth/login", {method: "POST",
      headers: {"Content-Type": "application/json"}, body: JSON.stringify(creds)});
    out.steps.push(["login", login.status]);
    const auth = {"Authorization": "Bearer " + login.body.data.session.accessToken};
    const list = await call("/v1/designs?limit=5", {headers: auth});
    out.steps.push(["list", list.status, list.body.data.designs.length]);
    out.requestId = list.headers.get("X-Request-Id");
    out.rateLimitRemaining = list.headers.get("X-RateLimit-Remaining");
    const exported = await call("/v1/export", {method: "POST",
      headers: {...auth, "Content-Type": "application/json", "Idempotency-Key": "cors-browser-1"},
      body: JSON.stringify({designId: list.body.data.designs[0].id, format: "png",
                            resolution: "1x"})});
    out.steps.push(["export", exported.status, exported.body.data.width]);
    const file = await fetch(new URL(exported.body.data.url, api));
    const bytes = (await file.arrayBuffer()).byteLength;
    out.steps.push(["download", file.status, bytes === exported.body.data.sizeBytes]);
  } catch (error) {
    out.error = String(error);
  }
  document.getElementById("result").dataset.done = "1";
  document.getElementById("result").textContent = JSON.stringify(out);
})();
</script></body></html>"""


class _Page(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's name)
        body = PAGE.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def page_origins():
    """Two web origins serving the editor page: http://127.0.0.1:<port> each."""
    servers = [ThreadingHTTPServer(("127.0.0.1", _free_port()), _Page) for _ in range(2)]
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    yield [f"http://127.0.0.1:{server.server_port}" for server in servers]
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def browser():
    profile = tempfile.TemporaryDirectory(prefix="radicpro-cors-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--no-first-run", "--disable-background-networking", "--disable-sync",
                 f"--user-data-dir={profile.name}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()
    profile.cleanup()


def run_editor(browser, origin: str, api: str, email: str) -> dict:
    from urllib.parse import urlencode
    creds = json.dumps({"email": email, "password": DEFAULT_PASSWORD})
    browser.get(f"{origin}/editor.html?{urlencode({'api': api, 'creds': creds})}")
    WebDriverWait(browser, 60).until(
        lambda driver: driver.execute_script(
            "return document.getElementById('result').dataset.done === '1'"))
    return json.loads(browser.execute_script(
        "return document.getElementById('result').textContent"))


def test_an_allowed_origin_signs_in_lists_and_exports(browser, live_server, page_origins):
    user = UserFactory()
    DesignFactory(owner=user, title="Diwali sale")
    allowed, _ = page_origins
    with override_settings(CORS_ALLOWED_ORIGINS=[allowed]):
        result = run_editor(browser, allowed, live_server.url, user.email)
    assert "error" not in result, result
    assert result["steps"] == [["login", 200], ["list", 200, 1], ["export", 200, 1080],
                               ["download", 200, True]]
    assert result["requestId"].startswith("req_")  # exposed headers are readable
    assert result["rateLimitRemaining"] is not None


def test_an_origin_not_allowed_is_refused_by_the_browser(browser, live_server, page_origins):
    user = UserFactory()
    DesignFactory(owner=user)
    allowed, other = page_origins
    with override_settings(CORS_ALLOWED_ORIGINS=[allowed]):
        result = run_editor(browser, other, live_server.url, user.email)
    assert result["steps"] == []
    assert "Failed to fetch" in result["error"]
