"""Campaigns (spec §8): the contract, shapes, designCount, brand ownership, delete unlinks."""

import pytest

from campaigns.models import Campaign
from designs.models import Design
from tests.api_contract import assert_error, assert_success, page_position, run_resource_contract
from tests.brands.factories import BrandKitFactory
from tests.campaigns.factories import CampaignFactory
from tests.designs.factories import DesignFactory

pytestmark = pytest.mark.django_db

FIELDS = {"id", "name", "description", "brandKitId", "designCount", "createdAt", "updatedAt"}


def test_campaigns_honour_the_api_contract(api, other_api, anon_client, campaign):
    run_resource_contract(
        api=api, other_api=other_api, anon_client=anon_client,
        list_url="/v1/campaigns", detail_url=f"/v1/campaigns/{campaign.id}",
        not_found_code="NOT_FOUND",
        create_payload={"name": "Black Friday 2025"},
        bad_payload={"name": "", "description": 12, "brandKitId": ["x"]},
        patch_payload={"name": "Stolen"},
    )


def test_create_and_get(api, brand):
    created = assert_success(api.post("/v1/campaigns", {
        "name": "Black Friday 2025", "brandKitId": brand.id,
        "description": "All Black Friday promotional materials"}, format="json"), 201)
    assert set(created) == FIELDS
    assert created["id"].startswith("camp_")
    assert created["name"] == "Black Friday 2025"
    assert created["brandKitId"] == brand.id
    assert created["designCount"] == 0
    fetched = assert_success(api.get(f"/v1/campaigns/{created['id']}"))
    assert fetched == created


def test_another_users_brand_is_refused(api, other_user):
    theirs = BrandKitFactory(owner=other_user)
    error = assert_error(api.post("/v1/campaigns", {"name": "X", "brandKitId": theirs.id},
                                  format="json"), 400, "VALIDATION_ERROR")
    assert list(error["details"]) == ["brandKitId"]
    assert not Campaign.objects.exists()


def test_list_with_design_count_in_constant_queries(api, user, other_user,
                                                    django_assert_num_queries):
    first = CampaignFactory(owner=user, name="Diwali 2025")
    DesignFactory.create_batch(3, owner=user, campaign=first)
    DesignFactory(owner=user, campaign=first, is_archived=True)
    DesignFactory(owner=user)
    CampaignFactory(owner=other_user)
    listed = assert_success(api.get("/v1/campaigns"))
    assert [c["name"] for c in listed["campaigns"]] == ["Diwali 2025"]
    assert listed["campaigns"][0]["designCount"] == 4
    assert page_position(listed) == {"page": 1, "limit": 20, "total": 1, "totalPages": 1}

    CampaignFactory.create_batch(12, owner=user)
    for limit in (1, 5, 100):
        with django_assert_num_queries(3):  # the user, the count, the page
            page = assert_success(api.get(f"/v1/campaigns?limit={limit}"))
        assert len(page["campaigns"]) == min(limit, 13)


def test_newest_first(api, user):
    names = [CampaignFactory(owner=user, name=f"C{i}").name for i in range(3)]
    listed = assert_success(api.get("/v1/campaigns"))
    assert [c["name"] for c in listed["campaigns"]] == list(reversed(names))


def test_patch(api, campaign, brand):
    updated = assert_success(api.patch(f"/v1/campaigns/{campaign.id}", {
        "name": "Renamed", "brandKitId": brand.id}, format="json"))
    assert (updated["name"], updated["brandKitId"]) == ("Renamed", brand.id)
    unlinked = assert_success(api.patch(f"/v1/campaigns/{campaign.id}", {"brandKitId": None},
                                        format="json"))
    assert unlinked["brandKitId"] is None
    assert unlinked["name"] == "Renamed"


def test_patch_refuses_nothing_unknown_and_foreign(api, other_user, campaign):
    assert_error(api.patch(f"/v1/campaigns/{campaign.id}", {}, format="json"), 400,
                 "VALIDATION_ERROR")
    error = assert_error(api.patch(f"/v1/campaigns/{campaign.id}", {"owner": "me"},
                                   format="json"), 400, "VALIDATION_ERROR")
    assert "owner" in error["details"]
    theirs = BrandKitFactory(owner=other_user)
    error = assert_error(api.patch(f"/v1/campaigns/{campaign.id}", {"brandKitId": theirs.id},
                                   format="json"), 400, "VALIDATION_ERROR")
    assert "brandKitId" in error["details"]
    campaign.refresh_from_db()
    assert campaign.brand_id is None


def test_delete_keeps_designs_unlinked(api, user, campaign):
    designs = DesignFactory.create_batch(2, owner=user, campaign=campaign)
    response = api.delete(f"/v1/campaigns/{campaign.id}")
    assert response.status_code == 204 and response.content == b""
    assert not Campaign.objects.filter(pk=campaign.id).exists()
    for design in designs:
        assert Design.objects.get(pk=design.id).campaign_id is None
        assert assert_success(api.get(f"/v1/designs/{design.id}"))["campaignId"] is None
    assert_error(api.get(f"/v1/campaigns/{campaign.id}"), 404, "NOT_FOUND")
