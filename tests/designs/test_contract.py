"""The shared API contract, run for designs."""

import pytest

from tests.api_contract import run_resource_contract

pytestmark = pytest.mark.django_db


def test_designs_honour_the_api_contract(api, other_api, anon_client, design):
    run_resource_contract(
        api=api, other_api=other_api, anon_client=anon_client,
        list_url="/v1/designs", detail_url=f"/v1/designs/{design.id}",
        not_found_code="DESIGN_NOT_FOUND",
        create_payload={"title": "Launch", "format": "instagram_post"},
        bad_payload={"format": "not_a_format", "title": ""},
        patch_payload={"title": "Stolen"},
        extra_detail_posts=("duplicate", "apply-patch", "revisions/1/restore"),
    )


def test_other_users_revisions_are_not_found(other_api, design):
    response = other_api.get(f"/v1/designs/{design.id}/revisions")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "DESIGN_NOT_FOUND"
