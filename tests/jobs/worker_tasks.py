"""Job tasks used by the tests (and loaded into the real worker the worker-killed test starts)."""

import time

from django.db import OperationalError

from radicpro.api.errors import ApiError, ErrorCode
from radicpro.jobs.services import job_progress
from radicpro.jobs.tasks import job_task


@job_task(name="tests.jobs.echo")
def echo_job(job):
    """Completes with a snake_case body (stored camelCase) that echoes the job's input."""
    job_progress(job_id=job.id, progress=50, message="Halfway.")
    return {"job_kind": job.kind, "echo_input": job.input, "design_json": {"keep_me": 1}}


@job_task(name="tests.jobs.fail")
def failing_job(job):
    raise ApiError(ErrorCode.GENERATION_FAILED, "The layout model gave up.",
                   details={"stage": "layout"})


@job_task(name="tests.jobs.crash")
def crashing_job(job):
    raise RuntimeError("a bug")


@job_task(name="tests.jobs.sleep_then_complete")
def sleep_then_complete(job):
    """Sleeps `seconds` (from the input), then completes with the attempt that finished."""
    job_progress(job_id=job.id, progress=10, message="Sleeping.")
    time.sleep(float(job.input.get("seconds", 1)))
    return {"finished_on_attempt": job.attempts}


@job_task(name="tests.jobs.flaky")
def flaky_job(job):
    """The database blinks on the first attempt; the retry succeeds."""
    if job.attempts == 1:
        raise OperationalError("connection reset")
    return {"attempt": job.attempts}


@job_task(name="tests.jobs.always_down")
def always_down_job(job):
    raise ConnectionError("the provider is down")
