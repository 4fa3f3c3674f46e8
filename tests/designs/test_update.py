"""Changing designs: PATCH, versions and If-Match, apply-patch, revisions and restore, delete."""

import pytest

from designs.models import Design, DesignRevision
from tests.api_contract import assert_error, assert_success
from tests.campaigns.factories import CampaignFactory
from tests.designs.documents import blocks_v2, poster

pytestmark = pytest.mark.django_db


def url(design, suffix: str = "") -> str:
    return f"/v1/designs/{design.id}{suffix}"


def test_get_has_the_full_shape_and_etag(api, design, user):
    response = api.get(url(design))
    data = assert_success(response)
    assert response["ETag"] == '"1"'
    assert data["id"] == design.id and data["ownerId"] == user.id
    assert data["designJson"]["id"] == design.id
    assert data["version"] == 1 and data["isArchived"] is False


def test_patch_title_bumps_the_version(api, design):
    response = api.patch(url(design), {"title": "Updated Title"}, format="json")
    data = assert_success(response)
    assert data["title"] == "Updated Title"
    assert data["version"] == 2
    assert response["ETag"] == '"2"'
    assert data["updatedAt"] >= data["createdAt"]
    assert assert_success(api.get(url(design)))["title"] == "Updated Title"


def test_patch_document_archive_and_campaign(api, design, campaign):
    doc = poster(headline="New headline")
    data = assert_success(api.patch(url(design), {
        "designJson": doc, "isArchived": True, "campaignId": campaign.id}, format="json"))
    assert data["designJson"]["layers"][1]["text"] == "New headline"
    assert data["designJson"]["id"] == design.id
    assert data["isArchived"] is True and data["campaignId"] == campaign.id
    unlinked = assert_success(api.patch(url(design), {"campaignId": None}, format="json"))
    assert unlinked["campaignId"] is None and unlinked["version"] == 3


def test_patch_accepts_a_2_0_document_as_given(api, design):
    data = assert_success(api.patch(url(design), {"designJson": blocks_v2()}, format="json"))
    assert data["designJson"]["schemaVersion"] == "2.0"
    assert data["designJson"]["blocks"] == blocks_v2()["blocks"]


def test_invalid_document_names_the_node_and_changes_nothing(api, design):
    doc = poster()
    doc["layers"][1]["style"]["color"] = "gold"
    doc["layers"][1]["text"] = "x" * 5001
    error = assert_error(api.patch(url(design), {"designJson": doc, "title": "Nope"},
                                   format="json"), 400, "VALIDATION_ERROR")
    assert set(error["details"]) == {"designJson/layers/1/style/color",
                                     "designJson/layers/1/text"}
    assert error["message"].startswith("designJson/layers/1/")
    current = assert_success(api.get(url(design)))
    assert (current["title"], current["version"]) == (design.title, 1)


def test_document_that_is_not_an_object(api, design):
    error = assert_error(api.patch(url(design), {"designJson": [1, 2]}, format="json"),
                         400, "VALIDATION_ERROR")
    assert list(error["details"]) == ["designJson"]


def test_patch_refuses_empty_unknown_and_foreign(api, design, other_user):
    assert_error(api.patch(url(design), {}, format="json"), 400, "VALIDATION_ERROR")
    error = assert_error(api.patch(url(design), {"format": "x_post"}, format="json"),
                         400, "VALIDATION_ERROR")
    assert error["details"] == {"format": ["Unknown field."]}
    theirs = CampaignFactory(owner=other_user)
    error = assert_error(api.patch(url(design), {"campaignId": theirs.id}, format="json"),
                         400, "VALIDATION_ERROR")
    assert list(error["details"]) == ["campaignId"]
    assert Design.objects.get(pk=design.id).version == 1


def test_if_match_current_version_wins(api, design):
    response = api.patch(url(design), {"title": "A"}, format="json", HTTP_IF_MATCH='"1"')
    assert assert_success(response)["version"] == 2


def test_if_match_stale_version_is_412_and_changes_nothing(api, design):
    assert_success(api.patch(url(design), {"title": "First"}, format="json",
                             HTTP_IF_MATCH='"1"'))
    response = api.patch(url(design), {"title": "Second"}, format="json", HTTP_IF_MATCH='"1"')
    error = assert_error(response, 412, "PRECONDITION_FAILED")
    assert error["details"]["currentVersion"] == 2
    assert response["ETag"] == '"2"'
    current = assert_success(api.get(url(design)))
    assert (current["title"], current["version"]) == ("First", 2)
    assert DesignRevision.objects.filter(design_id=design.id).count() == 2


