"""Billing's periodic work: the monthly plan allowances."""

import logging

from celery import shared_task
from django.contrib.auth import get_user_model

from . import services

logger = logging.getLogger(__name__)


@shared_task(name="radicpro.billing.tasks.grant_monthly_allowances", acks_late=True)
def grant_monthly_allowances() -> int:
    """Beat: grants this month's allowance to every active user who has not had it (once)."""
    period = services.current_period()
    granted = 0
    users = get_user_model().objects.filter(is_active=True).order_by("pk")
    for user in users.iterator(chunk_size=500):
        if services.credits_grant_allowance(user=user, period=period) is not None:
            granted += 1
    logger.info("Granted %d monthly allowances for %s", granted, period)
    return granted
