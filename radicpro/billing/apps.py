"""App config for billing."""

from django.apps import AppConfig


class BillingConfig(AppConfig):
    name = "radicpro.billing"
    label = "billing"
    verbose_name = "Billing"
