"""CORS: allowed origins only (none by default), no credentials, the client's headers exposed."""

import pytest
from django.test import override_settings

ALLOWED = "https://editor.example.com"
EXPOSED = {"x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset", "x-request-id",
           "etag", "location", "retry-after"}


def preflight(client, origin: str, path: str = "/v1/designs", method: str = "GET"):
    return client.options(path, HTTP_ORIGIN=origin, HTTP_ACCESS_CONTROL_REQUEST_METHOD=method,
                          HTTP_ACCESS_CONTROL_REQUEST_HEADERS="authorization, content-type, "
                          "idempotency-key, prefer, if-match")


@pytest.mark.django_db
def test_no_origin_is_allowed_by_default(anon_client):
    response = preflight(anon_client, ALLOWED)
    assert "Access-Control-Allow-Origin" not in response.headers


@pytest.mark.django_db
@override_settings(CORS_ALLOWED_ORIGINS=[ALLOWED])
def test_a_preflight_from_an_allowed_origin_is_answered_without_auth(anon_client):
    response = preflight(anon_client, ALLOWED, method="POST")
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == ALLOWED
    allowed_headers = {h.strip() for h in response.headers["Access-Control-Allow-Headers"].split(",")}
    assert {"authorization", "content-type", "idempotency-key", "prefer", "if-match"} <= allowed_headers
    assert "POST" in response.headers["Access-Control-Allow-Methods"]
    assert "Access-Control-Allow-Credentials" not in response.headers


@pytest.mark.django_db
@override_settings(CORS_ALLOWED_ORIGINS=[ALLOWED])
def test_another_origin_gets_no_cors_headers(anon_client):
    response = preflight(anon_client, "https://evil.example.net")
    assert "Access-Control-Allow-Origin" not in response.headers
    response = anon_client.get("/v1/designs", HTTP_ORIGIN="https://evil.example.net")
    assert "Access-Control-Allow-Origin" not in response.headers


@pytest.mark.django_db
@override_settings(CORS_ALLOWED_ORIGINS=[ALLOWED])
def test_answers_and_errors_expose_the_headers_a_client_reads(api, anon_client):
    for response in (api.get("/v1/designs", HTTP_ORIGIN=ALLOWED),
                     anon_client.get("/v1/designs", HTTP_ORIGIN=ALLOWED)):
        assert response.headers["Access-Control-Allow-Origin"] == ALLOWED
        exposed = {h.strip().lower()
                   for h in response.headers["Access-Control-Expose-Headers"].split(",")}
        assert EXPOSED <= exposed
    assert response.status_code == 401  # the error still reaches the browser, readable


@pytest.mark.django_db
@override_settings(CORS_ALLOWED_ORIGINS=[ALLOWED])
def test_only_the_api_answers_cross_origin(anon_client):
    response = anon_client.get("/healthz", HTTP_ORIGIN=ALLOWED)
    assert "Access-Control-Allow-Origin" not in response.headers
