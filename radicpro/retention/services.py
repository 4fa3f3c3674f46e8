"""Runs the retention kinds: each on its own, so one failing kind never stops the others."""

import logging
import time
from datetime import datetime

from django.utils import timezone

from .models import RetentionRun
from .registry import retention_kinds

logger = logging.getLogger(__name__)


def retention_run(*, kinds: list[str] | None = None, now: datetime | None = None) \
        -> list[RetentionRun]:
    """Purges every registered kind (or those named), logging a RetentionRun for each."""
    now = now or timezone.now()
    runs = []
    for kind in retention_kinds():
        if kinds is not None and kind.name not in kinds:
            continue
        started = time.monotonic()
        run = RetentionRun(kind=kind.name, policy=kind.policy()[:300], started_at=timezone.now())
        try:
            run.deleted = kind.purge(now=now)
        except Exception as exc:  # noqa: BLE001 — recorded on the run; the next kind still runs
            logger.exception("retention of %s failed", kind.name)
            run.error = f"{type(exc).__name__}: {exc}"[:1000]
        run.duration_ms = int((time.monotonic() - started) * 1000)
        run.save()
        runs.append(run)
    return runs
