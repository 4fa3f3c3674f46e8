"""The jobs of a dead worker are sent again; reservations no job will settle are swept."""

import base64
import json
import os
from datetime import timedelta

import pytest
from django.utils import timezone

from radicpro.billing import services as billing
from radicpro.billing.models import CreditReservation
from radicpro.billing.selectors import credit_balance, ledger_sum
from radicpro.jobs import recovery
from radicpro.jobs.models import Job
from radicpro.jobs.services import job_complete, job_create, job_start, reservations_sweep_unsettled

pytestmark = pytest.mark.django_db


class RecordingTask:
    """Stands in for a kind's Celery task: records the job ids sent to it."""

    def __init__(self):
        self.sent: list[str] = []

    def delay(self, job_id: str) -> None:
        self.sent.append(job_id)


@pytest.fixture
def task(job_kinds):
    task = RecordingTask()
    job_kinds("test_recovered", task=task)
    return task


def _running_job(user, *, host: str, boot: str, age: float = 60.0) -> Job:
    job = job_create(owner=user, kind="test_recovered", input={}, credits_reserved=2)
    Job.objects.filter(pk=job.pk).update(created_at=timezone.now() - timedelta(seconds=age))
    job_start(job_id=job.pk)
    real_boot = recovery.BOOT
    recovery.BOOT = boot
    try:
        recovery.job_claim(job_id=job.pk, host=host)
    finally:
        recovery.BOOT = real_boot
    return job


def test_a_job_of_a_worker_that_restarted_is_sent_again_once(user, task):
    job = _running_job(user, host="celery@box", boot="dead-boot")
    recovery.node_beat(host="celery@box")  # the same node name, a new boot: the old one died
    assert recovery.jobs_recover_orphans() == [job.pk]
    assert task.sent == [job.pk]
    assert recovery.jobs_recover_orphans() == []  # sent once, not at every pass
    assert task.sent == [job.pk]


def test_a_job_of_a_live_worker_is_left_alone(user, task):
    _running_job(user, host="celery@box", boot=recovery.BOOT)
    recovery.node_beat(host="celery@box")
    assert recovery.jobs_recover_orphans(starting=True) == []
    assert task.sent == []


def test_a_job_of_a_worker_that_went_silent_is_sent_again(user, task):
    job = _running_job(user, host="celery@other", boot=recovery.BOOT)
    recovery.node_beat(host="celery@other")
    assert recovery.jobs_recover_orphans() == []
    later = timezone.now() + timedelta(seconds=recovery.NODE_STALE_AFTER + 1)
    assert recovery.jobs_recover_orphans(now=later) == [job.pk]


def test_a_finished_job_is_never_sent_again(user, task):
    job = _running_job(user, host="celery@box", boot="dead-boot")
    job_complete(job_id=job.pk, result={})
    recovery.node_beat(host="celery@box")
    assert recovery.jobs_recover_orphans() == []


def test_an_unclaimed_job_is_left_to_the_sweep_when_the_broker_cannot_say(user, task, settings):
    settings.CELERY_BROKER_URL = "amqp://guest@127.0.0.1:5672//"  # no peeking into its queues
    job = job_create(owner=user, kind="test_recovered", input={})
    Job.objects.filter(pk=job.pk).update(created_at=timezone.now() - timedelta(hours=1))
    assert recovery.jobs_recover_orphans(starting=True) == []


def _file_broker(settings, folder) -> None:
    settings.CELERY_BROKER_URL = "filesystem://"
    settings.CELERY_BROKER_TRANSPORT_OPTIONS = {"data_folder_in": str(folder)}


def _message(folder, job_id: str) -> None:
    """A message in the queue folder, as kombu's file transport writes it (base64 body)."""
    body = base64.b64encode(json.dumps([[job_id], {}, {}]).encode()).decode()
    (folder / f"1_{job_id}.celery.msg").write_text(json.dumps(
        {"body": body, "properties": {"body_encoding": "base64"}}))


def test_a_starting_worker_on_the_file_broker_sends_jobs_whose_message_is_gone(
        user, task, settings, tmp_path):
    _file_broker(settings, tmp_path)
    lost = job_create(owner=user, kind="test_recovered", input={})
    started = job_create(owner=user, kind="test_recovered", input={})
    waiting = job_create(owner=user, kind="test_recovered", input={})
    fresh = job_create(owner=user, kind="test_recovered", input={})
    Job.objects.filter(pk__in=[lost.pk, waiting.pk]).update(
        created_at=timezone.now() - timedelta(seconds=15))
    job_start(job_id=started.pk)  # its worker died before claiming it
    _message(tmp_path, waiting.pk)
    assert recovery.queued_job_ids() == {waiting.pk}
    assert recovery.jobs_recover_orphans() == []  # others may hold messages: not yet
    assert sorted(recovery.jobs_recover_orphans(starting=True)) == sorted([lost.pk, started.pk])
    assert fresh.pk not in task.sent  # its message may still be on its way


