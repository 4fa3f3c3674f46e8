"""Listing designs: shape, pagination, filters, sort, validation, constant query count."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.api_contract import assert_error, assert_success, page_position
from tests.campaigns.factories import CampaignFactory
from tests.designs.factories import DesignFactory

pytestmark = pytest.mark.django_db

ITEM_FIELDS = {"id", "title", "format", "thumbnailUrl", "isArchived", "campaignId", "version",
               "createdAt", "updatedAt"}


def _designs(owner, titles, **kwargs):
    """Designs created in the order given and last updated in the reverse order."""
    start = timezone.now() - timedelta(days=len(titles))
    made = []
    for index, title in enumerate(titles):
        moment = start + timedelta(hours=index)
        made.append(DesignFactory(owner=owner, title=title, created_at=moment,
                                  updated_at=start + timedelta(days=1, hours=len(titles) - index),
                                  **kwargs))
    return made


def test_list_shape_and_ownership(api, user, other_user):
    _designs(user, ["Mine"])
    _designs(other_user, ["Theirs"])
    data = assert_success(api.get("/v1/designs"))
    assert set(data) == {"designs", "pagination"}
    assert [d["title"] for d in data["designs"]] == ["Mine"]
    assert set(data["designs"][0]) == ITEM_FIELDS
    assert "designJson" not in data["designs"][0]
    assert page_position(data) == {"page": 1, "limit": 20, "total": 1, "totalPages": 1}


def test_pagination(api, user):
    _designs(user, [f"D{i}" for i in range(5)])
    page = assert_success(api.get("/v1/designs?limit=2&page=3"))
    assert len(page["designs"]) == 1
    assert page_position(page) == {"page": 3, "limit": 2, "total": 5, "totalPages": 3}
    beyond = assert_success(api.get("/v1/designs?limit=2&page=9"))
    assert beyond["designs"] == []


@pytest.mark.parametrize("query, name", [
    ("limit=0", "limit"), ("limit=101", "limit"), ("page=abc", "page"),
    ("sort=color", "sort"), ("order=up", "order"), ("archived=maybe", "archived"),
    ("campaignId=camp_nope", "campaignId"),
])
def test_bad_query_parameters_are_named(api, query, name):
    error = assert_error(api.get(f"/v1/designs?{query}"), 400, "VALIDATION_ERROR")
    assert name in error["details"]


def test_default_sort_is_updated_desc(api, user):
    _designs(user, ["A", "B", "C"])  # updatedAt: A is latest
    data = assert_success(api.get("/v1/designs"))
    assert [d["title"] for d in data["designs"]] == ["A", "B", "C"]


@pytest.mark.parametrize("query, expected", [
    ("sort=createdAt", ["C", "B", "A"]),
    ("sort=createdAt&order=asc", ["A", "B", "C"]),
    ("sort=updatedAt&order=asc", ["C", "B", "A"]),
    ("sort=title&order=asc", ["A", "B", "C"]),
    ("sort=title", ["C", "B", "A"]),
])
def test_sort_and_order(api, user, query, expected):
    _designs(user, ["A", "B", "C"])
    data = assert_success(api.get(f"/v1/designs?{query}"))
    assert [d["title"] for d in data["designs"]] == expected


def test_archived_designs_are_left_out_unless_asked(api, user):
    _designs(user, ["Live"])
    _designs(user, ["Old"], is_archived=True)
    assert [d["title"] for d in assert_success(api.get("/v1/designs"))["designs"]] == ["Live"]
    assert [d["title"] for d in assert_success(api.get("/v1/designs?archived=false"))[
        "designs"]] == ["Live"]
    both = assert_success(api.get("/v1/designs?archived=true&sort=title&order=asc"))
    assert [d["title"] for d in both["designs"]] == ["Live", "Old"]


def test_filter_by_campaign(api, user, other_user):
    campaign = CampaignFactory(owner=user)
    _designs(user, ["In"], campaign=campaign)
    _designs(user, ["Out"])
    data = assert_success(api.get(f"/v1/designs?campaignId={campaign.id}"))
    assert [d["title"] for d in data["designs"]] == ["In"]
    assert data["designs"][0]["campaignId"] == campaign.id
    theirs = CampaignFactory(owner=other_user)
    error = assert_error(api.get(f"/v1/designs?campaignId={theirs.id}"), 400,
                         "VALIDATION_ERROR")
    assert "does not exist" in error["details"]["campaignId"][0]


def test_constant_number_of_queries(api, user, django_assert_num_queries):
    from assets.services import asset_create_from_bytes

    designs = _designs(user, [f"D{i}" for i in range(30)])
    for design in designs[:10]:  # some with thumbnails: the joined asset costs no query
        design.thumbnail = asset_create_from_bytes(owner=user, data=b"\x89PNG fake",
                                                   type="thumbnail", filename="t.png",
                                                   mime_type="image/png")
        design.save()
    campaign = CampaignFactory(owner=user)
    for design in designs[10:15]:
        design.campaign = campaign
        design.save()
    for limit in (1, 10, 30):
        with django_assert_num_queries(2):  # the user, the page (carrying its count)
            data = assert_success(api.get(f"/v1/designs?limit={limit}&sort=title"))
        assert len(data["designs"]) == limit
        with django_assert_num_queries(3):  # + the campaign filter's lookup
            assert_success(api.get(f"/v1/designs?limit={limit}&campaignId={campaign.id}"))
    with_thumbnails = [d for d in data["designs"] if d["thumbnailUrl"]]
    assert len(with_thumbnails) == 10
