"""What an app does when one of its jobs fails outside its own task (the sweep, a worker death).

An app registers a handler for its job kind in its AppConfig.ready(); the jobs app calls it
inside the transaction that fails the job, so the app's own rows never stay "in progress".
"""

from collections.abc import Callable

from radicpro.api.errors import ApiError

FailureHandler = Callable[..., None]  # handler(*, job_id: str, error: ApiError)
_ON_FAILED: dict[str, list[FailureHandler]] = {}


def on_job_failed(kind: str, handler: FailureHandler) -> None:
    """Calls `handler(job_id=..., error=...)` whenever a job of `kind` fails."""
    handlers = _ON_FAILED.setdefault(kind, [])
    if handler not in handlers:
        handlers.append(handler)


def job_failed(*, kind: str, job_id: str, error: ApiError) -> None:
    for handler in _ON_FAILED.get(kind, ()):
        handler(job_id=job_id, error=error)
