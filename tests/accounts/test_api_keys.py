"""API keys: created once with their secret, listed by prefix, usable as Bearer, revocable."""

import pytest

from radicpro.accounts.models import ApiKey
from radicpro.accounts.services import api_key_create
from tests.api_contract import assert_error, assert_success, run_resource_contract
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def test_api_keys_honour_the_api_contract(api, other_api, anon_client, user):
    key, _secret = api_key_create(user=user, name="CI")
    run_resource_contract(api=api, other_api=other_api, anon_client=anon_client,
                          list_url="/v1/api-keys", detail_url=f"/v1/api-keys/{key.id}",
                          not_found_code="NOT_FOUND", create_payload={"name": "deploy"},
                          bad_payload={"name": "", "mode": "production"})
    assert ApiKey.objects.get(pk=key.pk).revoked_at is None


def test_create_use_list_revoke(api, anon_client, user):
    created = assert_success(api.post("/v1/api-keys", {"name": "CI"}, format="json"), 201)
    secret = created["key"]
    assert secret.startswith("rp_live_") and len(secret) > 40
    assert created["id"].startswith("key_")
    assert created["prefix"] == secret[:12]
    assert set(created) >= {"id", "key", "name", "prefix", "createdAt"}

    # Stored hashed: the secret is nowhere in the database.
    stored = ApiKey.objects.get(pk=created["id"])
    assert secret not in (stored.hashed_key, stored.prefix)

    anon_client.credentials(HTTP_AUTHORIZATION=f"Bearer {secret}")
    me = assert_success(anon_client.get("/v1/auth/me"))
    assert me["id"] == user.id

    listed = assert_success(api.get("/v1/api-keys"))
    assert [k["id"] for k in listed["apiKeys"]] == [created["id"]]
    assert "key" not in listed["apiKeys"][0]
    assert secret not in str(listed)
    detail = api.get(f"/v1/api-keys/{created['id']}")
    assert secret not in detail.content.decode()

    assert api.delete(f"/v1/api-keys/{created['id']}").status_code == 204
    assert_error(anon_client.get("/v1/auth/me"), 401, "UNAUTHORIZED")
    assert assert_success(api.get("/v1/api-keys"))["apiKeys"] == []


def test_test_mode_key_is_sandbox(api, anon_client):
    created = assert_success(api.post("/v1/api-keys", {"name": "sandbox", "mode": "test"},
                                      format="json"), 201)
    assert created["key"].startswith("rp_test_")
    assert created["mode"] == "test"
    anon_client.credentials(HTTP_AUTHORIZATION=f"Bearer {created['key']}")
    assert_success(anon_client.get("/v1/auth/me"))


def test_unknown_key_is_unauthorized(anon_client):
    anon_client.credentials(HTTP_AUTHORIZATION="Bearer rp_live_" + "x" * 43)
    error = assert_error(anon_client.get("/v1/auth/me"), 401, "UNAUTHORIZED")
    assert "API key" in error["message"]


def test_another_users_key_cannot_be_seen_or_revoked(api, other_user):
    created = assert_success(api.post("/v1/api-keys", {"name": "mine"}, format="json"), 201)
    other = client_for(other_user)
    assert_error(other.delete(f"/v1/api-keys/{created['id']}"), 404, "NOT_FOUND")
    assert assert_success(other.get("/v1/api-keys"))["apiKeys"] == []
    assert ApiKey.objects.get(pk=created["id"]).revoked_at is None


def test_bad_input(api):
    error = assert_error(api.post("/v1/api-keys", {"mode": "prod"}, format="json"), 400,
                         "VALIDATION_ERROR")
    assert {"name", "mode"} <= set(error["details"])


def test_revoking_twice_is_a_404(api):
    created = assert_success(api.post("/v1/api-keys", {"name": "once"}, format="json"), 201)
    assert api.delete(f"/v1/api-keys/{created['id']}").status_code == 204
    assert_error(api.delete(f"/v1/api-keys/{created['id']}"), 404, "NOT_FOUND")
