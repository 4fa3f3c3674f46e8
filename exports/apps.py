"""App config for exports."""

from django.apps import AppConfig


class ExportsConfig(AppConfig):
    name = "exports"
    label = "exports"
    verbose_name = "Exports"

    def ready(self) -> None:
        from radicpro.backoffice.dashboard import register_dashboard_cards
        from radicpro.jobs.hooks import on_job_failed

        from .admin import export_dashboard_cards
        from .services import export_job_failed

        on_job_failed("export", export_job_failed)
        register_dashboard_cards("exports", export_dashboard_cards)
