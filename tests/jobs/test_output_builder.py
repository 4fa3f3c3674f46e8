"""A job's body is built directly on the wire and says exactly what JobOutput (the schema's
shape) would after re-casing, in every state a job can be in."""

from datetime import UTC, datetime

import pytest

from radicpro.api.casing import camelize
from radicpro.jobs.models import Job
from radicpro.jobs.serializers import JobOutput, job_data
from tests.jobs.factories import JobFactory

pytestmark = pytest.mark.django_db

MOMENT = datetime(2026, 12, 4, 10, 0, 5, 123456, tzinfo=UTC)
# A result is the body the synchronous call answered, stored as it went on the wire.
RESULT = {"designIds": ["design_1"], "variants": [
    {"designJson": {"layer_list": [1]}, "creativeConcept": "bold_split"}],
    "signedUrl": "https://x/y?z=1", "expiresAt": "2026-12-04T11:00:00Z"}


@pytest.fixture
def jobs(user):
    return [
        JobFactory(owner=user),  # queued: no start, no result, no error
        JobFactory(owner=user, kind="export", status=Job.Status.PROCESSING, progress=40,
                   message="Rendering 2 of 5", attempts=2, started_at=MOMENT),
        JobFactory(owner=user, status=Job.Status.COMPLETED, progress=100, credits_used=3,
                   started_at=MOMENT, completed_at=MOMENT,
                   result=RESULT),
        JobFactory(owner=user, kind="smart_image", status=Job.Status.FAILED,
                   message="Ünïcode “failure”", started_at=MOMENT, completed_at=MOMENT,
                   error={"code": "PROVIDER_ERROR", "message": "The provider timed out.",
                          "retryable": True, "details": {"provider_name": "local",
                                                         "retry_after": 5}}),
    ]


def test_a_job_on_the_wire_equals_the_serializer(jobs):
    for job in Job.objects.filter(pk__in=[job.pk for job in jobs]):
        built, serialized = job_data(job), camelize(JobOutput(job).data)
        assert built == serialized
        assert list(built) == list(serialized)  # the same key order on the wire


def test_the_list_and_the_poll_answer_with_it(api, jobs):
    listed = api.get("/v1/jobs?limit=10").json()["data"]["jobs"]
    assert {item["id"] for item in listed} == {job.id for job in jobs}
    failed = next(job for job in jobs if job.status == Job.Status.FAILED)
    polled = api.get(f"/v1/jobs/{failed.id}").json()["data"]
    assert polled["error"]["details"] == {"providerName": "local", "retryAfter": 5}
    assert polled == next(item for item in listed if item["id"] == failed.id)
    completed = next(item for item in listed if item["status"] == "completed")
    assert completed["result"] == RESULT  # verbatim, the document's own keys included
    assert completed["completedAt"] == "2026-12-04T10:00:05Z"
