"""An access token is checked once (until it expires) and its user read once every
RADICPRO_AUTH_USER_CACHE_SECONDS a process; a change saved to the account applies at once."""

import pytest

from radicpro.accounts import authentication
from tests.api_contract import assert_error, assert_success
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def reuse(settings):
    settings.RADICPRO_AUTH_USER_CACHE_SECONDS = 60
    authentication._recent_users.clear()
    yield
    authentication._recent_users.clear()


def test_the_user_is_read_once_then_reused(reuse, user, django_assert_num_queries):
    api = client_for(user)
    with django_assert_num_queries(1):
        assert_success(api.get("/v1/auth/me"))
    with django_assert_num_queries(0):
        assert assert_success(api.get("/v1/auth/me"))["email"] == user.email


def test_a_saved_change_applies_at_once(reuse, user):
    api = client_for(user)
    assert assert_success(api.get("/v1/auth/me"))["fullName"] == user.full_name
    user.full_name = "Renamed Person"
    user.save()
    assert assert_success(api.get("/v1/auth/me"))["fullName"] == "Renamed Person"
    user.is_active = False
    user.save()
    assert_error(api.get("/v1/auth/me"), 401, "UNAUTHORIZED")


def test_each_request_gets_its_own_user_object(reuse, user, rf):
    from rest_framework_simplejwt.tokens import AccessToken

    token = AccessToken.for_user(user)
    backend = authentication.BearerJWTAuthentication()
    first, second = backend.get_user(token), backend.get_user(token)
    assert first == second and first is not second
    first.full_name = "Changed in one request only"
    assert backend.get_user(token).full_name == user.full_name


def test_off_reads_every_time(settings, user, django_assert_num_queries):
    settings.RADICPRO_AUTH_USER_CACHE_SECONDS = 0
    api = client_for(user)
    for _ in range(2):
        with django_assert_num_queries(1):
            assert_success(api.get("/v1/auth/me"))


def test_a_checked_token_is_refused_once_it_expires(user):
    import time
    from datetime import timedelta

    from rest_framework.test import APIClient
    from rest_framework_simplejwt.tokens import AccessToken

    token = AccessToken.for_user(user)
    token.set_exp(lifetime=timedelta(seconds=2))
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Bearer {token}")
    assert_success(api.get("/v1/auth/me"))  # checked, and remembered
    time.sleep(max(0.0, token["exp"] - time.time()) + 0.2)
    assert_error(api.get("/v1/auth/me"), 401, "UNAUTHORIZED")


def test_a_tampered_token_is_never_taken_for_a_checked_one(user):
    api = client_for(user)
    assert_success(api.get("/v1/auth/me"))
    raw = api._credentials["HTTP_AUTHORIZATION"]
    api.credentials(HTTP_AUTHORIZATION=raw[:-2] + ("AA" if not raw.endswith("AA") else "BB"))
    assert_error(api.get("/v1/auth/me"), 401, "UNAUTHORIZED")
