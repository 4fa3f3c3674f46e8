"""The OpenAPI schema: builds without warnings, documents the envelope, camelCase names."""

import json

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_schema_builds_without_warnings(tmp_path):
    out = tmp_path / "schema.json"
    call_command("spectacular", "--validate", "--fail-on-warn", "--format", "openapi-json",
                 "--file", str(out))
    schema = json.loads(out.read_text())
    assert schema["openapi"].startswith("3.")


def test_served_schema_has_envelope_errors_and_camel_case(anon_client):
    response = anon_client.get("/v1/openapi.json")
    assert response.status_code == 200
    schema = json.loads(response.content)
    login = schema["paths"]["/v1/auth/login"]["post"]
    ok = login["responses"]["200"]["content"]["application/json"]["schema"]
    assert ok["required"] == ["data", "meta"]
    assert login["responses"]["400"]["content"]["application/json"]["schema"]["$ref"] == \
        "#/components/schemas/ErrorEnvelope"
    assert "X-RateLimit-Remaining" in login["responses"]["200"]["headers"]
    user = schema["components"]["schemas"]["UserOutput"]["properties"]
    assert {"fullName", "avatarUrl", "createdAt"} <= set(user)
    assert "full_name" not in user
    listing = schema["paths"]["/v1/api-keys"]["get"]["responses"]["200"]
    page = listing["content"]["application/json"]["schema"]["properties"]["data"]
    ref = page["$ref"].rsplit("/", 1)[1]
    api_keys = schema["components"]["schemas"][ref]["properties"]["apiKeys"]
    assert api_keys == {"type": "array", "items": {"$ref": "#/components/schemas/ApiKeyOutput"}}
    error_codes = schema["components"]["schemas"]["Error"]["properties"]["code"]["enum"]
    assert {"VALIDATION_ERROR", "RATE_LIMITED", "INSUFFICIENT_CREDITS"} <= set(error_codes)


def test_docs_page_is_served_offline(anon_client):
    response = anon_client.get("/v1/docs")
    assert response.status_code == 200
    html = response.content.decode()
    assert "swagger" in html.lower()
    assert "cdn." not in html  # the UI ships with the project (sidecar), no CDN
