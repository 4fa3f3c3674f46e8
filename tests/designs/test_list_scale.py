"""Lists built for scale: cursor (keyset) paging, totals without a full count, no documents."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from designs.selectors import DesignListing, design_list
from designs.serializers import DesignListItemOutput
from radicpro.api.pagination import decode_cursor, encode_cursor
from tests.api_contract import assert_error, assert_success
from tests.designs.factories import DesignFactory
from tests.jobs.factories import JobFactory

pytestmark = pytest.mark.django_db

SORTS = ["sort=updatedAt", "sort=updatedAt&order=asc", "sort=createdAt",
         "sort=createdAt&order=asc", "sort=title", "sort=title&order=asc"]


@pytest.fixture
def designs(user):
    """Eleven designs with ties in every sort key, so the id must break them."""
    moment = timezone.now() - timedelta(days=1)
    made = []
    for index in range(11):
        same = moment + timedelta(minutes=index // 3)  # three at a time share their moment
        made.append(DesignFactory(owner=user, title=f"T{index % 4}", created_at=same,
                                  updated_at=same))
    return made


def _walk(api, url: str) -> tuple[list[str], list[dict]]:
    """Every id of the list, following nextCursor from the first page."""
    ids: list[str] = []
    pages = []
    page = assert_success(api.get(url))
    while True:
        pages.append(page["pagination"])
        ids += [item["id"] for item in page["designs"]]
        cursor = page["pagination"]["nextCursor"]
        if cursor is None:
            return ids, pages
        page = assert_success(api.get(f"{url}&cursor={cursor}"))


@pytest.mark.parametrize("query", SORTS)
def test_following_cursors_lists_every_design_once_in_the_order_of_the_pages(
        api, user, designs, query):
    by_pages = [item["id"] for number in (1, 2, 3) for item in assert_success(
        api.get(f"/v1/designs?{query}&limit=4&page={number}"))["designs"]]
    by_cursor, pages = _walk(api, f"/v1/designs?{query}&limit=4")
    assert by_cursor == by_pages
    assert sorted(by_cursor) == sorted(design.id for design in designs)
    assert [page["page"] for page in pages] == [1, 2, 3]
    assert all(page["total"] == 11 and page["totalIsExact"] for page in pages)


def test_a_cursor_is_stable_when_designs_are_added_before_it(api, user, designs):
    first = assert_success(api.get("/v1/designs?limit=5"))
    DesignFactory(owner=user, title="Newest")  # lands on top: OFFSET paging would shift
    second = assert_success(api.get(
        f"/v1/designs?limit=5&cursor={first['pagination']['nextCursor']}"))
    shown = [item["id"] for item in first["designs"] + second["designs"]]
    assert len(set(shown)) == 10
    assert "Newest" not in [item["title"] for item in second["designs"]]


def test_the_last_page_has_no_cursor(api, user, designs):
    assert assert_success(api.get("/v1/designs?limit=11"))["pagination"]["nextCursor"] is None
    assert assert_success(api.get("/v1/designs?limit=10"))["pagination"]["nextCursor"]


def test_cursor_filters_and_archived_designs(api, user, designs):
    DesignFactory(owner=user, title="Archived", is_archived=True)
    live, _ = _walk(api, "/v1/designs?sort=title&limit=3")
    everything, _ = _walk(api, "/v1/designs?sort=title&limit=3&archived=true")
    assert len(live) == 11 and len(everything) == 12


@pytest.mark.parametrize("cursor", ["garbage", "eyJwIjoxfQ", "e30", "x" * 3000])
def test_a_cursor_that_is_not_one_is_a_400_naming_it(api, user, designs, cursor):
    error = assert_error(api.get(f"/v1/designs?cursor={cursor}"), 400, "VALIDATION_ERROR")
    assert "cursor" in error["details"]


def test_a_cursor_of_another_sort_or_with_a_page_is_a_400(api, user, designs):
    cursor = assert_success(api.get("/v1/designs?limit=2"))["pagination"]["nextCursor"]
    error = assert_error(api.get(f"/v1/designs?sort=title&cursor={cursor}"), 400,
                         "VALIDATION_ERROR")
    assert "cursor" in error["details"]
    assert_error(api.get(f"/v1/designs?page=2&cursor={cursor}"), 400, "VALIDATION_ERROR")


def test_past_the_exact_bound_the_total_is_a_recent_count_said_so(api, user, designs,
                                                                    settings):
    cache.clear()
    settings.RADICPRO_LIST_EXACT_TOTAL_MAX = 5
    first = assert_success(api.get("/v1/designs?limit=4"))["pagination"]
    assert (first["total"], first["totalIsExact"], first["totalPages"]) == (11, False, 3)
    DesignFactory(owner=user)
    again = assert_success(api.get("/v1/designs?limit=4"))["pagination"]
    assert (again["total"], again["totalIsExact"]) == (11, False)  # the cached count
    settings.RADICPRO_LIST_TOTAL_CACHE_SECONDS = 0  # a count past its time is made again
    cache.clear()
    assert assert_success(api.get("/v1/designs?limit=4"))["pagination"]["total"] == 12
    settings.RADICPRO_LIST_EXACT_TOTAL_MAX = 100
    cache.clear()
    exact = assert_success(api.get("/v1/designs?limit=4"))["pagination"]
    assert (exact["total"], exact["totalIsExact"]) == (12, True)


def test_listed_designs_never_load_their_document(user, designs, django_assert_num_queries):
    listed = list(design_list(user=user, include_archived=False, sort="title", order="asc"))
    assert listed and all("design_json" in design.get_deferred_fields() for design in listed)
    with django_assert_num_queries(0):  # everything the list shows was loaded
        DesignListItemOutput(listed, many=True).data  # noqa: B018


def test_every_paged_list_offers_a_cursor(api, user):
    for _ in range(5):
        JobFactory(owner=user)
    ids, cursor = [], ""
    while True:
        page = assert_success(api.get(f"/v1/jobs?limit=2{cursor}"))
        ids += [job["id"] for job in page["jobs"]]
        if page["pagination"]["nextCursor"] is None:
            break
        cursor = f"&cursor={page['pagination']['nextCursor']}"
    listed = [job["id"] for job in assert_success(api.get("/v1/jobs?limit=10"))["jobs"]]
    assert ids == listed and len(ids) == 5


def test_the_schema_documents_the_cursor_and_the_totals():
    from drf_spectacular.generators import SchemaGenerator

    schema = SchemaGenerator().get_schema(request=None, public=True)
    operation = schema["paths"]["/v1/designs"]["get"]
    assert "cursor" in [parameter["name"] for parameter in operation["parameters"]]
    body = operation["responses"]["200"]["content"]["application/json"]["schema"]
    page = schema["components"]["schemas"][body["properties"]["data"]["$ref"].split("/")[-1]]
    fields = page["properties"]["pagination"]["properties"]
    assert {"nextCursor", "totalIsExact"} <= set(fields)
    assert "at most 60 s old" in fields["total"]["description"]


@pytest.mark.parametrize("sort,order", [(s, o) for s in ("createdAt", "updatedAt", "title")
                                        for o in ("asc", "desc")])
def test_the_written_out_list_pages_as_the_queryset_orders(user, designs, campaign, sort, order):
    """GET /v1/designs reads through DesignListing (SQL written out); design_list (the ORM) is
    the reference: the same designs in the same order, from the top and after every cursor."""
    for design in designs[::3]:
        design.is_archived = True
        design.save()
    for design in designs[1::2]:
        design.campaign = campaign
        design.save()
    for options in ({}, {"include_archived": True}, {"campaign": campaign}):
        expected = [design.id for design in design_list(user=user, sort=sort, order=order,
                                                        **options)]
        listing = DesignListing(user=user, sort=sort, order=order, **options)
        rows, _count = listing.rows(after_values=None, start=0, size=50)
        assert [row.id for row in rows] == expected and expected
        for position, row in enumerate(rows):
            cursor = encode_cursor(keys=listing.keys, values=listing.key_values(row), page=1)
            _page, values = decode_cursor(cursor, keys=listing.keys)
            after, _count = listing.rows(after_values=values, start=0, size=50)
            assert [later.id for later in after] == expected[position + 1:]


def test_a_cursor_whose_sort_value_is_not_one_is_a_400(api, user, designs):
    cursor = encode_cursor(keys=[("updated_at", True), ("pk", True)],
                           values=["not a moment", designs[0].id], page=1)
    error = assert_error(api.get(f"/v1/designs?cursor={cursor}"), 400, "VALIDATION_ERROR")
    assert "cursor" in error["details"]
