"""The dashboard's queue cards: jobs waiting now, the oldest one's age, and depth by queue and kind."""

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from radicpro import queues
from radicpro.backoffice.dashboard import Card, Panel, PanelRow

from .registry import job_kind_or_none
from .selectors import queue_depths


def queue_of(kind: str) -> str:
    """The Celery queue a kind's jobs wait in (radicpro/queues.py routes its task)."""
    entry = job_kind_or_none(kind)
    name = str(getattr(entry.task, "name", "")) if entry is not None else ""
    return queues.ROUTES.get(name, settings.CELERY_TASK_DEFAULT_QUEUE)


def age_text(seconds: float) -> str:
    """`42 s`, `7 min`, `3 h 5 min`, `2 d 4 h`."""
    seconds = int(max(seconds, 0))
    if seconds < 60:
        return f"{seconds} s"
    minutes = seconds // 60
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    days, hours = divmod(hours, 24)
    return f"{days} d {hours} h" if hours else f"{days} d"


def queue_dashboard_cards(*, summary) -> list[Card | Panel]:
    """Now, whatever the window: queued jobs, the oldest one's wait (red past
    RADICPRO_QUEUE_AGE_ALARM_SECONDS) and the depth of each kind's queue."""
    depths = queue_depths()
    now = timezone.now()
    url = reverse("admin:jobs_job_changelist") + "?status__exact=queued"
    oldest = min(depths.items(), key=lambda item: item[1][1], default=None)
    waited = (now - oldest[1][1]).total_seconds() if oldest else None
    return [
        Card(id="queued", value=sum(count for count, _ in depths.values()),
             label="jobs queued now"),
        Card(id="oldest-queued", value=age_text(waited) if waited is not None else "—",
             label=f"oldest queued job ({oldest[0]})" if oldest else "oldest queued job",
             alarming=waited is not None and waited > settings.RADICPRO_QUEUE_AGE_ALARM_SECONDS),
        Panel(id="queue-depth", caption="Queued now, by queue and kind (oldest waiting)",
              rows=[PanelRow(label=f"{queue_of(kind)} queue: {kind} · "
                                   f"{age_text((now - since).total_seconds())}",
                             count=count, url=f"{url}&kind={kind}")
                    for kind, (count, since) in sorted(depths.items(), key=lambda item: queue_of(item[0]))],
              empty="No job is waiting."),
    ]
