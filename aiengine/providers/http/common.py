"""Options shared by every HTTP provider, turned into a configured JSON client."""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

from aiengine.providers.base import ProviderError
from aiengine.providers.http.client import JsonHttpClient, RetryPolicy


def build_client(*, service: str, base_url: str, api_key: str, headers: Mapping[str, str],
                 options: Mapping[str, Any]) -> JsonHttpClient:
    """A client from the registry options: timeout, connect_timeout, max_retries, backoff,
    max_backoff, max_retry_after, total_timeout (seconds), max_response_bytes, plus
    session/sleep/clock/rng for tests."""
    if not base_url:
        raise ProviderError(f"{service}: no base_url configured", retryable=False)
    policy = RetryPolicy(
        max_retries=max(0, int(options.get("max_retries", 2))),
        backoff=float(options.get("backoff", 0.5)),
        max_backoff=float(options.get("max_backoff", 8.0)),
        max_retry_after=float(options.get("max_retry_after", 30.0)),
        total_timeout=float(options.get("total_timeout", 180.0)),
    )
    extra: dict[str, Any] = {key: options[key] for key in ("session", "rng", "max_response_bytes")
                             if options.get(key) is not None}
    return JsonHttpClient(
        service=service, base_url=base_url, headers=headers, secrets=(api_key,),
        connect_timeout=float(options.get("connect_timeout", 5.0)),
        timeout=float(options.get("timeout", 60.0)), policy=policy,
        sleep=_given(options, "sleep", time.sleep), clock=_given(options, "clock", time.monotonic),
        **extra,
    )


def require_key(service: str, api_key: str) -> str:
    """The API key, or a configuration error when it is empty."""
    if not api_key:
        raise ProviderError(f"{service}: no api_key configured", retryable=False)
    return api_key


def _given(options: Mapping[str, Any], key: str, default: Any) -> Any:
    """An injected callable (a test's sleep or clock), else the real one."""
    value = options.get(key)
    return default if value is None else value
