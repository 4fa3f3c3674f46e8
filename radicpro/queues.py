"""The Celery queues, one a kind of work, and which task goes to which: the one routing table.

A kind of work has a queue of its own so that a burst of one (200 exports) never waits in
front of another (a webhook delivery). `make run`'s worker consumes every queue; the compose
file runs a worker a group of queues, each scaled on its own (see docs/capacity.md), with the
concurrency of CONCURRENCY (or RADICPRO_<QUEUE>_CONCURRENCY in the environment).
"""

import os

from kombu import Queue

GENERATION = "generation"
SMART_IMAGES = "smart_images"
EXPORTS = "exports"
THUMBNAILS = "thumbnails"
WEBHOOKS = "webhooks"
MAINTENANCE = "maintenance"

QUEUES = (GENERATION, SMART_IMAGES, EXPORTS, THUMBNAILS, WEBHOOKS, MAINTENANCE)

# Task name -> queue. Every task of the project is here (a test holds it to that).
ROUTES = {
    "aiengine.run_generation_job": GENERATION,
    "aiengine.run_tool_job": GENERATION,
    "aiengine.run_smart_image_job": SMART_IMAGES,
    "aiengine.run_adapt_job": GENERATION,
    "exports.run_export_job": EXPORTS,
    "designs.render_thumbnail": THUMBNAILS,
    "radicpro.webhooks.tasks.deliver_webhook": WEBHOOKS,
    "radicpro.webhooks.tasks.resume_stalled_deliveries": MAINTENANCE,
    "radicpro.jobs.tasks.sweep_stuck_jobs": MAINTENANCE,
    "radicpro.jobs.tasks.purge_idempotency_records": MAINTENANCE,
    "radicpro.billing.tasks.grant_monthly_allowances": MAINTENANCE,
    "radicpro.jobs.tasks.sweep_unsettled_reservations": MAINTENANCE,
    "radicpro.jobs.tasks.recover_orphaned_jobs": MAINTENANCE,
    "radicpro.retention.tasks.run_retention": MAINTENANCE,
    # Outgoing messages wait with the webhooks, never behind a burst of renders.
    "radicpro.accounts.tasks.send_password_reset_email": WEBHOOKS,
}

# Worker processes a queue gets by default: CPU-bound kinds a core each, I/O-bound kinds more.
CONCURRENCY = {GENERATION: 2, SMART_IMAGES: 2, EXPORTS: 2, THUMBNAILS: 1, WEBHOOKS: 4,
               MAINTENANCE: 1}


def concurrency(queue: str) -> int:
    """The worker processes for `queue`: RADICPRO_<QUEUE>_CONCURRENCY, or CONCURRENCY's."""
    raw = os.environ.get(f"RADICPRO_{queue.upper()}_CONCURRENCY", "").strip()
    return max(1, int(raw)) if raw else CONCURRENCY[queue]


def celery_queues() -> tuple[Queue, ...]:
    """The queues a worker started without -Q consumes: all of them."""
    return tuple(Queue(name, routing_key=name) for name in QUEUES)


def celery_routes() -> dict[str, dict[str, str]]:
    return {task: {"queue": queue, "routing_key": queue} for task, queue in ROUTES.items()}