def test_without_if_match_last_write_wins(api, design):
    api.patch(url(design), {"title": "A"}, format="json")
    assert assert_success(api.patch(url(design), {"title": "B"}, format="json"))["title"] == "B"


@pytest.mark.parametrize("header", ['W/"1"', '"one"', '"1", "2"', '"1'])
def test_malformed_if_match_is_400(api, design, header):
    error = assert_error(api.patch(url(design), {"title": "A"}, format="json",
                                   HTTP_IF_MATCH=header), 400, "VALIDATION_ERROR")
    assert "If-Match" in error["details"]
    assert Design.objects.get(pk=design.id).version == 1


def test_if_match_star_matches_any_version(api, design):
    assert_success(api.patch(url(design), {"title": "A"}, format="json", HTTP_IF_MATCH="*"))


def test_apply_patch(api):
    created = assert_success(api.post("/v1/designs", {"format": "instagram_post",
                                                      "designJson": poster()}, format="json"),
                             201)
    design_url = f"/v1/designs/{created['id']}"
    operations = [
        {"op": "update_layer", "layerId": "layer_headline",
         "changes": {"position": {"y": 200}, "style": {"color": "#FFFFFF"}}},
        {"op": "add_layer", "layer": {"id": "layer_cta", "type": "text", "text": "Shop Now",
                                      "position": {"x": 80, "y": 900},
                                      "size": {"width": 400, "height": 100}}},
        {"op": "update_canvas", "changes": {"background": {"type": "color",
                                                            "color": "#000080"}}},
    ]
    response = api.post(f"{design_url}/apply-patch", {"operations": operations}, format="json",
                        HTTP_IF_MATCH='"1"')
    data = assert_success(response)
    assert data["version"] == 2 and response["ETag"] == '"2"'
    doc = data["designJson"]
    headline = doc["layers"][1]
    assert headline["position"] == {"x": 80, "y": 200}
    assert headline["style"]["color"] == "#FFFFFF" and headline["style"]["fontWeight"] == 800
    assert [layer["id"] for layer in doc["layers"]] == ["layer_bg", "layer_headline",
                                                        "layer_cta"]
    assert doc["canvas"]["background"]["color"] == "#000080"
    assert DesignRevision.objects.get(design_id=created["id"], version=2).source == "patch"


def test_apply_patch_failure_changes_nothing(api):
    created = assert_success(api.post("/v1/designs", {"format": "instagram_post",
                                                      "designJson": poster()}, format="json"),
                             201)
    design_url = f"/v1/designs/{created['id']}"
    bad_op = [{"op": "remove_layer", "layerId": "layer_bg"},
              {"op": "remove_layer", "layerId": "layer_missing"}]
    error = assert_error(api.post(f"{design_url}/apply-patch", {"operations": bad_op},
                                  format="json"), 400, "VALIDATION_ERROR")
    assert "operations/1/layerId" in error["details"]

    bad_result = [{"op": "update_layer", "layerId": "layer_headline",
                   "changes": {"style": {"color": "red"}}}]
    error = assert_error(api.post(f"{design_url}/apply-patch", {"operations": bad_result},
                                  format="json"), 400, "VALIDATION_ERROR")
    assert "designJson/layers/1/style/color" in error["details"]

    error = assert_error(api.post(f"{design_url}/apply-patch", {"operations": [{"op": "fly"}]},
                                  format="json"), 400, "VALIDATION_ERROR")
    assert "operations/0/op" in error["details"]
    assert_error(api.post(f"{design_url}/apply-patch", {}, format="json"), 400,
                 "VALIDATION_ERROR")

    stale = api.post(f"{design_url}/apply-patch", {"operations": []}, format="json",
                     HTTP_IF_MATCH='"7"')
    assert assert_error(stale, 412, "PRECONDITION_FAILED")["details"]["currentVersion"] == 1

    current = assert_success(api.get(design_url))
    assert current["version"] == 1
    assert current["designJson"] == created["designJson"]


