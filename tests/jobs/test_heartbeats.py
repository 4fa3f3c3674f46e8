from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from radicpro.heartbeats import STALE_AFTER, beat, last_beats, stale_components


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def test_a_component_that_never_beat_is_stale():
    assert last_beats() == {"worker": None, "scheduler": None}
    assert stale_components() == ["worker", "scheduler"]


def test_a_fresh_beat_is_alive_and_an_old_one_stale():
    beat("worker")
    assert last_beats()["worker"] is not None
    assert stale_components() == ["scheduler"]
    later = timezone.now() + timedelta(seconds=STALE_AFTER + 1)
    assert stale_components(now=later) == ["worker", "scheduler"]


def test_an_unknown_component_is_refused():
    with pytest.raises(ValueError, match="unknown component"):
        beat("webserver")
