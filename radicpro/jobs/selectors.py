"""Job reads: the user's jobs (filtered) and one job by id."""

from django.db.models import QuerySet

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
