"""Plan names and what each gives (the figures live in settings.RADICPRO_PLANS)."""

from django.conf import settings
from django.db import models


class Plan(models.TextChoices):
    FREE = "free", "Free"
    STARTER = "starter", "Starter"
    PRO = "pro", "Pro"
    BUSINESS = "business", "Business"
    ENTERPRISE = "enterprise", "Enterprise"


def plan_limits(plan: str) -> dict:
    """{"requests_per_hour", "requests_per_day", "monthly_credits"} for a plan."""
    return settings.RADICPRO_PLANS[plan]
