"""Jobs whose worker died: who runs each job (a claim), which workers live, and sending orphans again.

A worker node (its Celery host name) beats with its boot id every few seconds (`node_beat`); a
task that starts a job claims it for (host, boot). A claimed job still processing is an orphan
when its node restarted since (another boot beats under that name) or stopped beating: its task
is sent again, and the job's idempotent start runs it as the next attempt. On the file-system
broker (the embedded defaults), where a message a worker took is gone from the queue folder
whether or not its task ran, a starting worker also sends again every unfinished job with no live
claim and no message waiting in the folder.
"""

from __future__ import annotations

import base64
import json
import logging
import uuid
from datetime import datetime, timedelta
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from .models import Job
from .registry import job_kind_or_none

logger = logging.getLogger(__name__)

BOOT = uuid.uuid4().hex[:16]  # this process's boot; forked pool processes inherit it
NODE_STALE_AFTER = 60.0  # a node silent this long (seconds) is gone
QUEUED_GRACE = 10.0  # a job younger than this may still be on its way to the broker
_NODE_KEY = "radicpro:worker-node:{}"
_CLAIM_KEY = "radicpro:job-claim:{}"
_CLAIM_TTL = 7 * 24 * 3600


def node_beat(*, host: str) -> None:
    """Records that the worker node `host` (this boot) is alive now."""
    cache.set(_NODE_KEY.format(host), {"boot": BOOT, "at": timezone.now().isoformat()},
              timeout=_CLAIM_TTL)


def job_claim(*, job_id: str, host: str) -> None:
    """Marks `job_id` as run by node `host` in this boot (called when its task starts it).

    Best effort: with the cache away the job runs unclaimed (the stuck-job sweep covers it)."""
    try:
        cache.set(_CLAIM_KEY.format(job_id), {"host": host, "boot": BOOT}, timeout=_CLAIM_TTL)
    except Exception:  # noqa: BLE001 — never fail a job over its claim
        logger.warning("could not claim job %s", job_id, exc_info=True)


def job_unclaim(*, job_id: str) -> None:
    """Forgets the claim of a job whose task ended (best effort, like the claim)."""
    try:
        cache.delete(_CLAIM_KEY.format(job_id))
    except Exception:  # noqa: BLE001
        logger.warning("could not unclaim job %s", job_id, exc_info=True)


def _claim_is_live(claim: dict | None, nodes: dict[str, dict | None], now) -> bool:
    if not claim:
        return False
    node = nodes.get(claim.get("host") or "")
    if not node or node.get("boot") != claim.get("boot"):
        return False
    at = datetime.fromisoformat(node["at"])
    return (now - at).total_seconds() <= NODE_STALE_AFTER


def _claims(job_ids: list[str]) -> tuple[dict[str, dict], dict[str, dict | None]]:
    stored = cache.get_many([_CLAIM_KEY.format(job_id) for job_id in job_ids])
    claims = {job_id: stored[_CLAIM_KEY.format(job_id)] for job_id in job_ids
              if _CLAIM_KEY.format(job_id) in stored}
    hosts = {claim.get("host") or "" for claim in claims.values()}
    found = cache.get_many([_NODE_KEY.format(host) for host in hosts])
    return claims, {host: found.get(_NODE_KEY.format(host)) for host in hosts}


def uses_file_system_broker() -> bool:
    return str(settings.CELERY_BROKER_URL).startswith("filesystem")


def queued_job_ids() -> set[str]:
    """The job ids the file-system broker's queue folder still holds messages for."""
    folder = Path(settings.CELERY_BROKER_TRANSPORT_OPTIONS["data_folder_in"])
    found: set[str] = set()
    for path in folder.glob("*.msg"):
        try:
            message = json.loads(path.read_bytes())
            body = message.get("body", "")
            if message.get("properties", {}).get("body_encoding") == "base64":
                body = base64.b64decode(body)
            args = json.loads(body)[0] if body else []
        except (OSError, ValueError, TypeError, IndexError, KeyError):
            continue  # taken meanwhile, or not a task message
        found.update(arg for arg in args if isinstance(arg, str) and arg.startswith("job_"))
    return found


def jobs_recover_orphans(*, starting: bool = False, now=None) -> list[str]:
    """Sends again the task of every orphaned job; returns their ids.

    Orphans: processing jobs claimed by a node that restarted or went silent. With `starting`
    (a worker coming up) on the file-system broker, also the unfinished jobs with no live claim
    and no message left in the queue folder (queued ones once older than QUEUED_GRACE).
    """
    now = now or timezone.now()
    unfinished = Job.objects.filter(status__in=[Job.Status.QUEUED, Job.Status.PROCESSING])
    if not (starting and uses_file_system_broker()):
        unfinished = unfinished.filter(status=Job.Status.PROCESSING)
    rows = list(unfinished.values_list("pk", "kind", "status", "created_at")[:1000])
    if not rows:
        return []
    claims, nodes = _claims([row[0] for row in rows])
    waiting = queued_job_ids() if uses_file_system_broker() else set()
    orphans = []
    for job_id, kind, status, created_at in rows:
        claim = claims.get(job_id)
        if _claim_is_live(claim, nodes, now) or job_id in waiting:
            continue
        if claim is None and not (starting and uses_file_system_broker()):
            continue  # never claimed here (or the cache forgot): the stuck-job sweep decides
        if (claim is None and status == Job.Status.QUEUED
                and created_at > now - timedelta(seconds=QUEUED_GRACE)):
            continue  # its message may still be on its way to the queue folder
        entry = job_kind_or_none(kind)
        if entry is None:
            continue
        job_unclaim(job_id=job_id)
        entry.task.delay(job_id)
        orphans.append(job_id)
    if orphans:
        logger.warning("Sent again %d jobs whose worker died: %s", len(orphans),
                       ", ".join(orphans[:20]))
    return orphans
