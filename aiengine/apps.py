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
        from celery.signals import worker_init

        worker_init.connect(warm_up_brief_reader, weak=False, dispatch_uid="aiengine.warm_up_brief_reader")
