"""PostgreSQL connections kept between requests are health-checked at most once a second: a
read-only API request is one query, not a `SELECT 1` and a query."""

import pytest
from django.db import connections
from django.test.utils import CaptureQueriesContext

from radicpro.db.postgresql import base

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]
connection = connections["default"]  # the wrapper itself, not the thread's proxy


def _new_request():
    """What Django does when a request starts on a kept connection."""
    connection.health_check_done = False


def _checks_run(monkeypatch) -> list[bool]:
    checks: list[bool] = []
    real = type(connection).is_usable
    monkeypatch.setattr(type(connection), "is_usable",
                        lambda self: checks.append(True) or real(self))
    return checks


def test_a_connection_checked_within_the_second_is_not_checked_again(monkeypatch):
    connection.ensure_connection()
    checks = _checks_run(monkeypatch)
    connection.checked_at = base.time.monotonic()
    _new_request()
    with CaptureQueriesContext(connection):
        connection.cursor().execute("SELECT 2")
    assert checks == []


def test_after_the_second_the_connection_is_checked_and_a_broken_one_replaced(monkeypatch):
    connection.ensure_connection()
    checks = _checks_run(monkeypatch)
    connection.checked_at = base.time.monotonic() - base.HEALTH_CHECK_INTERVAL - 0.1
    old = connection.connection
    old.close()  # the server went away since the last request
    _new_request()
    with connection.cursor() as cursor:
        cursor.execute("SELECT 3")
        assert cursor.fetchone() == (3,)
    assert checks == [True]
    assert connection.connection is not old
