"""Liveness (/healthz) and readiness (/readyz): cheap, unauthenticated, outside /v1/.

Readiness covers the database, the broker, the storage, raqm text shaping, and the heartbeats of the
worker and the scheduler (radicpro.heartbeats): a background process silent for STALE_AFTER seconds
is failed.
"""

import logging
import time
from typing import Any

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import connection
from django.http import JsonResponse

from radicpro.heartbeats import STALE_AFTER, last_beats, stale_components

logger = logging.getLogger(__name__)


def healthz(request):
    return JsonResponse({"status": "ok"})


def _check_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def _check_broker() -> None:
    from radicpro.celery import app

    with app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, timeout=2)


def _check_storage() -> None:
    default_storage.exists("readyz-probe")


def _check_text_shaping() -> None:
    """Pillow built with libraqm: without it, Devanagari and Arabic text would be drawn
    unshaped (wrong glyph order and forms) instead of failing."""
    from PIL import features

    if not features.check("raqm"):
        raise RuntimeError("Pillow has no raqm text shaping (install libraqm0 / libraqm)")


def _check_heartbeat(component: str):
    def check() -> None:
        if component in stale_components():
            raise RuntimeError(f"the {component} has not beaten for {STALE_AFTER:.0f} s "
                               f"(last beat: {last_beats()[component]})")

    return check


CHECKS = {"database": _check_database, "broker": _check_broker, "storage": _check_storage,
          "textShaping": _check_text_shaping, "worker": _check_heartbeat("worker"),
          "scheduler": _check_heartbeat("scheduler")}


def readyz(request):
    results: dict[str, dict[str, Any]] = {}
    ready = True
    for name, check in CHECKS.items():
        started = time.perf_counter()
        try:
            check()
            results[name] = {"status": "ok"}
        except Exception:  # noqa: BLE001 — any failure means "not ready"
            # Status words only in the public answer; the exception is for the operators' log.
            logger.exception("readiness check %s failed", name)
            ready = False
            results[name] = {"status": "error"}
        results[name]["latencyMs"] = round((time.perf_counter() - started) * 1000, 1)
    status = 200 if ready else 503
    body = {"status": "ok" if ready else "unavailable", "checks": results,
            "environment": settings.RADICPRO_ENV}
    return JsonResponse(body, status=status)
