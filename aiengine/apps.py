"""App config for aiengine."""

from django.apps import AppConfig


def warm_up_brief_reader(**_: object) -> None:
    """Load the brief reader's tables and phone metadata once, before a worker takes its first job.

    Connected to Celery's `worker_init` (the parent process, before the pool forks), so web processes never
    pay for it and every worker child starts warm.
    """
    from aiengine.creative.reading import read_brief

    read_brief("Warm-up: Diwali sale in red and gold, 40% off, 14 Feb 2027 at 7 pm, call +91 98450 12345")


class AiengineConfig(AppConfig):
    name = "aiengine"
    label = "aiengine"
    verbose_name = "AI engine"

    def ready(self) -> None:
        from radicpro.backoffice.dashboard import register_dashboard_cards
        from radicpro.jobs.registry import register_job_kind
        from radicpro.jobs.services import job_rerun

        from . import tasks
        from .admin import generation_dashboard_cards, provider_dashboard_cards
        from .serializers import AdaptOutput, GenerateDesignsOutput, SmartImageOutput
        from .services import adapting, generation, smart_images
        from .tools import services as tools
        from .tools.serializers import ToolRunOutput

        register_job_kind(generation.JOB_KIND, task=tasks.run_generation_job,
                          result_serializer=GenerateDesignsOutput, retry=job_rerun)
        register_job_kind(smart_images.JOB_KIND, task=tasks.run_smart_image_job,
                          result_serializer=SmartImageOutput, retry=job_rerun)
        register_job_kind(adapting.JOB_KIND, task=tasks.run_adapt_job, result_serializer=AdaptOutput,
                          retry=job_rerun)
        register_job_kind(tools.JOB_KIND, task=tasks.run_tool_job, result_serializer=ToolRunOutput)
        register_dashboard_cards("generations", generation_dashboard_cards)
        register_dashboard_cards("providers", provider_dashboard_cards)
        from radicpro.retention.registry import register_retention

        from .retention import provider_calls_policy, provider_calls_purge

        register_retention("provider_calls", purge=provider_calls_purge,
                           policy=provider_calls_policy)
        from celery.signals import worker_init

        worker_init.connect(warm_up_brief_reader, weak=False, dispatch_uid="aiengine.warm_up_brief_reader")
