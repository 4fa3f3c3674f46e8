"""Heartbeats of the background processes (the worker and the scheduler), kept in the shared cache.

A process calls `beat("worker")` every few seconds (`keep_beating` does it from a thread: the Celery
worker and beat start one, see radicpro/jobs/liveness.py); `/readyz` and the dashboard read `last_beats()` and
call a component failed when its last beat is older than `STALE_AFTER` seconds (or never came).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime

from django.core.cache import cache
from django.db import connections
from django.utils import timezone

logger = logging.getLogger(__name__)

COMPONENTS: tuple[str, ...] = ("worker", "scheduler")
STALE_AFTER = 90.0
BEAT_EVERY = 10.0
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


def keep_beating(component: str, *, every: float = BEAT_EVERY,
                 also: Callable[[], None] | None = None) -> threading.Event:
    """Beats for `component` (and calls `also`) now, then every `every` seconds from a daemon
    thread until the returned event is set (or the process ends). A failed beat (the cache or
    database away) is logged and tried again at the next tick."""

    def tick() -> None:
        try:
            beat(component)
            if also is not None:
                also()
        except Exception:  # noqa: BLE001 — a missed beat must not stop the next one
            logger.warning("heartbeat of %s failed", component, exc_info=True)
        finally:
            connections.close_all()  # this thread's connections only; fresh ones next tick

    def loop() -> None:
        while not stopped.wait(every):
            tick()

    stopped = threading.Event()
    tick()
    threading.Thread(target=loop, name=f"heartbeat-{component}", daemon=True).start()
    return stopped


def _parse(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None
