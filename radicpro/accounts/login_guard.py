"""Password guessing limits: a backoff per account+client pair and a ceiling per account.

- Pair backoff: after RADICPRO_LOGIN_FREE_FAILURES failed logins for one account from one
  client, each further attempt from that pair waits 1, 2, 4 ... seconds (capped by
  RADICPRO_LOGIN_MAX_BACKOFF_SECONDS); while it waits, even the right password gets 429. An
  attacker only ever delays their own address: the account's other clients are untouched.
- Account ceiling: past RADICPRO_LOGIN_ACCOUNT_CEILING failures for one account (from any
  number of addresses), clients that have not signed in to it lately share
  RADICPRO_LOGIN_ACCOUNT_SLOW_RATE attempts: spreading guesses over many addresses buys
  nothing, and the user's usual client (one that signed in within KNOWN_CLIENT_DAYS) is never
  slowed.
Accounts are keyed by the email as typed (hashed), so unknown emails are limited alike.
"""

import hashlib
import math
import time

from django.conf import settings
from django.core.cache import cache

from radicpro.api.errors import ApiError, ErrorCode
from radicpro.api.throttling import hit, parse_rate

FAILURE_MEMORY_SECONDS = 3600  # a pair's failures are forgotten an hour after the last one
KNOWN_CLIENT_DAYS = 30


def _now() -> float:
    return time.time()


def _account(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()[:32]


def _pair(email: str, ip: str) -> str:
    return f"login:pair:{_account(email)}:{hashlib.sha256(ip.encode()).hexdigest()[:16]}"


def _known(email: str, ip: str) -> str:
    return f"login:known:{_account(email)}:{hashlib.sha256(ip.encode()).hexdigest()[:16]}"


def _backoff(failures: int) -> int:
    """Seconds a pair waits before its next attempt after `failures` failed ones."""
    over = failures - settings.RADICPRO_LOGIN_FREE_FAILURES
    if over < 0:
        return 0
    return min(settings.RADICPRO_LOGIN_MAX_BACKOFF_SECONDS, 2 ** min(over, 30))


def _too_many(wait: float) -> ApiError:
    seconds = max(1, math.ceil(wait))
    return ApiError(ErrorCode.RATE_LIMITED,
                    f"Too many failed sign-ins for this account; retry in {seconds} s.",
                    details={"retryAfter": seconds}, headers={"Retry-After": str(seconds)})


def login_attempt_allow(*, email: str, ip: str) -> None:
    """Raises RATE_LIMITED (429 with Retry-After) when this attempt must wait; call it before
    the password is checked."""
    if not settings.RADICPRO_RATE_LIMITS_ENABLED:
        return
    pair = _pair(email, ip)
    failures = cache.get(f"{pair}:failures") or 0
    wait = _backoff(failures)
    if wait:
        last = cache.get(f"{pair}:last") or 0
        remaining = last + wait - _now()
        if remaining > 0:
            raise _too_many(remaining)
        # one attempt per backoff step, even when many are sent at once
        if not cache.add(f"{pair}:step:{failures}:{last}", 1, timeout=wait + 60):
            raise _too_many(wait)
    if cache.get(_known(email, ip)):
        return
    ceiling, period = parse_rate(settings.RADICPRO_LOGIN_ACCOUNT_CEILING)
    window = int(_now() // period * period)
    if (cache.get(f"login:account:{_account(email)}:{window}") or 0) < ceiling:
        return
    limit, slow_period = parse_rate(settings.RADICPRO_LOGIN_ACCOUNT_SLOW_RATE)
    slot = hit(f"login-slow:{_account(email)}", limit, slow_period, now=_now())
    if slot.exceeded:
        raise _too_many(slot.reset - _now())


def login_failed(*, email: str, ip: str) -> None:
    """Counts a failed attempt for the pair and for the account."""
    if not settings.RADICPRO_RATE_LIMITS_ENABLED:
        return
    pair = _pair(email, ip)
    cache.add(f"{pair}:failures", 0, timeout=FAILURE_MEMORY_SECONDS)
    try:
        failures = cache.incr(f"{pair}:failures")
    except ValueError:  # expired in between
        cache.add(f"{pair}:failures", 1, timeout=FAILURE_MEMORY_SECONDS)
        failures = 1
    cache.touch(f"{pair}:failures", FAILURE_MEMORY_SECONDS)
    cache.set(f"{pair}:last", _now(), timeout=FAILURE_MEMORY_SECONDS + _backoff(failures))
    _, period = parse_rate(settings.RADICPRO_LOGIN_ACCOUNT_CEILING)
    window = int(_now() // period * period)
    account_key = f"login:account:{_account(email)}:{window}"
    cache.add(account_key, 0, timeout=period + 5)
    try:
        cache.incr(account_key)
    except ValueError:
        cache.add(account_key, 1, timeout=period + 5)


def login_succeeded(*, email: str, ip: str) -> None:
    """Clears the pair's failures and remembers the client as the account's usual one."""
    pair = _pair(email, ip)
    cache.delete_many([f"{pair}:failures", f"{pair}:last"])
    cache.set(_known(email, ip), 1, timeout=KNOWN_CLIENT_DAYS * 86400)
