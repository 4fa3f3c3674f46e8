"""A URLconf for run_job tests: the real API plus slow endpoints backed by test tasks.

POST /v1/test/slow/<which> runs a job of kind `test_<which>` (conftest.py registers them)."""

from django.urls import include, path
from rest_framework.views import APIView

import radicpro.urls
from radicpro.accounts.authentication import is_sandbox_request
from radicpro.billing.services import credits_reserve
from radicpro.jobs.respond import run_job
from radicpro.jobs.services import job_create

from . import worker_tasks


class _NeverRuns:
    """A task whose messages go nowhere (no worker is listening)."""

    name = "tests.jobs.never_runs"

    def __init__(self):
        from radicpro.celery import app

        self.app = app

    def delay(self, job_id):
        return None

    def apply(self, args, throw=False):
        return None


class RoutedToTestWorker:
    """The echo task, sent to the queue of the real worker a test started (`QUEUE`)."""

    QUEUE = ""

    def __init__(self, task):
        self.task = task
        self.app = task.app

    def delay(self, job_id):
        from .worker import send

        send(self.task.name, (job_id,), self.QUEUE)


TASKS = {"echo": worker_tasks.echo_job, "fail": worker_tasks.failing_job,
         "crash": worker_tasks.crashing_job, "never": _NeverRuns(),
         "routed-echo": RoutedToTestWorker(worker_tasks.echo_job),
         "routed-fail": RoutedToTestWorker(worker_tasks.failing_job)}


class SlowApi(APIView):
    throttle_category = None

    def post(self, request, which):
        reservation = credits_reserve(user=request.user, amount=int(request.data.get("cost", 0)),
                                      reason="test", sandbox=is_sandbox_request(request))
        job = job_create(owner=request.user, kind=f"test_{which.replace('-', '_')}",
                         input={"which": which}, reservation=reservation)
        return run_job(request, job=job, success_status=201)


urlpatterns = [
    path("v1/test/slow/<str:which>", SlowApi.as_view()),
    path("", include(radicpro.urls)),
]
