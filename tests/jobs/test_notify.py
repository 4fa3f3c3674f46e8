"""A waiting call wakes when its job's end is announced, not by polling with growing sleeps."""

import threading

import pytest
from django.db import transaction

from radicpro import gunicorn_conf, serve
from radicpro.jobs import notify, running
from radicpro.jobs.models import Job
from tests.jobs.factories import JobFactory

pytestmark = pytest.mark.django_db(transaction=True)

NEVER = 3600.0  # a recheck interval the tests never reach: only the announcement can wake


def _wait_in_thread(job_id: str, bound: float) -> tuple[threading.Thread, dict]:
    outcome: dict = {}

    def run():
        outcome["job"] = running._wait_until_finished(job_id, bound)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, outcome


def test_the_announcement_wakes_the_waiter_which_rereads_the_row(settings):
    settings.RADICPRO_JOB_WAIT_RECHECK_SECONDS = NEVER
    settings.REDIS_URL = ""
    job = JobFactory(status=Job.Status.PROCESSING)
    thread, outcome = _wait_in_thread(job.id, NEVER)
    thread.join(0.2)
    assert thread.is_alive()  # nothing finished yet: still waiting
    Job.objects.filter(pk=job.id).update(status=Job.Status.COMPLETED, result={"ok": True})
    notify.job_finished_announce(job.id)
    thread.join(30)
    assert not thread.is_alive()
    assert outcome["job"].status == Job.Status.COMPLETED
    assert outcome["job"].result == {"ok": True}


def test_finishing_a_job_announces_it_once_committed(settings, monkeypatch):
    settings.REDIS_URL = ""
    announced: list[str] = []
    monkeypatch.setattr("radicpro.jobs.services.job_finished_announce", announced.append)
    from radicpro.jobs import services

    job = JobFactory(status=Job.Status.PROCESSING)
    with transaction.atomic():
        services.job_complete(job_id=job.id, result={"done": 1})
        assert announced == []  # not before the row is visible to the waiter
    assert announced == [job.id]
    failing = JobFactory(status=Job.Status.PROCESSING)
    from radicpro.api.errors import ApiError, ErrorCode

    services.job_fail(job_id=failing.id, error=ApiError(ErrorCode.SERVER_ERROR))
    assert announced == [job.id, failing.id]


def test_without_an_announcement_the_waiter_rereads_at_the_recheck_interval(settings):
    settings.RADICPRO_JOB_WAIT_RECHECK_SECONDS = 0.05
    settings.REDIS_URL = ""
    job = JobFactory(status=Job.Status.QUEUED)
    thread, outcome = _wait_in_thread(job.id, NEVER)
    Job.objects.filter(pk=job.id).update(status=Job.Status.FAILED)
    thread.join(30)
    assert not thread.is_alive()
    assert outcome["job"].status == Job.Status.FAILED


def test_the_waiter_gives_up_at_its_bound_with_the_job_unfinished(settings):
    settings.RADICPRO_JOB_WAIT_RECHECK_SECONDS = NEVER
    settings.REDIS_URL = ""
    job = JobFactory(status=Job.Status.QUEUED)
    assert running._wait_until_finished(job.id, 0.05).status == Job.Status.QUEUED
    assert notify._waiters._events == {}  # the waiter left no trace


def test_an_announcement_for_another_job_does_not_answer_the_waiter(settings):
    settings.RADICPRO_JOB_WAIT_RECHECK_SECONDS = NEVER
    settings.REDIS_URL = ""
    job, other = JobFactory(status=Job.Status.QUEUED), JobFactory(status=Job.Status.QUEUED)
    with notify.job_finished_subscription(job.id) as finished:
        notify.job_finished_announce(other.id)
        assert not finished.is_set()
        notify.job_finished_announce(job.id)
        assert finished.is_set()


def test_the_web_server_runs_threaded_workers_sized_by_settings(monkeypatch):
    assert gunicorn_conf.worker_class == "gthread"
    assert gunicorn_conf.threads >= 2
    assert gunicorn_conf.workers == gunicorn_conf._positive("WEB_CONCURRENCY",
                                                            gunicorn_conf.cores())
    monkeypatch.setenv("WEB_CONCURRENCY", "5")
    assert gunicorn_conf._positive("WEB_CONCURRENCY", 2) == 5
    assert "--workers" not in serve.web_command(port=18900, workers=0)
    command = serve.web_command(port=18900, workers=3)
    assert command[command.index("--workers") + 1] == "3"
    assert "--access-logfile" not in command  # the application writes the one access log


class _FakeRedis:
    """Publish and subscribe on one in-memory channel (what notify.py uses of redis-py)."""

    def __init__(self):
        import queue

        self.messages: queue.Queue = queue.Queue()
        self.published: list[tuple[str, str]] = []

    def publish(self, channel, message):
        self.published.append((channel, message))
        self.messages.put({"type": "message", "data": message.encode()})

    def pubsub(self, ignore_subscribe_messages=True):
        fake = self

        class PubSub:
            def subscribe(self, channel):
                self.channel = channel

            def listen(self):
                while True:
                    yield fake.messages.get()

        return PubSub()


def test_with_redis_the_end_is_published_and_the_listener_wakes_the_waiter(settings,
                                                                             monkeypatch):
    settings.REDIS_URL = "redis://fake"
    settings.RADICPRO_JOB_WAIT_RECHECK_SECONDS = NEVER
    fake = _FakeRedis()
    monkeypatch.setattr(notify, "_redis_client", lambda: fake)
    monkeypatch.setattr(notify, "_listener", None)
    monkeypatch.setattr(notify, "_waiters", notify._Waiters())
    with notify.job_finished_subscription("job_elsewhere") as finished:
        fake.publish(notify.channel(), "job_elsewhere")  # as a worker's process would
        assert finished.wait(30)
    notify.job_finished_announce("job_mine")
    assert fake.published[-1] == (notify.channel(), "job_mine")
