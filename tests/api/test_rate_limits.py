"""Rate limits: headers on every response, 429 with Retry-After, category and plan quotas."""

import time

import pytest

from radicpro.api.errors import ApiError, ErrorCode
from radicpro.api.throttling import hit, parse_rate, throttle_count
from tests.api_contract import assert_error, assert_success
from tests.factories import DEFAULT_PASSWORD

pytestmark = pytest.mark.django_db


def test_headers_on_success(api):
    response = api.get("/v1/auth/me")
    assert_success(response)
    limit = int(response["X-RateLimit-Limit"])
    assert limit == 2000  # the pro plan's hourly quota is the tightest window here
    assert int(response["X-RateLimit-Remaining"]) == limit - 1
    assert int(response["X-RateLimit-Reset"]) > time.time()


def test_auth_category_429_after_ten_a_minute(anon_client, user):
    for attempt in range(10):  # ten accounts: the per-account backoff stays out of the way
        payload = {"email": f"someone{attempt}@example.com", "password": "wrong-password-123"}
        response = anon_client.post("/v1/auth/login", payload, format="json")
        assert response.status_code == 401
        assert response["X-RateLimit-Limit"] == "10"
        assert response["X-RateLimit-Remaining"] == str(9 - attempt)
    # Even the right password is refused now: brute force gets nowhere.
    response = anon_client.post("/v1/auth/login",
                                {"email": user.email, "password": DEFAULT_PASSWORD},
                                format="json")
    error = assert_error(response, 429, "RATE_LIMITED")
    assert error["retryable"] is True
    retry_after = int(response["Retry-After"])
    assert 1 <= retry_after <= 60
    assert error["details"]["retryAfter"] == retry_after
    assert response["X-RateLimit-Remaining"] == "0"


def test_plan_quota_applies(api, user, settings):
    settings.RADICPRO_PLANS = {**settings.RADICPRO_PLANS,
                               "pro": {"requests_per_hour": 3, "requests_per_day": 100,
                                       "monthly_credits": 0}}
    for _ in range(3):
        assert_success(api.get("/v1/auth/me"))
    assert_error(api.get("/v1/auth/me"), 429, "RATE_LIMITED")


def test_limits_are_per_user(api, other_api, settings):
    settings.RADICPRO_PLANS = {**settings.RADICPRO_PLANS,
                               "pro": {"requests_per_hour": 2, "requests_per_day": 100,
                                       "monthly_credits": 0}}
    for _ in range(2):
        assert_success(api.get("/v1/auth/me"))
    assert_error(api.get("/v1/auth/me"), 429, "RATE_LIMITED")
    assert_success(other_api.get("/v1/auth/me"))


def test_rates_are_settings(anon_client, user, settings):
    settings.RADICPRO_RATE_LIMITS = {**settings.RADICPRO_RATE_LIMITS, "auth": "2/minute"}
    payload = {"email": user.email, "password": DEFAULT_PASSWORD}
    for _ in range(2):
        assert_success(anon_client.post("/v1/auth/login", payload, format="json"))
    assert_error(anon_client.post("/v1/auth/login", payload, format="json"), 429,
                 "RATE_LIMITED")


def test_window_resets():
    assert parse_rate("10/minute") == (10, 60)
    assert parse_rate("50/hour") == (50, 3600)
    first = hit("unit", 1, 60, now=120.0)
    assert not first.exceeded and first.reset == 180
    assert hit("unit", 1, 60, now=150.0).exceeded
    assert not hit("unit", 1, 60, now=185.0).exceeded


def test_work_a_service_counts_shares_the_endpoints_limit(api, user, settings):
    settings.RADICPRO_RATE_LIMITS = {**settings.RADICPRO_RATE_LIMITS, "design_crud": "2/minute"}
    throttle_count(category="design_crud", user=user)  # e.g. a chat turn that made a design
    assert_success(api.get("/v1/designs"))
    assert_error(api.get("/v1/designs"), 429, "RATE_LIMITED")
    with pytest.raises(ApiError) as raised:
        throttle_count(category="design_crud", user=user, message="Too many designs.")
    error = raised.value
    assert (error.code, error.message, error.retryable) == (ErrorCode.RATE_LIMITED, "Too many designs.",
                                                            True)
    assert error.details["limit"] == 2 and 1 <= error.details["retryAfter"] <= 60
    assert error.headers["Retry-After"] == str(error.details["retryAfter"])


@pytest.mark.redis
def test_a_window_counter_on_redis_expires_after_its_window():
    from django.core.cache import caches

    backend = caches["default"]
    now = time.time()
    windows = [hit(f"ttl-{now}", 5, 60, now=now) for _ in range(2)]
    assert [window.remaining for window in windows] == [4, 3]
    key = backend.make_and_validate_key(f"rl:ttl-{now}:60:{int(now // 60 * 60)}")
    client = backend._cache.get_client(key)
    assert int(client.get(key)) == 2
    assert 60 < client.ttl(key) <= 65  # the window's 60 s and 5 s of grace, set once
