"""Jobs whose worker died: who runs each job (a claim), which workers live, and sending orphans again.

A worker node (its Celery host name) beats with its boot id every few seconds (`node_beat`); a
task that starts a job claims it for (host, boot). A claimed job still processing is an orphan
when its node restarted since (another boot beats under that name) or stopped beating: its task
is sent again, and the job's idempotent start runs it as the next attempt. A queued job whose
message is no longer waiting in the broker was taken by a worker that died before starting it:
it is sent again too. On the file-system broker (the embedded defaults), where a message a
worker took is gone from the queue folder whether or not its task ran, a starting worker also
sends again every unfinished job with no live claim and no message waiting in the folder.
"""

from __future__ import annotations

import base64
import json
import logging
import os
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
QUEUED_STALE = 30.0  # a queued job this old with no message waiting was taken by some worker
RESEND_EVERY = 300.0  # a queued job is sent again at most this often
_NODE_KEY = "radicpro:worker-node:{}"
_CLAIM_KEY = "radicpro:job-claim:{}"
_RESENT_KEY = "radicpro:job-resent:{}"
_CLAIM_TTL = 7 * 24 * 3600


def node_beat(*, host: str) -> None:
    """Records that the worker node `host` (this boot) is alive now."""
    cache.set(_NODE_KEY.format(host), {"boot": BOOT, "at": timezone.now().isoformat()},
              timeout=_CLAIM_TTL)


def node_gone(*, host: str) -> None:
    """Records that node `host` (this boot) stopped: the jobs it claimed are orphans now."""
    node = cache.get(_NODE_KEY.format(host))
    if node and node.get("boot") == BOOT:
        cache.delete(_NODE_KEY.format(host))


def job_claim(*, job_id: str, host: str) -> None:
    """Marks `job_id` as run by this process of node `host` in this boot (called when its task
    starts it).

    Best effort: with the cache away the job runs unclaimed (the stuck-job sweep covers it)."""
    claim = {"host": host, "boot": BOOT, "pid": os.getpid()}
    try:
        cache.set(_CLAIM_KEY.format(job_id), claim, timeout=_CLAIM_TTL)
    except Exception:  # noqa: BLE001 — never fail a job over its claim
        logger.warning("could not claim job %s", job_id, exc_info=True)


def job_release(*, job_id: str) -> None:
    """Forgets this process's claim of a job whose task ended (best effort, like the claim)."""
    try:
        claim = cache.get(_CLAIM_KEY.format(job_id))
        if claim and claim.get("boot") == BOOT and claim.get("pid") == os.getpid():
            cache.delete(_CLAIM_KEY.format(job_id))
    except Exception:  # noqa: BLE001
        logger.warning("could not release job %s", job_id, exc_info=True)


def job_unclaim(*, job_id: str) -> None:
    try:
        cache.delete(_CLAIM_KEY.format(job_id))
    except Exception:  # noqa: BLE001
        logger.warning("could not unclaim job %s", job_id, exc_info=True)


def job_running_elsewhere(*, job_id: str, now=None) -> bool:
    """True when another live process runs `job_id` (a second message for it arrived: the task
    then leaves the job alone). A claim of this node's boot counts only while its process lives:
    a pool process killed mid-task leaves a claim, and the redelivered task must run."""
    try:
        claims, nodes = _claims([job_id])
    except Exception:  # noqa: BLE001 — without the cache, run it (idempotent)
        return False
    claim = claims.get(job_id)
    if claim is None or not _claim_is_live(claim, nodes, now or timezone.now()):
        return False
    if claim.get("boot") != BOOT:
        return True
    pid = int(claim.get("pid") or 0)
    if not pid or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


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


def _job_ids_of(message: dict) -> set[str]:
    try:
        body = message.get("body", "")
        if message.get("properties", {}).get("body_encoding") == "base64":
            body = base64.b64decode(body)
        args = json.loads(body)[0] if body else []
    except (ValueError, TypeError, IndexError, KeyError):
        return set()  # not a task message
    return {arg for arg in args if isinstance(arg, str) and arg.startswith("job_")}


def queued_job_ids() -> set[str]:
    """The job ids the file-system broker's queue folder still holds messages for."""
    folder = Path(settings.CELERY_BROKER_TRANSPORT_OPTIONS["data_folder_in"])
    found: set[str] = set()
    for path in folder.glob("*.msg"):
        try:
            found |= _job_ids_of(json.loads(path.read_bytes()))
        except (OSError, ValueError):
            continue  # taken meanwhile
    return found


def _redis_queued_job_ids() -> set[str]:
    """The job ids with a message waiting in the Redis broker's queues."""
    import redis

    from radicpro.celery import app

    found: set[str] = set()
    client = redis.Redis.from_url(str(settings.CELERY_BROKER_URL), socket_timeout=10)
    try:
        for queue in list(app.amqp.queues):
            messages: list[bytes] = client.lrange(queue, 0, -1)  # type: ignore[assignment]
            for raw in messages:
                try:
                    found |= _job_ids_of(json.loads(raw))
                except ValueError:
                    continue
    finally:
        client.close()
    return found


def waiting_job_ids() -> set[str] | None:
    """The job ids with a message waiting in the broker; None when the broker cannot say."""
    if uses_file_system_broker():
        return queued_job_ids()
    if str(settings.CELERY_BROKER_URL).startswith(("redis://", "rediss://")):
        return _redis_queued_job_ids()
    return None


def jobs_recover_orphans(*, starting: bool = False, now=None) -> list[str]:
    """Sends again the task of every orphaned job; returns their ids.

    Orphans: processing jobs claimed by a node that restarted or went silent, and queued jobs
    older than QUEUED_STALE with no message waiting in the broker (a worker took the message and
    died before starting the job), sent again at most every RESEND_EVERY seconds. A worker
    starting on the file-system broker (nothing else holds its messages) also sends processing
    jobs with no claim, and queued ones from QUEUED_GRACE on. A second message for a job that
    is running after all is harmless: the task leaves a job another live process runs alone.
    """
    now = now or timezone.now()
    alone = starting and uses_file_system_broker()
    rows = list(Job.objects.filter(status__in=[Job.Status.QUEUED, Job.Status.PROCESSING])
                .values_list("pk", "kind", "status", "created_at")[:1000])
    if not rows:
        return []
    claims, nodes = _claims([row[0] for row in rows])
    waiting = waiting_job_ids()
    resent = cache.get_many([_RESENT_KEY.format(row[0]) for row in rows])
    queued_age = QUEUED_GRACE if alone else QUEUED_STALE
    orphans = []
    for job_id, kind, status, created_at in rows:
        claim = claims.get(job_id)
        if _claim_is_live(claim, nodes, now) or (waiting is not None and job_id in waiting):
            continue
        if status == Job.Status.QUEUED:
            if (waiting is None or _RESENT_KEY.format(job_id) in resent
                    or created_at > now - timedelta(seconds=queued_age)):
                continue
        elif claim is None and not alone:
            continue  # never claimed here (or the cache forgot): the stuck-job sweep decides
        entry = job_kind_or_none(kind)
        if entry is None:
            continue
        job_unclaim(job_id=job_id)
        cache.set(_RESENT_KEY.format(job_id), True, timeout=RESEND_EVERY)
        entry.task.delay(job_id)
        orphans.append(job_id)
    if orphans:
        logger.warning("Sent again %d jobs whose worker died: %s", len(orphans),
                       ", ".join(orphans[:20]))
    return orphans
