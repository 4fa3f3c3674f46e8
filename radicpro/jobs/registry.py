"""The job kinds: each app registers its own from AppConfig.ready(); the platform names none.

A kind says which task runs its jobs, which output serializer renders what that task returns
(the stored `result`: the body of the synchronous call and of GET /v1/jobs/{jobId}), how the
back office retries a failed job, what the app does when one fails (even outside its task: the
sweep, a worker that died), and which admin pages relate to a job.
"""

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from rest_framework.serializers import BaseSerializer

KIND_NAME = re.compile(r"^[a-z][a-z0-9_]{0,39}$")  # fits Job.kind (40 characters)

FailureHandler = Callable[..., None]  # on_failed(*, job_id: str, error: ApiError)
RetryMaker = Callable[..., Any]  # retry(*, job: Job) -> Job: the new queued job
AdminLinks = Callable[[Any], Iterable[str]]  # admin_links(job) -> HTML links (admin pages)


class UnknownJobKind(LookupError):
    """A job kind no app registered."""


@dataclass(frozen=True)
class JobKind:
    """What the platform needs to know about one kind of job."""

    name: str
    task: Any  # the Celery task that runs a job by id (radicpro.jobs.tasks.job_task)
    result_serializer: type[BaseSerializer] | None = None
    retry: RetryMaker | None = None
    on_failed: FailureHandler | None = None
    admin_links: AdminLinks | None = None


_KINDS: dict[str, JobKind] = {}


def register_job_kind(kind: str, *, task, result_serializer: type[BaseSerializer] | None = None,
                      retry: RetryMaker | None = None, on_failed: FailureHandler | None = None,
                      admin_links: AdminLinks | None = None) -> JobKind:
    """Registers `kind` (call it from the owning app's AppConfig.ready()).

    `task(job_id)` runs a job. `result_serializer(value, context={"job": job}).data` is the
    job's result, `value` being what the task returned (without one, the task returns the
    result dict itself). `retry(job=failed_job)` makes the new queued job the back office runs
    again (None: not retryable there). `on_failed(job_id=..., error=...)` runs inside the
    transaction that fails a job. `admin_links(job)` lists admin links to related rows.
    Registering the same kind twice with other options is a programming error (ValueError).
    """
    if not KIND_NAME.match(kind):
        raise ValueError(f"A job kind is 1-40 lowercase letters, digits or _, not {kind!r}.")
    entry = JobKind(name=kind, task=task, result_serializer=result_serializer, retry=retry,
                    on_failed=on_failed, admin_links=admin_links)
    known = _KINDS.get(kind)
    if known is not None and known != entry:
        raise ValueError(f"The job kind {kind!r} is already registered with other options.")
    _KINDS[kind] = entry
    return entry


def unregister_job_kind(kind: str) -> None:
    """Forgets `kind` (for tests that register kinds of their own, on teardown)."""
    _KINDS.pop(kind, None)


def job_kind(kind: str) -> JobKind:
    """The registered kind; UnknownJobKind when no app registered it."""
    try:
        return _KINDS[kind]
    except KeyError:
        raise UnknownJobKind(f"No app registered the job kind {kind!r} (known: "
                             f"{', '.join(sorted(_KINDS)) or 'none'}).") from None


def job_kind_or_none(kind: str) -> JobKind | None:
    """The registered kind, or None (a row of a kind this process does not know: no hooks)."""
    return _KINDS.get(kind)


def job_kinds() -> list[str]:
    """Every registered kind's name, in registration order."""
    return list(_KINDS)


def retryable_kinds() -> list[str]:
    """The kinds the back office can retry."""
    return [name for name, entry in _KINDS.items() if entry.retry is not None]


def job_result_body(*, job, value) -> dict:
    """What a job's task returned, as the job stores it (snake_case; the jobs app camelizes).

    The kind's result serializer renders it; a kind without one (or a row of a kind this process
    does not know) stores the dict the task returned.
    """
    entry = _KINDS.get(job.kind)
    if entry is None or entry.result_serializer is None:
        return dict(value or {})
    return entry.result_serializer(value, context={"job": job}).data


def job_failed(*, job, error) -> None:
    """Runs the kind's failure hook for `job` (inside the transaction that fails it)."""
    entry = _KINDS.get(job.kind)
    if entry is not None and entry.on_failed is not None:
        entry.on_failed(job_id=job.pk, error=error)


def job_admin_links(job) -> list[str]:
    """The kind's admin links for `job` (none for a kind that registered none)."""
    entry = _KINDS.get(job.kind)
    if entry is None or entry.admin_links is None:
        return []
    return list(entry.admin_links(job))
