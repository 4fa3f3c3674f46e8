"""Shared fixtures: API clients, users, and a clean cache (rate-limit counters) per test."""

import pytest
from django.conf import settings
from django.core.cache import cache
from rest_framework.test import APIClient

from tests.factories import UserFactory


def pytest_collection_modifyitems(config, items):
    """Tests marked `postgres` need real concurrency: they run on PostgreSQL (as in CI) only."""
    if settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
        return
    needs_postgres = [item for item in items if item.get_closest_marker("postgres")]
    if needs_postgres:
        config.hook.pytest_deselected(items=needs_postgres)
        items[:] = [item for item in items if not item.get_closest_marker("postgres")]
        config._radicpro_postgres_deselected = len(needs_postgres)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    count = getattr(config, "_radicpro_postgres_deselected", 0)
    if count:
        terminalreporter.write_line(
            f"{count} PostgreSQL concurrency tests were not collected on this database; "
            "set DATABASE_URL=postgres://... to run them (CI does).")


@pytest.fixture(autouse=True)
def _celery_joins_allowed():
    """Celery's process-global "joining a result would block" flag, set by worker start-up code
    that some tests reach, must not leak into the next test's eager `.apply().get()`."""
    from celery._state import _set_task_join_will_block

    _set_task_join_will_block(False)
    yield


@pytest.fixture(autouse=True)
def _clean_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def anon_client() -> APIClient:
    client = APIClient()
    client.raise_request_exception = False
    return client


@pytest.fixture
def user(db):
    return UserFactory()


@pytest.fixture
def other_user(db):
    return UserFactory()


def client_for(user) -> APIClient:
    """An API client signed in as `user` with a real JWT access token."""
    from radicpro.accounts.services import session_issue

    client = APIClient()
    client.raise_request_exception = False
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {session_issue(user=user)['access_token']}")
    return client


@pytest.fixture
def api(user) -> APIClient:
    return client_for(user)


@pytest.fixture
def other_api(other_user) -> APIClient:
    return client_for(other_user)
