"""App config for aiengine."""

from django.apps import AppConfig


class AiengineConfig(AppConfig):
    name = "aiengine"
    label = "aiengine"
    verbose_name = "AI engine"

    def ready(self) -> None:
        from radicpro.backoffice.dashboard import register_dashboard_cards
        from radicpro.jobs.registry import register_job_kind
        from radicpro.jobs.services import job_rerun

        from . import tasks
        from .admin import generation_dashboard_cards
        from .serializers import GenerateDesignsOutput, SmartImageOutput
        from .services import generation, smart_images
        from .tools import services as tools
        from .tools.serializers import ToolRunOutput

        register_job_kind(generation.JOB_KIND, task=tasks.run_generation_job,
                          result_serializer=GenerateDesignsOutput, retry=job_rerun)
        register_job_kind(smart_images.JOB_KIND, task=tasks.run_smart_image_job,
                          result_serializer=SmartImageOutput, retry=job_rerun)
        register_job_kind(tools.JOB_KIND, task=tasks.run_tool_job, result_serializer=ToolRunOutput)
        register_dashboard_cards("generations", generation_dashboard_cards)
