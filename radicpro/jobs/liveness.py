"""The background processes' side of liveness: Celery signal handlers (connected in apps.py).

A worker that is ready beats (radicpro.heartbeats "worker", and its node for the recovery of a dead
worker's jobs) and sends again the jobs a dead worker left; celery beat beats as "scheduler".
"""

import logging

from celery import signals

from radicpro.heartbeats import keep_beating

from . import recovery

logger = logging.getLogger(__name__)


def worker_ready(sender=None, **_) -> None:
    host = sender.hostname
    keep_beating("worker", also=lambda: recovery.node_beat(host=host))
    try:
        recovery.jobs_recover_orphans(starting=True)
    except Exception:  # noqa: BLE001 — the periodic recovery tries again
        logger.exception("recovering the jobs of a dead worker failed")


def scheduler_init(**_) -> None:
    keep_beating("scheduler")


def connect() -> None:
    signals.worker_ready.connect(worker_ready, dispatch_uid="radicpro.jobs.worker_ready")
    signals.beat_init.connect(scheduler_init, dispatch_uid="radicpro.jobs.scheduler_init")