def test_apply_patch_on_a_2_0_document_patches_its_1_4_form(api):
    created = assert_success(api.post("/v1/designs", {"format": "instagram_post",
                                                      "designJson": blocks_v2()},
                                      format="json"), 201)
    design_url = f"/v1/designs/{created['id']}"
    operations = [{"op": "update_layer", "layerId": "layer_headline",
                   "changes": {"text": "Mega Sale", "style": {"color": "#FFFFFF"}}}]

    stale = api.post(f"{design_url}/apply-patch", {"operations": operations}, format="json",
                     HTTP_IF_MATCH='"2"')
    assert assert_error(stale, 412, "PRECONDITION_FAILED")["details"]["currentVersion"] == 1
    unknown = api.post(f"{design_url}/apply-patch",
                       {"operations": [{"op": "remove_layer", "layerId": "headline_x"}]}, format="json")
    assert "operations/0/layerId" in assert_error(unknown, 400, "VALIDATION_ERROR")["details"]
    assert assert_success(api.get(design_url))["designJson"] == created["designJson"]

    response = api.post(f"{design_url}/apply-patch", {"operations": operations}, format="json",
                        HTTP_IF_MATCH='"1"')
    doc = assert_success(response)["designJson"]
    assert response["ETag"] == '"2"'
    assert doc["schemaVersion"] == "1.4" and doc["id"] == created["id"]
    assert doc["layers"][0]["text"] == "Mega Sale" and doc["layers"][0]["role"] == "headline"
    assert doc["layers"][0]["style"]["color"] == "#FFFFFF"
    assert doc["layers"][0]["style"]["fontWeight"] == 800


def test_revisions_and_restore(api, design):
    api.patch(url(design), {"title": "Second", "designJson": poster(headline="Two")},
              format="json")
    api.patch(url(design), {"title": "Third", "designJson": poster(headline="Three")},
              format="json")
    revisions = assert_success(api.get(url(design, "/revisions")))
    assert [r["version"] for r in revisions["revisions"]] == [3, 2, 1]
    assert [r["source"] for r in revisions["revisions"]] == ["update", "update", "create"]
    assert set(revisions["revisions"][0]) == {"version", "title", "source", "createdAt"}
    assert revisions["pagination"]["total"] == 3
    second = assert_success(api.get(url(design, "/revisions/2")))
    assert (second["version"], second["title"]) == (2, "Second")
    assert second["designJson"]["layers"][1]["text"] == "Two"
    assert_error(api.get(url(design, "/revisions/7")), 404, "NOT_FOUND")
    paged = assert_success(api.get(url(design, "/revisions?limit=1&page=2")))
    assert [r["version"] for r in paged["revisions"]] == [2]

    response = api.post(url(design, "/revisions/2/restore"), {}, format="json",
                        HTTP_IF_MATCH='"3"')
    restored = assert_success(response)
    assert restored["version"] == 4 and response["ETag"] == '"4"'
    assert restored["title"] == "Second"
    assert restored["designJson"]["layers"][1]["text"] == "Two"
    latest = assert_success(api.get(url(design, "/revisions")))["revisions"][0]
    assert (latest["version"], latest["source"]) == (4, "restore")


def test_restore_unknown_revision_or_stale_version(api, design):
    assert_error(api.post(url(design, "/revisions/9/restore"), {}, format="json"), 404,
                 "NOT_FOUND")
    assert_error(api.post(url(design, "/revisions/1/restore"), {}, format="json",
                          HTTP_IF_MATCH='"5"'), 412, "PRECONDITION_FAILED")
    assert Design.objects.get(pk=design.id).version == 1


def test_delete(api, design):
    assert_error(api.delete(url(design), HTTP_IF_MATCH='"4"'), 412, "PRECONDITION_FAILED")
    response = api.delete(url(design))
    assert response.status_code == 204 and response.content == b""
    assert_error(api.get(url(design)), 404, "DESIGN_NOT_FOUND")
    assert not DesignRevision.objects.filter(design_id=design.id).exists()


def test_revision_list_runs_constant_queries(api, design, django_assert_num_queries):
    for index in range(12):
        api.patch(url(design), {"title": f"T{index}"}, format="json")
    for limit in (1, 13):
        with django_assert_num_queries(3):  # the user, the design, the page (and its count)
            data = assert_success(api.get(url(design, f"/revisions?limit={limit}")))
        assert len(data["revisions"]) == limit


def test_over_a_limit_is_a_validation_error(api, design):
    doc = poster()
    layer = doc["layers"][0]
    doc["layers"] = [{**layer, "id": f"layer_{index}"} for index in range(501)]
    error = assert_error(api.patch(url(design), {"designJson": doc}, format="json"),
                         400, "VALIDATION_ERROR")
    assert "designJson/layers" in error["details"]
    assert Design.objects.get(pk=design.id).version == 1
