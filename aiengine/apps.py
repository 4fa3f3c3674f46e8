"""App config for aiengine."""

from django.apps import AppConfig


class AiengineConfig(AppConfig):
    name = "aiengine"
    label = "aiengine"
    verbose_name = "AI engine"

    def ready(self) -> None:
        from radicpro.backoffice.dashboard import register_dashboard_cards

        from .admin import generation_dashboard_cards

        register_dashboard_cards("generations", generation_dashboard_cards)
