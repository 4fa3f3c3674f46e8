"""App config for webhooks."""

from django.apps import AppConfig


class WebhooksConfig(AppConfig):
    name = "radicpro.webhooks"
    label = "webhooks"
    verbose_name = "Webhooks"

    def ready(self) -> None:
        from radicpro.backoffice.dashboard import register_dashboard_cards

        from .dashboard import webhook_dashboard_cards

        register_dashboard_cards("webhooks", webhook_dashboard_cards)