def test_a_queued_job_whose_message_is_gone_is_sent_again_once_it_is_stale(
        user, task, settings, tmp_path):
    _file_broker(settings, tmp_path)
    lost = job_create(owner=user, kind="test_recovered", input={})
    Job.objects.filter(pk=lost.pk).update(
        created_at=timezone.now() - timedelta(seconds=recovery.QUEUED_STALE + 1))
    assert recovery.jobs_recover_orphans() == [lost.pk]
    assert recovery.jobs_recover_orphans() == []  # not again before RESEND_EVERY
    assert task.sent == [lost.pk]


def test_a_second_message_for_a_job_another_live_process_runs_is_a_duplicate(user, task):
    job = _running_job(user, host="celery@other", boot="other-boot")
    assert not recovery.job_running_elsewhere(job_id=job.pk)  # that node never beat
    real_boot = recovery.BOOT
    recovery.BOOT = "other-boot"
    try:
        recovery.node_beat(host="celery@other")
    finally:
        recovery.BOOT = real_boot
    assert recovery.job_running_elsewhere(job_id=job.pk)


def test_a_claim_of_a_dead_pool_process_of_this_worker_does_not_block_the_redelivery(
        user, task, monkeypatch):
    job = _running_job(user, host="celery@box", boot=recovery.BOOT)
    recovery.node_beat(host="celery@box")
    assert not recovery.job_running_elsewhere(job_id=job.pk)  # claimed by this very process
    claimant = os.getpid()
    monkeypatch.setattr(recovery.os, "getpid", lambda: 2 ** 22 + 7)  # a sibling pool process
    assert recovery.job_running_elsewhere(job_id=job.pk)  # the claimant (this process) lives
    real_kill = recovery.os.kill

    def gone(pid, sig):
        if pid == claimant:
            raise ProcessLookupError
        return real_kill(pid, sig)

    monkeypatch.setattr(recovery.os, "kill", gone)
    assert not recovery.job_running_elsewhere(job_id=job.pk)  # the claimant was killed


def test_reservations_no_job_settles_are_refunded_and_those_of_completed_jobs_settled(user):
    before = credit_balance(user=user)
    orphan = billing.credits_reserve(user=user, amount=3, reason="ai_edit", reference="design_x")
    kept = billing.credits_reserve(user=user, amount=1, reason="ai_edit", reference="design_y")
    assert credit_balance(user=user) == before - 4
    old = timezone.now() + timedelta(days=1)
    assert reservations_sweep_unsettled(now=old) == 2
    orphan.refresh_from_db()
    kept.refresh_from_db()
    assert orphan.status == kept.status == "refunded"
    assert credit_balance(user=user) == before == ledger_sum(user=user)
    assert reservations_sweep_unsettled(now=old) == 0


def test_a_reservation_of_an_unfinished_job_is_left_to_the_job(user, task):
    job = job_create(owner=user, kind="test_recovered", input={}, credits_reserved=2)
    done = job_create(owner=user, kind="test_recovered", input={}, credits_reserved=2)
    Job.objects.filter(pk=done.pk).update(status=Job.Status.COMPLETED)  # settled by nobody
    old = timezone.now() + timedelta(days=1)
    assert reservations_sweep_unsettled(now=old) == 1
    assert CreditReservation.objects.get(pk=job.reservation_id).status == "held"
    assert CreditReservation.objects.get(pk=done.reservation_id).status == "settled"
    assert credit_balance(user=user) == ledger_sum(user=user)


@pytest.mark.postgres
def test_a_queued_job_with_a_message_waiting_in_redis_is_left_alone(user, task, settings):
    import redis

    assert settings.REDIS_URL, "this test needs REDIS_URL"
    settings.CELERY_BROKER_URL = settings.REDIS_URL
    waiting = job_create(owner=user, kind="test_recovered", input={})
    lost = job_create(owner=user, kind="test_recovered", input={})
    Job.objects.filter(pk__in=[waiting.pk, lost.pk]).update(
        created_at=timezone.now() - timedelta(minutes=5))
    body = base64.b64encode(json.dumps([[waiting.pk], {}, {}]).encode()).decode()
    client = redis.Redis.from_url(settings.REDIS_URL)
    queue = settings.CELERY_TASK_DEFAULT_QUEUE  # where a task with no route of its own waits
    client.lpush(queue, json.dumps({"body": body, "properties": {"body_encoding": "base64"}}))
    try:
        assert recovery.waiting_job_ids() == {waiting.pk}
        assert recovery.jobs_recover_orphans() == [lost.pk]
    finally:
        client.delete(queue)
