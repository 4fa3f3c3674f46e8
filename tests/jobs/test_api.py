"""GET /v1/jobs and /v1/jobs/{jobId}: shape, scoping to the owner, filters, paging."""

import pytest

from tests.api_contract import (
    assert_camel_keys,
    assert_error,
    assert_success,
    page_position,
    run_resource_contract,
)

from .factories import JobFactory

pytestmark = pytest.mark.django_db

FIELDS = {"id", "jobId", "kind", "status", "progress", "message", "result", "error",
          "creditsUsed", "attempts", "createdAt", "startedAt", "completedAt", "updatedAt"}


def test_get_a_job(api, user):
    job = JobFactory(owner=user, status="completed", progress=100, credits_used=2,
                     result={"designId": "design_x", "designJson": {"snake_key": 1}})
    data = assert_success(api.get(f"/v1/jobs/{job.id}"))
    assert set(data) == FIELDS
    assert data["id"] == data["jobId"] == job.id
    assert (data["status"], data["progress"], data["creditsUsed"]) == ("completed", 100, 2)
    assert data["result"] == {"designId": "design_x", "designJson": {"snake_key": 1}}
    assert data["createdAt"].endswith("Z")


def test_jobs_honour_the_api_contract(api, other_api, anon_client, user):
    job = JobFactory(owner=user)
    run_resource_contract(api=api, other_api=other_api, anon_client=anon_client,
                          list_url="/v1/jobs", detail_url=f"/v1/jobs/{job.id}",
                          not_found_code="NOT_FOUND", deletable=False)


def test_another_users_job_does_not_exist(api, other_api, anon_client, user):
    job = JobFactory(owner=user)
    assert_error(other_api.get(f"/v1/jobs/{job.id}"), 404, "NOT_FOUND")
    assert_error(anon_client.get(f"/v1/jobs/{job.id}"), 401, "UNAUTHORIZED")
    assert_error(anon_client.get("/v1/jobs"), 401, "UNAUTHORIZED")
    for bogus in ("job_00000000000000000000000000", "nope", "x" * 300):
        assert_error(api.get(f"/v1/jobs/{bogus}"), 404, "NOT_FOUND")
    listed = assert_success(other_api.get("/v1/jobs"))
    assert listed["jobs"] == [] and listed["pagination"]["total"] == 0


def test_list_filters_by_status_and_kind(api, user, other_user):
    JobFactory(owner=user, kind="export", status="completed")
    JobFactory(owner=user, kind="generation", status="failed")
    JobFactory(owner=user, kind="generation", status="queued")
    JobFactory(owner=other_user, kind="generation", status="failed")

    everything = assert_success(api.get("/v1/jobs"))
    assert everything["pagination"]["total"] == 3
    failed = assert_success(api.get("/v1/jobs?status=failed"))["jobs"]
    assert [(j["kind"], j["status"]) for j in failed] == [("generation", "failed")]
    generation = assert_success(api.get("/v1/jobs?kind=generation"))["jobs"]
    assert {j["status"] for j in generation} == {"failed", "queued"}
    assert_error(api.get("/v1/jobs?status=sleeping"), 400, "VALIDATION_ERROR")


@pytest.mark.parametrize("count", [1, 7])
def test_list_pages_in_a_constant_number_of_queries(api, user, count,
                                                    django_assert_num_queries):
    JobFactory.create_batch(count, owner=user)
    with django_assert_num_queries(2):  # the user (JWT), the page (carrying its count)
        data = assert_success(api.get("/v1/jobs?limit=5&page=1"))
    assert len(data["jobs"]) == min(count, 5)
    assert page_position(data) == {"page": 1, "limit": 5, "total": count,
                                  "totalPages": -(-count // 5)}
    assert_camel_keys(data)
