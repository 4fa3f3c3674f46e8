"""Shared fixtures: API clients, users, and a clean cache (rate-limit counters) per test."""

import os
import shutil

import pytest
from django.conf import settings
from django.core.cache import cache
from rest_framework.test import APIClient

from radicpro.backoffice.dashboard import register_dashboard_cards, unregister_dashboard_cards
from radicpro.jobs.registry import job_kind_or_none, register_job_kind, unregister_job_kind
from tests.factories import UserFactory


def _has_browser() -> bool:
    return all(os.path.exists(path) or shutil.which(os.path.basename(path))
               for path in ("/usr/bin/chromium", "/usr/bin/chromedriver"))


def _missing_capabilities() -> dict[str, str]:
    """Marker → why its tests cannot run here (none in CI, where everything is installed)."""
    missing = {}
    if settings.DATABASES["default"]["ENGINE"] != "radicpro.db.postgresql":
        missing["postgres"] = ("PostgreSQL concurrency tests were not collected on this database; "
                               "set DATABASE_URL=postgres://... to run them (CI does)")
    if not settings.REDIS_URL:
        missing["redis"] = ("Redis tests were not collected without a Redis server; set "
                            "REDIS_URL=redis://... to run them (CI does)")
    if not _has_browser():
        if os.environ.get("RADICPRO_REQUIRE_BROWSER") == "1":
            raise pytest.UsageError("RADICPRO_REQUIRE_BROWSER=1 but Debian's chromium and "
                                    "chromium-driver are not installed")
        missing["browser"] = ("headless-Chromium tests were not collected: install Debian's "
                              "chromium and chromium-driver to run them (CI does)")
    return missing


def pytest_collection_modifyitems(config, items):
    """Tests marked `postgres`, `redis` or `browser` run only where that capability exists (always
    in CI)."""
    config._radicpro_deselected = {}
    for marker, reason in _missing_capabilities().items():
        chosen = [item for item in items if item.get_closest_marker(marker)]
        if chosen:
            config.hook.pytest_deselected(items=chosen)
            items[:] = [item for item in items if not item.get_closest_marker(marker)]
            config._radicpro_deselected[reason] = len(chosen)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    for reason, count in getattr(config, "_radicpro_deselected", {}).items():
        terminalreporter.write_line(f"{count} {reason}.")


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


@pytest.fixture
def job_kinds():
    """`job_kinds(kind, task=..., **options)` registers a new job kind for this test only."""
    registered: list[str] = []

    def register(kind: str, **options):
        assert job_kind_or_none(kind) is None, f"{kind!r} is an app's kind; name a test kind"
        entry = register_job_kind(kind, **options)
        registered.append(kind)
        return entry

    yield register
    for kind in registered:
        unregister_job_kind(kind)


@pytest.fixture
def dashboard_cards():
    """`dashboard_cards(name, source)` adds dashboard cards for this test only."""
    registered: list[str] = []

    def register(name: str, source) -> None:
        register_dashboard_cards(name, source)
        registered.append(name)

    yield register
    for name in registered:
        unregister_dashboard_cards(name)
