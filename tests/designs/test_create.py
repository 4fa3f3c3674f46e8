"""Creating and duplicating designs: formats, brand kits, campaigns, documents, events."""

import pytest

from designs.models import Design, DesignRevision
from tests.api_contract import assert_error, assert_success
from tests.brands.factories import BrandKitFactory
from tests.campaigns.factories import CampaignFactory
from tests.designs.documents import blocks_v2, poster

pytestmark = pytest.mark.django_db

FULL_FIELDS = {"id", "ownerId", "campaignId", "brandKitId", "title", "format", "thumbnailUrl",
               "designJson", "version", "creativeConcept", "isArchived", "createdAt",
               "updatedAt"}


def test_create_blank_design_of_a_format(api, user):
    response = api.post("/v1/designs", {"title": "My New Design", "format": "instagram_post"},
                        format="json")
    data = assert_success(response, 201)
    assert set(data) == FULL_FIELDS
    assert data["id"].startswith("design_")
    assert data["ownerId"] == user.id
    assert data["title"] == "My New Design"
    assert data["format"] == "instagram_post"
    assert data["version"] == 1
    assert response["ETag"] == '"1"'
    assert data["thumbnailUrl"] is None
    doc = data["designJson"]
    assert doc["schemaVersion"] == "1.4"
    assert doc["id"] == data["id"]
    assert doc["canvas"]["width"] == 1080 and doc["canvas"]["height"] == 1080
    assert doc["canvas"]["background"] == {"type": "color", "color": "#FFFFFF"}
    assert doc["layers"] == []
    assert data["createdAt"].endswith("Z")
    revision = DesignRevision.objects.get(design_id=data["id"])
    assert (revision.version, revision.source) == (1, "create")


def test_format_decides_the_canvas(api):
    data = assert_success(api.post("/v1/designs", {"format": "instagram_story"},
                                   format="json"), 201)
    assert (data["designJson"]["canvas"]["width"], data["designJson"]["canvas"]["height"]) \
        == (1080, 1920)
    assert data["title"] == "Untitled design"


def test_unknown_or_missing_format_is_named(api):
    error = assert_error(api.post("/v1/designs", {"format": "billboard_xxl"}, format="json"),
                         400, "VALIDATION_ERROR")
    assert "format" in error["details"]
    error = assert_error(api.post("/v1/designs", {"title": "x"}, format="json"),
                         400, "VALIDATION_ERROR")
    assert "format" in error["details"]
    assert not Design.objects.exists()


def test_brand_colours_and_fonts_land_in_the_document(api, brand, campaign):
    data = assert_success(api.post("/v1/designs", {
        "title": "Branded", "format": "instagram_post", "brandKitId": brand.id,
        "campaignId": campaign.id}, format="json"), 201)
    assert data["brandKitId"] == brand.id
    assert data["campaignId"] == campaign.id
    block = data["designJson"]["brand"]
    assert block["brandKitId"] == brand.id
    assert block["colors"] == {"primary": "#FFCC00", "secondary": "#050816",
                               "accent": "#FF4D00", "text": "#FFFFFF"}
    assert block["fonts"]["primary"] == {"family": "Inter", "weights": [400, 700, 800]}


def test_brand_background_colour_paints_the_canvas(api, user):
    brand = BrandKitFactory(owner=user, colors={"primary": "#112233", "background": "#0A0B0C"})
    data = assert_success(api.post("/v1/designs", {"format": "facebook_post",
                                                   "brandKitId": brand.id}, format="json"), 201)
    assert data["designJson"]["canvas"]["background"]["color"] == "#0A0B0C"


@pytest.mark.parametrize("field", ["brandKitId", "campaignId"])
def test_another_users_brand_or_campaign_is_refused(api, other_user, field):
    other = (BrandKitFactory if field == "brandKitId" else CampaignFactory)(owner=other_user)
    for reference in (other.id, "brand_nope"):
        error = assert_error(api.post("/v1/designs", {"format": "instagram_post",
                                                      field: reference}, format="json"),
                             400, "VALIDATION_ERROR")
        assert list(error["details"]) == [field]
        assert "does not exist" in error["details"][field][0]
    assert not Design.objects.exists()


