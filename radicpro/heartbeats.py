"""Heartbeats of the background processes (the worker and the scheduler), kept in the shared cache.

A process calls `beat("worker")` every few seconds; `/readyz` and the dashboard read `last_beats()` and
call a component failed when its last beat is older than `STALE_AFTER` seconds (or never came).
"""

from __future__ import annotations

from datetime import datetime

from django.core.cache import cache
from django.utils import timezone

COMPONENTS: tuple[str, ...] = ("worker", "scheduler")
STALE_AFTER = 90.0
_KEY = "radicpro:heartbeat:{}"


def beat(component: str) -> None:
    """Records that `component` is alive now."""
    if component not in COMPONENTS:
        raise ValueError(f"unknown component {component!r}; expected one of {COMPONENTS}")
    cache.set(_KEY.format(component), timezone.now().isoformat(), timeout=None)


def last_beats() -> dict[str, datetime | None]:
    """The time of each component's last beat, None when it never beat."""
    stored = cache.get_many([_KEY.format(name) for name in COMPONENTS])
    return {name: _parse(stored.get(_KEY.format(name))) for name in COMPONENTS}


def stale_components(*, now: datetime | None = None) -> list[str]:
    """The components whose last beat is older than STALE_AFTER seconds or missing."""
    now = now or timezone.now()
    return [name for name, at in last_beats().items()
            if at is None or (now - at).total_seconds() > STALE_AFTER]


def _parse(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None
