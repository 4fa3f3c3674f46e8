"""Celery tasks of the designs app (thin: they call a service)."""

from celery import shared_task
from django.db import OperationalError


@shared_task(name="designs.render_thumbnail", acks_late=True, ignore_result=True,
             autoretry_for=(OperationalError,), retry_backoff=True, max_retries=3,
             soft_time_limit=60, time_limit=90)
def design_render_thumbnail(design_id: str, version: int) -> None:
    """Draws the thumbnail of ``version`` of a design (idempotent; skips stale versions)."""
    # Imported here: the web process enqueues this task but never loads the renderer.
    from .thumbnails import design_thumbnail_render

    design_thumbnail_render(design_id=design_id, version=version)
