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
        from radicpro.retention.registry import register_retention

        from .retention import webhooks_policy, webhooks_purge

        register_retention("webhooks", purge=webhooks_purge, policy=webhooks_policy)
