"""Fixtures of the billing tests: a recorder in place of webhook delivery."""

import pytest


@pytest.fixture(autouse=True)
def emitted(monkeypatch):
    """Every webhook event emitted, as (user_id, event, data)."""
    events: list[tuple[str, str, dict]] = []

    def record(*, user, event, data):
        events.append((user.pk, event, data))

    monkeypatch.setattr("radicpro.webhooks.services.event_emit", record)
    return events
