"""Fixtures of the billing tests: a recorder in place of webhook delivery."""

import pytest


@pytest.fixture(autouse=True)
def emitted(monkeypatch):
    """Every webhook event emitted, as (user_id, event, data)."""
    events: list[tuple[str, str, dict]] = []

    def record(*, user, event, **values):  # the data the event's payload builder makes
        events.append((user.pk, event.name, event.payload(**values)))

    monkeypatch.setattr("radicpro.webhooks.services.event_emit", record)
    return events
