"""The background processes' side of liveness: Celery signal handlers (connected in apps.py).

A worker that is ready beats (radicpro.heartbeats "worker", and its node for the recovery of a dead
worker's jobs) and sends again the jobs a dead worker left; celery beat beats as "scheduler".
"""

import logging
import threading

from celery import signals

from radicpro.heartbeats import keep_beating

from . import recovery

logger = logging.getLogger(__name__)


_beating: dict[str, threading.Event] = {}


def worker_ready(sender=None, **_) -> None:
    host = sender.hostname
    _beating[host] = keep_beating("worker", also=lambda: recovery.node_beat(host=host))
    try:
        recovery.jobs_recover_orphans(starting=True)
    except Exception:  # noqa: BLE001 — the periodic recovery tries again
        logger.exception("recovering the jobs of a dead worker failed")


def worker_shutdown(sender=None, **_) -> None:
    """A worker stopping cleanly says so: the jobs it claimed are orphans at once (its
    unacknowledged messages come back to the broker, and the next worker runs them)."""
    host = sender.hostname
    stop = _beating.pop(host, None)
    if stop is not None:
        stop.set()
    try:
        recovery.node_gone(host=host)
    except Exception:  # noqa: BLE001 — then its claims go stale in NODE_STALE_AFTER
        logger.warning("could not record that %s stopped", host, exc_info=True)


def scheduler_init(**_) -> None:
    keep_beating("scheduler")


def connect() -> None:
    signals.worker_ready.connect(worker_ready, dispatch_uid="radicpro.jobs.worker_ready")
    signals.worker_shutdown.connect(worker_shutdown, dispatch_uid="radicpro.jobs.worker_shutdown")
    signals.beat_init.connect(scheduler_init, dispatch_uid="radicpro.jobs.scheduler_init")
