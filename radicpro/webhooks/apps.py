"""App config for webhooks."""

from django.apps import AppConfig


class WebhooksConfig(AppConfig):
    name = "radicpro.webhooks"
    label = "webhooks"
    verbose_name = "Webhooks"
