"""Password guessing limits: a backoff per account+client pair and a ceiling per account.

- Pair backoff: after RADICPRO_LOGIN_FREE_FAILURES failed logins for one account from one
  client, each further attempt from that pair waits 1, 2, 4 ... seconds (capped by
  RADICPRO_LOGIN_MAX_BACKOFF_SECONDS); while it waits, even the right password gets 429. An
  attacker only ever delays their own address: the account's other clients are untouched.
- Account ceiling: past RADICPRO_LOGIN_ACCOUNT_CEILING attempts at one account (from any
  number of addresses) by clients that have not signed in to it lately, those clients share
  RADICPRO_LOGIN_ACCOUNT_SLOW_RATE attempts: spreading guesses over many addresses buys
  nothing, and the user's usual client (one that signed in within KNOWN_CLIENT_DAYS) is never
  slowed. An attempt is counted when it arrives, before its password is read, so guesses sent
  all at once are numbered one by one like guesses sent in turn.
Accounts are keyed by the email as typed (hashed), so unknown emails are limited alike. The
counts live in LoginCounter rows, added to atomically on SQLite and PostgreSQL alike.
"""

import hashlib
import math
import time

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F

from radicpro.api.errors import ApiError, ErrorCode
from radicpro.api.throttling import parse_rate

from .models import LoginCounter

FAILURE_MEMORY_SECONDS = 3600  # a pair's failures are forgotten an hour after the last one
KNOWN_CLIENT_DAYS = 30


def _now() -> float:
    return time.time()


def _account(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()[:32]


def _pair(email: str, ip: str) -> str:
    return f"pair:{_account(email)}:{hashlib.sha256(ip.encode()).hexdigest()[:16]}"


def _known(email: str, ip: str) -> str:
    return f"login:known:{_account(email)}:{hashlib.sha256(ip.encode()).hexdigest()[:16]}"


def _count(key: str, *, expires_at: float) -> int:
    """Adds one to the count `key` (which lasts until `expires_at`) and returns the new value.
    The update comes before the read: it takes the row's lock (PostgreSQL) or the database's
    write lock (SQLite), so callers at the same moment get distinct values."""
    now = _now()
    with transaction.atomic():
        live = LoginCounter.objects.filter(key=key, expires_at__gt=now)
        if not live.update(count=F("count") + 1, expires_at=expires_at):
            LoginCounter.objects.filter(expires_at__lte=now).delete()  # this one and any stale
            try:
                with transaction.atomic():
                    LoginCounter.objects.create(key=key, count=1, expires_at=expires_at)
                return 1
            except IntegrityError:  # another caller started it first
                live.update(count=F("count") + 1, expires_at=expires_at)
        return LoginCounter.objects.values_list("count", flat=True).get(key=key)


def _read(key: str) -> int:
    found = LoginCounter.objects.filter(key=key, expires_at__gt=_now()).values_list(
        "count", flat=True).first()
    return found or 0


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
    failures = _read(f"{pair}:failures")
    wait = _backoff(failures)
    if wait:
        last = cache.get(f"login:{pair}:last") or 0
        remaining = last + wait - _now()
        if remaining > 0:
            raise _too_many(remaining)
        # one attempt per backoff step, even when many are sent at once
        if not cache.add(f"login:{pair}:step:{failures}:{last}", 1, timeout=wait + 60):
            raise _too_many(wait)
    if cache.get(_known(email, ip)):
        return
    ceiling, period = parse_rate(settings.RADICPRO_LOGIN_ACCOUNT_CEILING)
    window = int(_now() // period * period)
    if _count(f"account:{_account(email)}:{window}", expires_at=window + period) <= ceiling:
        return
    limit, slow_period = parse_rate(settings.RADICPRO_LOGIN_ACCOUNT_SLOW_RATE)
    slow_window = int(_now() // slow_period * slow_period)
    if _count(f"slow:{_account(email)}:{slow_window}",
              expires_at=slow_window + slow_period) > limit:
        raise _too_many(slow_window + slow_period - _now())


def login_failed(*, email: str, ip: str) -> None:
    """Counts a failed attempt for the pair (the account's count was taken on arrival)."""
    if not settings.RADICPRO_RATE_LIMITS_ENABLED:
        return
    pair = _pair(email, ip)
    failures = _count(f"{pair}:failures", expires_at=_now() + FAILURE_MEMORY_SECONDS)
    cache.set(f"login:{pair}:last", _now(), timeout=FAILURE_MEMORY_SECONDS + _backoff(failures))


def login_succeeded(*, email: str, ip: str) -> None:
    """Clears the pair's failures and remembers the client as the account's usual one."""
    pair = _pair(email, ip)
    LoginCounter.objects.filter(key=f"{pair}:failures").delete()
    cache.delete(f"login:{pair}:last")
    cache.set(_known(email, ip), 1, timeout=KNOWN_CLIENT_DAYS * 86400)
