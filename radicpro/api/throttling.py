"""Rate limits: the endpoint category's limit and the plan's hourly/daily quotas, in the cache."""

import time
from collections.abc import Sequence
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.redis import RedisCache
from rest_framework.throttling import BaseThrottle

from .client_ip import client_ip
from .errors import ApiError, ErrorCode

PERIODS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}


@dataclass(frozen=True)
class Window:
    """One counter's state after this request."""

    limit: int
    remaining: int
    reset: int  # Unix seconds when the window ends

    @property
    def exceeded(self) -> bool:
        return self.remaining < 0


def parse_rate(rate: str) -> tuple[int, int]:
    """'10/minute' -> (10, 60)."""
    count, _, period = rate.partition("/")
    return int(count), PERIODS[period.strip().rstrip("s")]


def hit(key: str, limit: int, period: int, now: float | None = None) -> Window:
    """Counts one request in the fixed window that contains `now`."""
    return hit_many([(key, limit, period)], now=now)[0]


def hit_many(counters: Sequence[tuple[str, int, int]], now: float | None = None) -> list[Window]:
    """Counts one request in each (key, limit, period) window at once: on Redis one round trip
    for all of them (one script: INCR, and EXPIRE a new window), elsewhere add + incr a window."""
    now = time.time() if now is None else now
    starts = [int(now // period * period) for _key, _limit, period in counters]
    keys = [(f"rl:{key}:{period}:{start}", period + 5)
            for (key, _limit, period), start in zip(counters, starts, strict=True)]
    counts = _count_redis(keys) if isinstance(caches["default"], RedisCache) else \
        [_count(key, timeout) for key, timeout in keys]
    return [Window(limit=limit, remaining=limit - count, reset=start + period)
            for (_key, limit, period), start, count in zip(counters, starts, counts, strict=True)]


def _count(cache_key: str, timeout: int) -> int:
    cache.add(cache_key, 0, timeout=timeout)
    try:
        return cache.incr(cache_key)
    except ValueError:  # the key expired between add and incr
        cache.add(cache_key, 1, timeout=timeout)
        return 1


# One command for every window of a request: INCR each key and give a new key its lifetime.
# The keys and values are those cache.add/incr write (Django's Redis cache stores integers as
# plain numbers), so both paths read and count the same counters.
_INCREMENT_SCRIPT = """
local counts = {}
for index, key in ipairs(KEYS) do
  local count = redis.call('INCR', key)
  if count == 1 then redis.call('EXPIRE', key, ARGV[index]) end
  counts[index] = count
end
return counts
"""
_increment = None  # the script registered with the cache's client (its SHA, sent as EVALSHA)


def _count_redis(keys: list[tuple[str, int]]) -> list[int]:
    """The counters after one increment each, in one command (a script, run atomically)."""
    global _increment
    backend = caches["default"]
    client = backend._cache.get_client(write=True)  # type: ignore[attr-defined]  # RedisCache's
    if _increment is None:
        _increment = client.register_script(_INCREMENT_SCRIPT)
    counts = _increment(keys=[backend.make_and_validate_key(key) for key, _timeout in keys],
                        args=[timeout for _key, timeout in keys], client=client)
    return [int(count) for count in counts]


def client_identity(request) -> str:
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return f"user:{user.pk}"
    return f"ip:{client_ip(request)}"


def throttle_count(*, category: str, user, message: str = "Too many requests; try again later.") \
        -> None:
    """Counts one use of `category`'s limit by `user` where no view throttles it (work a service
    starts on the user's behalf, e.g. a chat turn that generates): the same counter the views'
    `throttle_category` uses. Past the limit: RATE_LIMITED (429, retryable, Retry-After)."""
    throttle_count_for(category=category, subject=f"user:{user.pk}", message=message)


def throttle_count_for(*, category: str, subject: str,
                       message: str = "Too many requests; try again later.") -> None:
    """`throttle_count` for any subject (an email address, a client), not only a user."""
    if not settings.RADICPRO_RATE_LIMITS_ENABLED:
        return
    limit, period = parse_rate(settings.RADICPRO_RATE_LIMITS[category])
    window = hit(f"{category}:{subject}", limit, period)
    if window.exceeded:
        wait = max(1, window.reset - int(time.time()))
        raise ApiError(ErrorCode.RATE_LIMITED, message,
                       details={"limit": limit, "retryAfter": wait}, retryable=True,
                       headers={"Retry-After": str(wait)})


class RadicRateThrottle(BaseThrottle):
    """Applies the view's `throttle_category` limit and, for signed-in users, the plan quotas,
    every window of the request counted at once (one Redis round trip).

    The tightest window is recorded on the request for the X-RateLimit-* headers.
    """

    def allow_request(self, request, view):
        if not settings.RADICPRO_RATE_LIMITS_ENABLED:
            return True
        identity = client_identity(request)
        counters: list[tuple[str, int, int]] = []
        category = getattr(view, "throttle_category", None)
        if callable(category):
            category = category(request)
        if category:
            limit, period = parse_rate(settings.RADICPRO_RATE_LIMITS[category])
            counters.append((f"{category}:{identity}", limit, period))
        plan = getattr(request.user, "plan", None) if request.user.is_authenticated else None
        quotas: dict[str, int | None] = settings.RADICPRO_PLANS.get(plan, {}) if plan else {}
        for name, period in (("requests_per_hour", 3600), ("requests_per_day", 86400)):
            quota = quotas.get(name)
            if quota:
                counters.append((f"plan:{identity}", quota, period))
        windows = hit_many(counters) if counters else []
        if not windows:
            return True
        exceeded = [w for w in windows if w.exceeded]
        shown = max(exceeded, key=lambda w: w.reset) if exceeded else min(
            windows, key=lambda w: w.remaining)
        request._request.rate_limit = shown
        self._wait = max(1, shown.reset - int(time.time())) if exceeded else None
        return not exceeded

    def wait(self):
        return self._wait
