"""Deeply nested JSON is refused before it is parsed: a 400 in the contract's format, never a 500."""

import json

import pytest

from tests.api_contract import assert_error, assert_success

pytestmark = pytest.mark.django_db


def post_raw(client, path: str, body: str):
    return client.post(path, body, content_type="application/json")


@pytest.mark.parametrize("body", [
    '{"a":' * 100_000 + "1" + "}" * 100_000,
    "[" * 100_000 + "]" * 100_000,
    '{"a":' * 100_000,  # never closed
    '{"title": "x", "designJson": {"meta": ' + "[" * 5000 + "]" * 5000 + "}}",
])
def test_deep_nesting_is_a_400_before_parsing(api, body):
    error = assert_error(post_raw(api, "/v1/designs", body), 400, "INVALID_JSON")
    assert "nested" in error["message"]
    assert error["details"]["maxDepth"] == 64


def test_deep_nesting_is_refused_on_anonymous_endpoints_too(anon_client):
    assert_error(post_raw(anon_client, "/v1/auth/login", "[" * 50_000), 400, "INVALID_JSON")


def test_brackets_inside_strings_do_not_count(api):
    title = '[{"\\' * 40  # brackets, an escaped quote and a backslash: all inside one string
    created = assert_success(post_raw(api, "/v1/designs", json.dumps(
        {"title": title, "format": "instagram_post"})), 201)
    assert created["title"] == title


def test_nesting_at_the_limit_is_parsed(api):
    meta = {}
    for _ in range(60):
        meta = {"n": meta}
    response = post_raw(api, "/v1/designs", json.dumps({"title": "deep meta",
                                                        "format": "instagram_post",
                                                        "designJson": {"meta": meta}}))
    assert response.status_code in (201, 400)
    assert response.json().get("error", {}).get("code") != "INVALID_JSON"
