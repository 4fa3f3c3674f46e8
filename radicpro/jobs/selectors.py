"""Job reads: the user's jobs (filtered) and one job by id."""

from datetime import datetime

from django.db.models import Count, Min, QuerySet

from radicpro.api.errors import ApiError, ErrorCode

from .models import Job


def jobs_of(*, user, status: str | None = None, kind: str | None = None) -> QuerySet[Job]:
    """The user's jobs, newest first, optionally filtered by status and kind."""
    queryset = Job.objects.filter(owner=user)
    if status:
        queryset = queryset.filter(status=status)
    if kind:
        queryset = queryset.filter(kind=kind)
    return queryset.order_by("-created_at", "-id")


def job_get_for_user(*, user, job_id: str) -> Job:
    """The user's job; anyone else's (or an unknown id) is NOT_FOUND."""
    job = Job.objects.filter(owner=user, pk=job_id).first()
    if job is None:
        raise ApiError(ErrorCode.NOT_FOUND, "Job does not exist.")
    return job


def queue_depths() -> dict[str, tuple[int, datetime]]:
    """Jobs waiting for a worker now, by kind (most first): how many and since when the oldest
    waits. The queues' depth as the database sees it, whichever broker carries the messages."""
    rows = (Job.objects.filter(status=Job.Status.QUEUED).values("kind")
            .annotate(n=Count("id"), oldest=Min("created_at")).order_by("-n", "kind"))
    return {row["kind"]: (row["n"], row["oldest"]) for row in rows}
