"""The client's address behind trusted proxies: one identity for limits, idempotency and logs."""

import json
import logging

import pytest

from tests.api_contract import assert_error, assert_success

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.2"


def signup(client, email: str, forwarded: str, key: str = "same-key"):
    return client.post("/v1/auth/signup", {"email": email, "password": "sunset-lantern-42"},
                       format="json", HTTP_IDEMPOTENCY_KEY=key, REMOTE_ADDR=PROXY,
                       HTTP_X_FORWARDED_FOR=forwarded)


def test_idempotency_keys_of_clients_behind_one_proxy_do_not_collide(anon_client, settings):
    settings.RADICPRO_TRUSTED_PROXIES = "1"
    assert_success(signup(anon_client, "first@example.com", "198.51.100.1"), 201)
    assert_success(signup(anon_client, "second@example.com", "198.51.100.2"), 201)
    replay = signup(anon_client, "first@example.com", "198.51.100.1")
    assert replay["Idempotent-Replayed"] == "true"
    assert_error(signup(anon_client, "third@example.com", "198.51.100.1"), 422,
                 "IDEMPOTENCY_KEY_REUSED")


def test_the_access_log_names_the_client(anon_client, settings, caplog):
    settings.RADICPRO_TRUSTED_PROXIES = "10.0.0.0/8"
    from radicpro.api.observability import JsonFormatter

    with caplog.at_level(logging.INFO, logger="radicpro.access"):
        anon_client.get("/v1/auth/me", REMOTE_ADDR=PROXY,
                        HTTP_X_FORWARDED_FOR="6.6.6.6, 198.51.100.9, 10.1.2.3")
    line = json.loads(JsonFormatter().format(caplog.records[-1]))
    assert line["clientIp"] == "198.51.100.9"


class FakeRequest:
    def __init__(self, remote: str, forwarded: str | None = None):
        self.META = {"REMOTE_ADDR": remote}
        if forwarded is not None:
            self.META["HTTP_X_FORWARDED_FOR"] = forwarded


@pytest.mark.parametrize(("trusted", "remote", "forwarded", "client"), [
    ("", "198.51.100.7", "1.2.3.4", "198.51.100.7"),  # no proxy trusted: header ignored
    ("1", PROXY, "1.2.3.4", "1.2.3.4"),
    ("1", PROXY, "6.6.6.6, 1.2.3.4", "1.2.3.4"),  # the client's own claim is not believed
    ("2", PROXY, "6.6.6.6, 1.2.3.4, 10.0.0.9", "1.2.3.4"),
    ("1", PROXY, None, PROXY),
    ("1", PROXY, "not-an-address", PROXY),
    ("10.0.0.0/8", PROXY, "6.6.6.6, 1.2.3.4, 10.0.0.9", "1.2.3.4"),
    ("10.0.0.0/8", "198.51.100.7", "1.2.3.4", "198.51.100.7"),  # not from a trusted proxy
    ("10.0.0.0/8,2001:db8::/32", "2001:db8::1", "2001:db8::5, 2a00::1", "2a00::1"),
])
def test_client_ip_by_trusted_proxies(settings, trusted, remote, forwarded, client):
    from radicpro.api.client_ip import client_ip

    settings.RADICPRO_TRUSTED_PROXIES = trusted
    assert client_ip(FakeRequest(remote, forwarded)) == client
