"""App config for exports."""

from django.apps import AppConfig


class ExportsConfig(AppConfig):
    name = "exports"
    label = "exports"
    verbose_name = "Exports"

    def ready(self) -> None:
        from radicpro.backoffice.dashboard import register_dashboard_cards
        from radicpro.jobs.registry import register_job_kind

        from .admin import export_dashboard_cards, export_job_links
        from .serializers import ExportJobResultOutput
        from .services import JOB_KIND, export_job_failed, export_job_retry
        from .tasks import run_export_job

        register_job_kind(JOB_KIND, task=run_export_job, result_serializer=ExportJobResultOutput,
                          retry=export_job_retry, on_failed=export_job_failed,
                          admin_links=export_job_links)
        register_dashboard_cards("exports", export_dashboard_cards)
        from radicpro.retention.registry import register_retention

        from .retention import export_files_policy, export_files_purge

        register_retention("export_files", purge=export_files_purge, policy=export_files_policy)
