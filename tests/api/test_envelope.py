"""The envelope on success and on every error class, request ids, casing, malformed input."""

import pytest

from tests.api_contract import assert_error, assert_success

pytestmark = pytest.mark.django_db


def test_success_envelope_and_request_id(api):
    response = api.get("/v1/auth/me")
    data = assert_success(response)
    assert response["X-Request-Id"].startswith("req_")
    assert data["id"].startswith("user_")


def test_client_request_id_is_echoed_when_sane(api):
    response = api.get("/v1/auth/me", HTTP_X_REQUEST_ID="client-abc.123")
    assert response["X-Request-Id"] == "client-abc.123"
    assert response.json()["meta"]["requestId"] == "client-abc.123"
    insane = api.get("/v1/auth/me", HTTP_X_REQUEST_ID="<script>alert(1)</script>")
    assert insane["X-Request-Id"].startswith("req_")


@pytest.mark.parametrize("body", [b"{", b"{'single': 'quotes'}", b"[1, 2,]", b"NaN",
                                  b'{"a": Infinity}', b"\xff\xfe"])
def test_malformed_json_is_invalid_json(anon_client, body):
    response = anon_client.post("/v1/auth/login", body, content_type="application/json")
    assert_error(response, 400, "INVALID_JSON")


def test_wrong_content_type_is_415(anon_client):
    response = anon_client.post("/v1/auth/login", "email=a", content_type="text/plain")
    assert_error(response, 415, "UNSUPPORTED_MEDIA_TYPE")


def test_json_body_too_large_is_413(anon_client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    body = '{"email": "' + "a" * 2000 + '@example.com", "password": "x"}'
    error = assert_error(anon_client.post("/v1/auth/login", body,
                                          content_type="application/json"), 413,
                         "PAYLOAD_TOO_LARGE")
    assert error["details"]["maxBytes"] == 1000


def test_unknown_url_is_json_404(anon_client, api):
    for client in (anon_client, api):
        assert_error(client.get("/v1/no-such-thing"), 404, "NOT_FOUND")
        assert_error(client.get("/nowhere"), 404, "NOT_FOUND")


def test_wrong_method_is_json_405(api):
    assert_error(api.delete("/v1/auth/me"), 405, "METHOD_NOT_ALLOWED")


def test_unhandled_errors_are_json_500_without_traceback(anon_client, settings):
    settings.ROOT_URLCONF = "tests.api.urls_for_errors"
    for url in ("/v1/test/broken", "/plain-broken"):
        error = assert_error(anon_client.get(url), 500, "SERVER_ERROR")
        assert error["retryable"] is True
        assert "boom" not in error["message"] and "Traceback" not in str(error)


def test_camel_case_in_and_snake_case_inside(anon_client, settings):
    settings.ROOT_URLCONF = "tests.api.urls_for_errors"
    data = assert_success(anon_client.post(
        "/v1/test/echo",
        {"fullName": "A", "designJson": {"schemaVersion": "1.4", "canvas_size": 1}},
        format="json"))
    assert data["receivedKeys"] == ["design_json", "full_name"]
    # User documents pass through verbatim both ways.
    assert data["echo"] == {"fullName": "A",
                            "designJson": {"schemaVersion": "1.4", "canvas_size": 1}}


def test_bad_host_header_is_json(anon_client):
    response = anon_client.get("/v1/auth/me", HTTP_HOST="evil.example.com")
    assert_error(response, 400, "VALIDATION_ERROR")


def test_pagination_validates_and_survives_absurd_pages(api):
    for params in ("page=0", "limit=0", "limit=101", "page=abc", "limit=-5"):
        error = assert_error(api.get(f"/v1/api-keys?{params}"), 400, "VALIDATION_ERROR")
        assert set(error["details"]) <= {"page", "limit"} and error["details"]
    page = assert_success(api.get("/v1/api-keys?page=13643001237764571136&limit=100"))
    assert page["apiKeys"] == [] and page["pagination"]["total"] == 0


@pytest.mark.parametrize("path", ["/v1/docsXYZ", "/v1/docs/nope", "/static/nope.js",
                                  "/static/admin/css/nope.css", "/media/x", "/media/",
                                  "/adminfoo", "/admin", "/metricsX"])
def test_every_unknown_path_is_a_json_404(anon_client, path):
    assert_error(anon_client.get(path), 404, "NOT_FOUND")


def test_the_pages_that_are_html_stay_html(anon_client):
    assert anon_client.get("/v1/docs")["Content-Type"].startswith("text/html")
    assert anon_client.get("/admin/login/")["Content-Type"].startswith("text/html")
