"""Retention: each kind purges only what its setting no longer keeps; runs are logged and
shown in the admin; the scheduler runs them."""

from datetime import timedelta

import pytest
from django.conf import settings as django_settings
from django.urls import reverse
from django.utils import timezone

from aiengine.models import ProviderCall
from assets.models import Asset
from assets.services import asset_create_from_bytes
from designs.models import DesignRevision
from designs.services import design_create, design_update
from exports.models import Export
from radicpro.jobs.models import Job
from radicpro.jobs.services import job_complete, job_create, job_start
from radicpro.retention.models import RetentionRun
from radicpro.retention.registry import register_retention, unregister_retention
from radicpro.retention.services import retention_run
from radicpro.retention.tasks import run_retention
from radicpro.webhooks.models import WebhookDelivery, WebhookEndpoint, WebhookEvent
from tests.admin.conftest import document
from tests.assets.files import png_bytes
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def aged(model, obj, days: float) -> None:
    model.objects.filter(pk=obj.pk).update(created_at=timezone.now() - timedelta(days=days))


def test_finished_jobs_older_than_the_setting_go(settings):
    settings.RADICPRO_RETAIN_JOBS_DAYS = 30
    owner = UserFactory()
    old_done, recent_done, old_queued = (job_create(owner=owner, kind="export", input={})
                                         for _ in range(3))
    for job in (old_done, recent_done):
        job_start(job_id=job.id)
        job_complete(job_id=job.id, result={})
    aged(Job, old_done, 31)
    aged(Job, old_queued, 40)
    aged(Job, recent_done, 29)
    [run] = retention_run(kinds=["jobs"])
    assert run.deleted == 1 and not run.error
    assert run.policy == "Finished jobs older than 30 days are deleted"
    assert set(Job.objects.values_list("pk", flat=True)) == {recent_done.pk, old_queued.pk}


def test_a_zero_setting_keeps_everything(settings):
    settings.RADICPRO_RETAIN_JOBS_DAYS = 0
    job = job_create(owner=UserFactory(), kind="export", input={})
    job_start(job_id=job.id)
    job_complete(job_id=job.id, result={})
    aged(Job, job, 3650)
    [run] = retention_run(kinds=["jobs"])
    assert (run.deleted, run.policy) == (0, "Finished jobs are kept forever")
    assert Job.objects.filter(pk=job.pk).exists()


def test_old_export_files_go_and_the_export_record_stays(settings,
                                                         django_capture_on_commit_callbacks):
    settings.RADICPRO_RETAIN_EXPORT_FILES_DAYS = 7
    owner = UserFactory()
    design = design_create(owner=owner, title="Sale", format="instagram_post",
                           design_json=document())
    exports = []
    for _ in range(2):
        asset = asset_create_from_bytes(owner=owner, data=png_bytes(8, 8, (1, 2, 3)),
                                        type="export", filename="sale.png", mime_type="image/png")
        exports.append(Export.objects.create(owner=owner, design=design, design_version=1,
                                             format="png", status="completed", asset=asset))
    old, recent = exports
    aged(Export, old, 8)
    storage, name = old.asset.file.storage, old.asset.file.name
    assert storage.exists(name)
    with django_capture_on_commit_callbacks(execute=True):
        [run] = retention_run(kinds=["export_files"])
    assert run.deleted == 1
    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.asset_id is None and old.status == "completed"
    assert not storage.exists(name)
    assert recent.asset_id is not None and Asset.objects.filter(pk=recent.asset_id).exists()


def test_each_design_keeps_its_newest_revisions(settings):
    settings.RADICPRO_RETAIN_DESIGN_REVISIONS = 3
    owner = UserFactory()
    busy = design_create(owner=owner, title="v1", format="instagram_post", design_json=document())
    quiet = design_create(owner=owner, title="q", format="instagram_post", design_json=document())
    for n in range(2, 7):
        busy = design_update(design=busy, changes={"title": f"v{n}"}, expected_version=None)
    assert DesignRevision.objects.filter(design=busy).count() == 6
    [run] = retention_run(kinds=["design_revisions"])
    assert run.deleted == 3
    assert list(DesignRevision.objects.filter(design=busy).values_list("version", flat=True)) \
        == [6, 5, 4]
    assert DesignRevision.objects.filter(design=quiet).count() == 1
    busy.refresh_from_db()
    assert busy.title == "v6"


def test_old_webhook_deliveries_and_events_go_but_pending_ones_stay(settings):
    settings.RADICPRO_RETAIN_WEBHOOK_DAYS = 14
    owner = UserFactory()
    endpoint = WebhookEndpoint.objects.create(owner=owner, url="https://h.example/x", secret="s")

    def event_with(status: str, days: float) -> WebhookEvent:
        event = WebhookEvent.objects.create(owner=owner, type="design.created", payload={},
                                            body="{}")
        delivery = WebhookDelivery.objects.create(event=event, endpoint=endpoint, status=status)
        aged(WebhookEvent, event, days)
        aged(WebhookDelivery, delivery, days)
        return event

    old_done = event_with("succeeded", 20)
    old_failed = event_with("failed", 15)
    old_pending = event_with("pending", 20)
    recent = event_with("failed", 3)
    [run] = retention_run(kinds=["webhooks"])
    assert run.deleted == 4  # two deliveries and their two events
    assert set(WebhookEvent.objects.values_list("pk", flat=True)) == {old_pending.pk, recent.pk}
    assert not WebhookEvent.objects.filter(pk__in=[old_done.pk, old_failed.pk]).exists()
    assert WebhookDelivery.objects.count() == 2


def test_old_provider_call_records_go(settings):
    settings.RADICPRO_RETAIN_PROVIDER_CALLS_DAYS = 100
    old = ProviderCall.objects.create(capability="image", provider="local", outcome="ok")
    new = ProviderCall.objects.create(capability="image", provider="local", outcome="ok")
    aged(ProviderCall, old, 101)
    [run] = retention_run(kinds=["provider_calls"])
    assert run.deleted >= 1
    assert not ProviderCall.objects.filter(pk=old.pk).exists()
    assert ProviderCall.objects.filter(pk=new.pk).exists()


def test_a_failing_kind_is_logged_and_the_others_still_run():
    def broken(*, now):
        raise RuntimeError("storage unreachable")

    register_retention("broken_kind", purge=broken, policy=lambda: "Broken things go")
    try:
        runs = {run.kind: run for run in retention_run()}
    finally:
        unregister_retention("broken_kind")
    assert runs["broken_kind"].error == "RuntimeError: storage unreachable"
    assert {"jobs", "export_files", "design_revisions", "webhooks", "provider_calls"} \
        <= set(runs)
    assert all(not run.error for kind, run in runs.items() if kind != "broken_kind")


def test_the_scheduler_runs_retention():
    entry = django_settings.CELERY_BEAT_SCHEDULE["retention"]
    assert entry["task"] == run_retention.name == "radicpro.retention.tasks.run_retention"
    assert 0 < entry["schedule"] <= 86400
    result = run_retention.delay().get()
    assert set(result) >= {"jobs", "export_files", "design_revisions", "webhooks"}
    assert RetentionRun.objects.count() == len(result)


def test_runs_and_policies_are_visible_in_the_admin(staff_client, settings):
    settings.RADICPRO_RETAIN_WEBHOOK_DAYS = 21
    retention_run()
    page = staff_client.get(reverse("admin:retention_retentionrun_changelist")).content.decode()
    assert "webhooks: Webhook events and deliveries older than 21 days are deleted" in page
    assert "Each design keeps its newest" in page
    assert page.count('class="field-kind"') >= 5
