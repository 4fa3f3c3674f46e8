"""App config for designs."""

from django.apps import AppConfig


class DesignsConfig(AppConfig):
    name = "designs"
    label = "designs"
    verbose_name = "Designs"

    def ready(self) -> None:
        from radicpro.retention.registry import register_retention

        from .retention import revisions_policy, revisions_purge

        register_retention("design_revisions", purge=revisions_purge, policy=revisions_policy)
