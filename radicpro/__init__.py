"""Radic Pro: the Django project (settings, urls, the Celery app and the shared API package)."""

from .celery import app as celery_app

__all__ = ["celery_app"]
