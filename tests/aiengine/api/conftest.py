"""Fixtures of the AI API tests: funded users, recorded webhook events, a generation request."""

import pytest

from rendering.images import clear_caches
from tests.aiengine.api.factories import PROMPT, fund


@pytest.fixture(autouse=True)
def _fresh_render_caches():
    clear_caches()
    yield
    clear_caches()


@pytest.fixture
def funded(user):
    """`user` with exactly 100 credits."""
    fund(user, 100)
    return user


@pytest.fixture
def events(monkeypatch):
    """Every webhook event emitted, as (user id, event, data)."""
    recorded: list[tuple[str, str, dict]] = []

    def record(*, user, event, **values):  # the data the event's payload builder makes
        recorded.append((user.pk, event.name, event.payload(**values)))

    monkeypatch.setattr("radicpro.webhooks.services.event_emit", record)
    monkeypatch.setattr("designs.services.event_emit", record)
    return recorded


@pytest.fixture
def generate_body() -> dict:
    return {"prompt": PROMPT, "format": "instagram_post", "creativeConcept": "offer_focus",
            "options": {"variants": 3, "imageResolution": "1k"}}
