"""Sandbox (rp_test_) keys: what they may do is one table (radicpro/accounts/sandbox.py)."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from rest_framework.test import APIClient

from radicpro.accounts.models import ApiKey
from radicpro.accounts.services import api_key_create
from tests.api_contract import assert_error, assert_success
from tests.webhooks.factories import WebhookEndpointFactory

pytestmark = pytest.mark.django_db


def key_client(user, mode: str) -> tuple[APIClient, ApiKey]:
    key, secret = api_key_create(user=user, name=f"{mode} key", mode=mode)
    client = APIClient()
    client.raise_request_exception = False
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {secret}")
    return client, key


def test_a_sandbox_key_cannot_mint_a_live_key(user):
    sandbox, _ = key_client(user, "test")
    error = assert_error(sandbox.post("/v1/api-keys", {"name": "escalate", "mode": "live"},
                                      format="json"), 403, "FORBIDDEN")
    assert "sandbox" in error["message"].lower()
    assert not ApiKey.objects.filter(user=user, mode="live").exists()


def test_a_sandbox_key_cannot_list_see_or_revoke_keys(user):
    sandbox, _ = key_client(user, "test")
    _, live = key_client(user, "live")
    assert_error(sandbox.get("/v1/api-keys"), 403, "FORBIDDEN")
    assert_error(sandbox.get(f"/v1/api-keys/{live.id}"), 403, "FORBIDDEN")
    assert_error(sandbox.delete(f"/v1/api-keys/{live.id}"), 403, "FORBIDDEN")
    live.refresh_from_db()
    assert live.revoked_at is None


def test_a_sandbox_key_cannot_manage_webhooks(user):
    sandbox, _ = key_client(user, "test")
    endpoint = WebhookEndpointFactory(owner=user)
    assert_error(sandbox.get("/v1/webhooks"), 403, "FORBIDDEN")
    assert_error(sandbox.post("/v1/webhooks", {"url": "https://hooks.example.com/x",
                                               "events": ["design.created"]},
                              format="json"), 403, "FORBIDDEN")
    assert_error(sandbox.patch(f"/v1/webhooks/{endpoint.id}", {"url": "https://evil.example"},
                               format="json"), 403, "FORBIDDEN")
    endpoint.refresh_from_db()
    assert "evil" not in endpoint.url


def test_a_sandbox_key_keeps_its_sandbox_work(user):
    sandbox, _ = key_client(user, "test")
    assert_success(sandbox.get("/v1/auth/me"))
    assert_success(sandbox.get("/v1/designs"))
    assert_success(sandbox.get("/v1/credits/balance"))
    assert_success(sandbox.post("/v1/campaigns", {"name": "sandbox campaign"}, format="json"),
                   201)


def test_live_keys_and_sessions_still_manage_keys(user, api):
    live, _ = key_client(user, "live")
    created = assert_success(live.post("/v1/api-keys", {"name": "from live", "mode": "test"},
                                       format="json"), 201)
    assert created["key"].startswith("rp_test_")
    assert len(assert_success(api.get("/v1/api-keys"))["apiKeys"]) == 2


def _v1_url_names(patterns=None, prefix=""):
    for entry in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(entry, URLResolver):
            yield from _v1_url_names(entry.url_patterns, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern) and prefix.startswith("v1/"):
            yield entry.name


def test_every_endpoint_is_in_the_sandbox_table():
    from radicpro.accounts.sandbox import SANDBOX_POLICY

    names = set(_v1_url_names())
    assert len(names) > 40
    assert sorted(names - set(SANDBOX_POLICY)) == []
    assert sorted(set(SANDBOX_POLICY) - names) == []
