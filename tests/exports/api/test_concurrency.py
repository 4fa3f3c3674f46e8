"""Re-delivered export tasks running at the same time store each file once (PostgreSQL)."""

import threading

import pytest
from django.db import connection

from assets.models import Asset
from exports.models import Export
from exports.services import ExportSpec, export_request
from exports.tasks import run_export_job
from radicpro.jobs.models import Job
from tests.exports.api.factories import DesignFactory


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_deliveries_of_one_export_task_store_one_file(user):
    design = DesignFactory(owner=user)
    job = export_request(owner=user, design_id=design.id,
                         specs=[ExportSpec(format="png"), ExportSpec(format="svg")], batch=True)
    barrier = threading.Barrier(2)
    failures = []

    def deliver():
        try:
            barrier.wait(timeout=10)
            outcome = run_export_job.apply(args=(job.id,), throw=False)
            if outcome.failed():
                failures.append(outcome.result)
        finally:
            connection.close()

    workers = [threading.Thread(target=deliver) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)

    assert failures == []
    job.refresh_from_db()
    assert job.status == Job.Status.COMPLETED
    rows = list(Export.objects.filter(job=job))
    assert {row.status for row in rows} == {Export.Status.COMPLETED}
    assert Asset.objects.filter(type="export").count() == 2
    assert sorted(item["exportId"] for item in job.result["exports"]) == sorted(
        row.pk for row in rows)