def test_create_with_a_document(api):
    data = assert_success(api.post("/v1/designs", {
        "format": "instagram_post", "designJson": poster()}, format="json"), 201)
    doc = data["designJson"]
    assert doc["id"] == data["id"]
    assert doc["layers"][1]["style"]["fontFamily"] == "Inter"  # verbatim, not re-cased


def test_a_2_0_document_is_stored_as_given(api):
    given = blocks_v2()
    data = assert_success(api.post("/v1/designs", {
        "format": "instagram_post", "designJson": given}, format="json"), 201)
    given["id"] = data["id"]
    assert data["designJson"] == given
    assert Design.objects.get(pk=data["id"]).design_json == given


def test_invalid_document_is_refused_with_pointers(api):
    doc = poster()
    doc["layers"][1]["style"]["color"] = "yellow"
    doc["canvas"]["width"] = 9000
    error = assert_error(api.post("/v1/designs", {"format": "instagram_post",
                                                  "designJson": doc}, format="json"),
                         400, "VALIDATION_ERROR")
    assert "designJson/layers/1/style/color" in error["details"]
    assert "designJson/canvas/width" in error["details"]
    assert not Design.objects.exists()


def test_unknown_fields_are_refused(api):
    error = assert_error(api.post("/v1/designs", {"format": "instagram_post", "colour": "red"},
                                  format="json"), 400, "VALIDATION_ERROR")
    assert error["details"] == {"colour": ["Unknown field."]}


def test_design_created_is_emitted(api, user, monkeypatch):
    emitted = []
    monkeypatch.setattr("designs.services.event_emit",
                        lambda **kwargs: emitted.append(kwargs))
    data = assert_success(api.post("/v1/designs", {"format": "instagram_post", "title": "E"},
                                   format="json"), 201)
    assert len(emitted) == 1
    assert emitted[0]["user"] == user
    assert emitted[0]["event"].name == "design.created"
    payload = emitted[0]["event"].payload(**{key: value for key, value in emitted[0].items()
                                             if key not in ("user", "event")})
    assert payload["designId"] == data["id"]
    assert payload["title"] == "E"


def test_duplicate_copies_the_document(api, user, campaign):
    original = assert_success(api.post("/v1/designs", {
        "title": "Diwali Sale Banner", "format": "instagram_post", "designJson": poster(),
        "campaignId": campaign.id}, format="json"), 201)
    api.patch(f"/v1/designs/{original['id']}", {"title": "Diwali Sale Banner"}, format="json")
    copy = assert_success(api.post(f"/v1/designs/{original['id']}/duplicate", {},
                                   format="json"), 201)
    assert copy["id"] != original["id"]
    assert copy["title"] == "Copy of Diwali Sale Banner"
    assert copy["version"] == 1
    assert copy["campaignId"] == campaign.id
    assert copy["designJson"]["id"] == copy["id"]
    assert copy["designJson"]["layers"] == original["designJson"]["layers"]
    named = assert_success(api.post(f"/v1/designs/{original['id']}/duplicate",
                                    {"title": "Variant B"}, format="json"), 201)
    assert named["title"] == "Variant B"
    assert assert_success(api.get("/v1/designs"))["pagination"]["total"] == 3


def test_a_retried_create_with_the_same_idempotency_key_makes_one_design(api):
    body = {"title": "Once", "format": "instagram_post"}
    first = api.post("/v1/designs", body, format="json", HTTP_IDEMPOTENCY_KEY="create-once-1")
    again = api.post("/v1/designs", body, format="json", HTTP_IDEMPOTENCY_KEY="create-once-1")
    assert assert_success(again, 201)["id"] == assert_success(first, 201)["id"]
    assert again["Idempotent-Replayed"] == "true"
    assert again["ETag"] == '"1"'
    assert Design.objects.count() == 1
