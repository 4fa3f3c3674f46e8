"""Login limits: per client (its real address behind trusted proxies) and per account, with a
backoff per account+client pair that an attacker cannot turn against anyone else."""

import pytest

from tests.api_contract import assert_error, assert_success
from tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.2"


@pytest.fixture
def victim(db):
    return UserFactory(email="victim@example.com")


@pytest.fixture
def clock(monkeypatch):
    """The login guard's clock, moved by hand."""
    from radicpro.accounts import login_guard

    now = [1_900_000_000.0]
    monkeypatch.setattr(login_guard, "_now", lambda: now[0])
    return now


def login(client, password, *, ip="203.0.113.7", forwarded=None, email="victim@example.com"):
    headers = {"REMOTE_ADDR": ip}
    if forwarded:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return client.post("/v1/auth/login", {"email": email, "password": password}, format="json",
                       **headers)


def test_behind_a_proxy_one_client_cannot_exhaust_everyones_bucket(anon_client, victim, settings):
    settings.RADICPRO_TRUSTED_PROXIES = "1"
    for _ in range(12):
        login(anon_client, "wrong-guess", ip=PROXY, forwarded="198.51.100.66")
    assert_error(login(anon_client, "wrong-guess", ip=PROXY, forwarded="198.51.100.66"), 429,
                 "RATE_LIMITED")
    assert_success(login(anon_client, DEFAULT_PASSWORD, ip=PROXY, forwarded="192.0.2.10"))


def test_a_spoofed_forwarded_for_is_ignored_without_a_trusted_proxy(anon_client, victim):
    answers = [login(anon_client, "wrong-guess", ip="198.51.100.66",
                     forwarded=f"192.0.2.{n}").status_code for n in range(12)]
    assert answers.count(429) >= 2  # one bucket: the forwarded-for header bought nothing


def test_guessing_from_many_addresses_is_slowed_per_account(anon_client, victim, settings,
                                                            clock):
    settings.RADICPRO_LOGIN_ACCOUNT_CEILING = "20/hour"
    settings.RADICPRO_LOGIN_ACCOUNT_SLOW_RATE = "2/minute"
    answers = [login(anon_client, f"guess-{n}", ip=f"198.18.{n // 250}.{n % 250}").status_code
               for n in range(120)]
    assert answers.count(401) <= 20 + 2
    assert answers[-1] == 429


def test_the_real_user_from_their_usual_client_logs_in_during_an_attack(anon_client, victim,
                                                                        settings, clock):
    settings.RADICPRO_LOGIN_ACCOUNT_CEILING = "20/hour"
    settings.RADICPRO_LOGIN_ACCOUNT_SLOW_RATE = "2/minute"
    assert_success(login(anon_client, DEFAULT_PASSWORD, ip="192.0.2.10"))  # their usual client
    for n in range(60):
        login(anon_client, f"guess-{n}", ip=f"198.18.0.{n}")
    assert_success(login(anon_client, DEFAULT_PASSWORD, ip="192.0.2.10"))


def test_repeated_failures_from_one_client_back_off_exponentially(anon_client, victim, clock,
                                                                   settings):
    settings.RADICPRO_RATE_LIMITS = {**settings.RADICPRO_RATE_LIMITS, "auth": "1000/minute"}
    for _ in range(5):
        assert_error(login(anon_client, "wrong-guess"), 401, "UNAUTHORIZED")
    locked = login(anon_client, DEFAULT_PASSWORD)  # the 6th attempt waits 1 s
    assert_error(locked, 429, "RATE_LIMITED")
    assert locked["Retry-After"] == "1"  # even the right password waits: no oracle while locked
    waits = []
    for _ in range(6):
        response = login(anon_client, "wrong-guess")
        while response.status_code == 429:
            waits.append(int(response["Retry-After"]))
            clock[0] += int(response["Retry-After"])
            response = login(anon_client, "wrong-guess")
        assert response.status_code == 401
    assert waits == sorted(waits) and waits[-1] >= 32
    # another client of the same account is not locked out by any of this
    assert_success(login(anon_client, DEFAULT_PASSWORD, ip="192.0.2.99"))


def test_a_success_clears_the_backoff(anon_client, victim, clock, settings):
    settings.RADICPRO_RATE_LIMITS = {**settings.RADICPRO_RATE_LIMITS, "auth": "1000/minute"}
    for _ in range(5):
        login(anon_client, "wrong-guess")
    clock[0] += 1
    assert_success(login(anon_client, DEFAULT_PASSWORD))
    for _ in range(5):
        assert_error(login(anon_client, "wrong-guess"), 401, "UNAUTHORIZED")


def test_unknown_and_known_emails_are_limited_alike(anon_client, victim, settings, clock):
    settings.RADICPRO_LOGIN_ACCOUNT_CEILING = "5/hour"
    settings.RADICPRO_LOGIN_ACCOUNT_SLOW_RATE = "1/minute"
    for email in ("victim@example.com", "nobody@example.com"):
        answers = [login(anon_client, "x-guess", ip=f"198.18.1.{n}", email=email).status_code
                   for n in range(10)]
        assert answers[:5] == [401] * 5 and answers[-1] == 429, (email, answers)


def test_guesses_arriving_together_are_counted_on_arrival(victim, settings, clock):
    """30 guesses from 30 addresses whose passwords are all being checked at once (none has
    failed yet when the next arrives): the account's ceiling and slow rate still apply."""
    from radicpro.accounts.login_guard import login_attempt_allow, login_failed
    from radicpro.api.errors import ApiError, ErrorCode

    settings.RADICPRO_LOGIN_ACCOUNT_CEILING = "20/hour"
    settings.RADICPRO_LOGIN_ACCOUNT_SLOW_RATE = "6/minute"
    admitted, limited = [], 0
    for n in range(30):
        try:
            login_attempt_allow(email=victim.email, ip=f"198.51.100.{n}")
            admitted.append(n)
        except ApiError as error:
            assert error.code is ErrorCode.RATE_LIMITED
            limited += 1
    for n in admitted:
        login_failed(email=victim.email, ip=f"198.51.100.{n}")
    assert (len(admitted), limited) == (26, 4)


@pytest.mark.postgres  # writers at once: SQLite's in-memory test database locks its tables
@pytest.mark.django_db(transaction=True)
def test_the_login_counts_are_atomic_under_concurrent_attempts():
    from concurrent.futures import ThreadPoolExecutor

    from django.db import connection

    from radicpro.accounts.login_guard import _count

    def add(_):
        try:
            return _count("account:concurrent", expires_at=4_000_000_000)
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=8) as pool:
        values = list(pool.map(add, range(40)))
    assert sorted(values) == list(range(1, 41))
