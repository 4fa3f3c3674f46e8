"""Fixtures of the jobs tests: a recorder in place of webhook delivery, and the test job kinds."""

import pytest

from . import worker_tasks
from .urls_for_jobs import TASKS


@pytest.fixture(autouse=True)
def emitted(monkeypatch):
    """Every webhook event emitted, as (user_id, event, data)."""
    events: list[tuple[str, str, dict]] = []

    def record(*, user, event, **values):  # the data the event's payload builder makes
        events.append((user.pk, event.name, event.payload(**values)))

    monkeypatch.setattr("radicpro.webhooks.services.event_emit", record)
    return events


@pytest.fixture(autouse=True)
def test_job_kinds(job_kinds):
    """The kinds of the test tasks (their results are the dicts they return): `test_<name>` for
    the slow endpoints of urls_for_jobs, and test_sleep, test_flaky, test_down."""
    for name, task in TASKS.items():
        job_kinds(f"test_{name.replace('-', '_')}", task=task)
    job_kinds("test_sleep", task=worker_tasks.sleep_then_complete)
    job_kinds("test_flaky", task=worker_tasks.flaky_job)
    job_kinds("test_down", task=worker_tasks.always_down_job)
