"""The JSON client: Retry-After, bounded backoff with jitter, what is retried, secrets kept out."""

import email.utils

import pytest

from aiengine.providers.base import ProviderError
from aiengine.providers.http.client import JsonHttpClient, RetryPolicy, parse_retry_after
from tests.aiengine.http.conftest import API_KEY
from tests.standin import fail, malformed, ok

IMAGE_BODY = {"prompt": "a red square", "size": "64x64"}


def _client(base_url, sleeps, **policy):
    return JsonHttpClient(service="svc", base_url=base_url, secrets=(API_KEY,),
                          headers={"Authorization": f"Bearer {API_KEY}"}, timeout=2,
                          policy=RetryPolicy(**policy), sleep=sleeps, rng=lambda: 0.5)


def test_retry_after_is_read_as_seconds_or_an_http_date():
    assert parse_retry_after("7") == 7
    assert parse_retry_after("1.5") == 1.5
    assert parse_retry_after(email.utils.formatdate(1_000_030, usegmt=True), now=1_000_000) == 30
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


def test_backoff_doubles_with_jitter_and_is_capped():
    policy = RetryPolicy(backoff=1, max_backoff=5)
    assert [policy.delay(n, retry_after=None, rng=lambda: 0.0) for n in range(4)] == [0.5, 1, 2, 2.5]
    assert [policy.delay(n, retry_after=None, rng=lambda: 1.0) for n in range(4)] == [1, 2, 4, 5]
    assert policy.delay(0, retry_after=12, rng=lambda: 0.0) == 12


def test_5xx_then_success_is_retried_with_backoff(standin, sleeps):
    standin.script("images", fail(502), fail(503))
    client = _client(standin.openai_url, sleeps, max_retries=2, backoff=1)
    answer = client.post_json("images/generations", IMAGE_BODY)
    assert answer["data"][0]["b64_json"]
    assert sleeps == [0.75, 1.5]
    assert len(standin.requests_to("images")) == 3


def test_retry_after_beyond_the_bound_gives_up_at_once(standin, sleeps):
    standin.script("chat", fail(429, retry_after=600))
    client = _client(standin.openai_url, sleeps, max_retries=3, max_retry_after=30)
    with pytest.raises(ProviderError) as caught:
        client.post_json("chat/completions", {})
    assert caught.value.retryable is True
    assert "retry after 600s" in caught.value.message
    assert sleeps == []


def test_total_time_is_bounded(standin, sleeps):
    standin.script("chat", fail(500), fail(500), fail(500))
    ticks = iter([0.0, 1.0, 9.5, 20.0])
    client = JsonHttpClient(service="svc", base_url=standin.openai_url, sleep=sleeps,
                            clock=lambda: next(ticks), rng=lambda: 0.5,
                            policy=RetryPolicy(max_retries=5, backoff=1, total_timeout=10))
    with pytest.raises(ProviderError, match="out of time") as caught:
        client.post_json("chat/completions", {})
    assert caught.value.retryable is True
    assert len(sleeps) == 1


def test_connection_refused_is_retryable(sleeps):
    client = _client("http://127.0.0.1:9", sleeps, max_retries=1)
    with pytest.raises(ProviderError, match="connection failed") as caught:
        client.get_json("anything")
    assert caught.value.retryable is True
    assert len(sleeps) == 1


@pytest.mark.parametrize("status", [400, 401, 403, 404])
def test_client_errors_are_not_retried_and_not_retryable(standin, sleeps, status):
    standin.script("chat", fail(status))
    with pytest.raises(ProviderError, match=f"HTTP {status}") as caught:
        _client(standin.openai_url, sleeps).post_json("chat/completions", {})
    assert caught.value.retryable is False
    assert sleeps == []
    assert len(standin.requests_to("chat")) == 1


def test_the_api_key_never_appears_in_errors(standin, sleeps):
    standin.script("chat", fail(401))
    with pytest.raises(ProviderError) as caught:
        _client(standin.openai_url, sleeps).post_json("chat/completions", {})
    assert "Incorrect API key provided: ***" in caught.value.message
    assert API_KEY not in str(caught.value)
    assert standin.requests_to("chat")[0].headers["authorization"] == f"Bearer {API_KEY}"


def test_a_body_that_is_not_json_is_retried(standin, sleeps):
    standin.script("images", malformed(), ok())
    answer = _client(standin.openai_url, sleeps).post_json("images/generations", IMAGE_BODY)
    assert answer["data"][0]["b64_json"]
    assert len(sleeps) == 1


def test_an_answer_over_the_size_cap_is_refused(standin, sleeps):
    client = JsonHttpClient(service="svc", base_url=standin.openai_url, sleep=sleeps,
                            max_response_bytes=1000)

    with pytest.raises(ProviderError, match="larger than 1,000 bytes") as caught:
        client.post_json("images/generations", IMAGE_BODY)

    assert caught.value.retryable is False
    assert sleeps == []
