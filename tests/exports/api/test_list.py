"""GET /v1/exports: the user's exports, newest first, paged, filtered by design."""

import pytest

from tests.api_contract import assert_error, assert_success, page_position
from tests.exports.api.factories import DesignFactory, ExportFactory

from .helpers import download


def test_lists_only_my_exports_newest_first(api, user, other_user):
    first = ExportFactory(owner=user)
    second = ExportFactory(owner=user)
    ExportFactory(owner=other_user)

    listed = assert_success(api.get("/v1/exports"))

    assert [e["exportId"] for e in listed["exports"]] == [second.id, first.id]
    assert listed["pagination"]["total"] == 2


def test_filters_by_design(api, user):
    design = DesignFactory(owner=user)
    mine = ExportFactory(owner=user, design=design)
    ExportFactory(owner=user)

    listed = assert_success(api.get(f"/v1/exports?designId={design.id}"))

    assert [e["exportId"] for e in listed["exports"]] == [mine.id]
    assert assert_success(api.get("/v1/exports?designId=design_unknown"))["exports"] == []


def test_pages(api, user):
    made = [ExportFactory(owner=user) for _ in range(5)]

    page = assert_success(api.get("/v1/exports?page=2&limit=2"))

    assert [e["exportId"] for e in page["exports"]] == [made[2].id, made[1].id]
    assert page_position(page) == {"page": 2, "limit": 2, "total": 5, "totalPages": 3}
    error = assert_error(api.get("/v1/exports?limit=101"), 400, "VALIDATION_ERROR")
    assert "limit" in error["details"]


def test_every_listed_url_downloads_its_file(api, anon_client, user):
    ExportFactory.create_batch(3, owner=user)

    for item in assert_success(api.get("/v1/exports"))["exports"]:
        assert len(download(anon_client, item["url"])) == item["sizeBytes"]


@pytest.mark.parametrize("limit", [2, 20])
def test_the_query_count_does_not_grow_with_the_page(api, user, limit,
                                                     django_assert_num_queries):
    ExportFactory.create_batch(12, owner=user)

    # the user (authentication), the page with its files joined (carrying its count)
    with django_assert_num_queries(2):
        listed = assert_success(api.get(f"/v1/exports?limit={limit}"))
    assert len(listed["exports"]) == min(limit, 12)
