"""Brand kit CRUD: contract, spec shapes, partial patch, one default per user."""

import pytest

from brands.models import BrandKit
from tests.api_contract import assert_error, assert_success, run_resource_contract
from tests.assets.factories import AssetFactory
from tests.brands.factories import COLORS, FONTS, BrandKitFactory

pytestmark = pytest.mark.django_db

CREATE = {"name": "My Brand",
          "colors": {"primary": "#0066FF", "secondary": "#001133", "accent": "#00FF88",
                     "text": "#FFFFFF"},
          "fonts": {"primary": {"family": "Poppins", "weights": [400, 600, 700]},
                    "secondary": {"family": "Open Sans", "weights": [400, 500]}},
          "isDefault": False}


def test_brand_resource_contract(api, other_api, anon_client, brand):
    run_resource_contract(
        api=api, other_api=other_api, anon_client=anon_client, list_url="/v1/brands",
        detail_url=f"/v1/brands/{brand.id}", not_found_code="BRAND_NOT_FOUND",
        create_payload=CREATE, bad_payload={"name": "", "colors": {"primary": "red"}},
        patch_payload={"name": "Stolen"}, extra_detail_posts=("logo", "fonts"))
    assert BrandKit.objects.get(id=brand.id).name == brand.name


def test_create_answers_the_spec_shape(api, user):
    body = assert_success(api.post("/v1/brands", CREATE, format="json"), 201)
    assert body["id"].startswith("brand_")
    assert body["name"] == "My Brand"
    assert body["colors"] == CREATE["colors"]
    assert body["fonts"] == CREATE["fonts"]
    assert body["isDefault"] is True  # the user's first brand is the default
    assert body["logoUrl"] is None and body["logoAssetId"] is None
    assert body["createdAt"].endswith("Z")


def test_list_answers_the_spec_shape(api, user, other_brand):
    BrandKitFactory(owner=user, is_default=True, colors=COLORS, fonts=FONTS, name="VoltSound")
    body = assert_success(api.get("/v1/brands"))
    assert list(body) == ["brands"]
    [brand] = body["brands"]
    assert brand["name"] == "VoltSound" and brand["colors"] == COLORS and brand["fonts"] == FONTS
    assert set(brand) >= {"id", "name", "colors", "fonts", "logoUrl", "isDefault", "createdAt"}


def test_list_runs_a_constant_number_of_queries(api, user, django_assert_num_queries):
    for index in range(8):
        BrandKitFactory(owner=user, logo=AssetFactory(owner=user, type="logo"),
                        is_default=index == 0)
    with django_assert_num_queries(2):  # user (auth), brands with their logos
        brands = assert_success(api.get("/v1/brands"))["brands"]
    assert len(brands) == 8 and all(b["logoUrl"] for b in brands)


@pytest.mark.parametrize(("payload", "field"), [
    ({"colors": {"primary": "#FFF"}}, "colors"),
    ({"colors": {"primary": "#GG0000"}}, "colors"),
    ({"colors": ["#FF0000"]}, "colors"),
    ({"colors": {"bad role!": "#FF0000"}}, "colors"),
    ({"fonts": {"primary": {"family": "Inter", "weights": [450]}}}, "fonts"),
    ({"fonts": {"primary": {"family": "Inter", "weights": [1000]}}}, "fonts"),
    ({"fonts": {"primary": {"weights": [400]}}}, "fonts"),
    ({"fonts": {"tertiary": {"family": "Inter"}}}, "fonts"),
    ({"name": "x" * 201}, "name"),
    ({}, "name"),
])
def test_bad_input_names_the_field(api, payload, field):
    body = {"name": "Brand", **payload} if field != "name" else payload
    error = assert_error(api.post("/v1/brands", body, format="json"), 400, "VALIDATION_ERROR")
    assert any(key == field or key.startswith(f"{field}.") for key in error["details"]), error
    assert BrandKit.objects.count() == 0


def test_patch_of_one_colour_keeps_the_others(api, brand):
    body = assert_success(api.patch(f"/v1/brands/{brand.id}",
                                    {"name": "Updated Brand Name",
                                     "colors": {"primary": "#ff0066"}}, format="json"))
    assert body["name"] == "Updated Brand Name"
    assert body["updatedAt"]
    assert body["colors"] == {**COLORS, "primary": "#FF0066"}
    assert body["fonts"] == FONTS
    brand.refresh_from_db()
    assert brand.colors == {**COLORS, "primary": "#FF0066"}


def test_patch_adds_and_removes_roles(api, brand):
    body = assert_success(api.patch(f"/v1/brands/{brand.id}",
                                    {"colors": {"background": "#00000080", "sale": "#FF0000",
                                                "accent": None}}, format="json"))
    expected = {k: v for k, v in COLORS.items() if k != "accent"}
    assert body["colors"] == {**expected, "background": "#00000080", "sale": "#FF0000"}
    body = assert_success(api.patch(f"/v1/brands/{brand.id}",
                                    {"fonts": {"secondary": {"family": "Poppins"}}},
                                    format="json"))
    assert body["fonts"] == {"primary": FONTS["primary"],
                             "secondary": {"family": "Poppins", "weights": []}}


def test_patch_with_bad_colour_changes_nothing(api, brand):
    error = assert_error(api.patch(f"/v1/brands/{brand.id}",
                                   {"name": "New", "colors": {"text": "white"}}, format="json"),
                         400, "VALIDATION_ERROR")
    assert "colors.text" in error["details"]
    brand.refresh_from_db()
    assert brand.name != "New" and brand.colors == COLORS


def test_one_default_brand_per_user(api, user, brand, other_brand):
    second = assert_success(api.post("/v1/brands", {**CREATE, "isDefault": True}, format="json"),
                            201)
    assert second["isDefault"] is True
    brand.refresh_from_db()
    assert brand.is_default is False
    other_brand.refresh_from_db()
    assert other_brand.is_default is True  # other users' defaults are their own
    assert_success(api.patch(f"/v1/brands/{brand.id}", {"isDefault": True}, format="json"))
    defaults = [b["id"] for b in assert_success(api.get("/v1/brands"))["brands"]
                if b["isDefault"]]
    assert defaults == [brand.id]


def test_a_second_brand_is_not_default_unless_asked(api, brand):
    body = assert_success(api.post("/v1/brands", CREATE, format="json"), 201)
    assert body["isDefault"] is False
    assert BrandKit.objects.filter(owner=brand.owner, is_default=True).get() == brand


def test_deleting_the_default_promotes_the_newest_other(api, user, brand):
    older = BrandKitFactory(owner=user)
    newer = BrandKitFactory(owner=user)
    assert api.delete(f"/v1/brands/{brand.id}").status_code == 204
    assert_error(api.get(f"/v1/brands/{brand.id}"), 404, "BRAND_NOT_FOUND")
    older.refresh_from_db(), newer.refresh_from_db()
    assert (older.is_default, newer.is_default) == (False, True)


def test_logo_asset_id_must_be_the_users_own_image(api, user, brand, other_user):
    mine = AssetFactory(owner=user, type="product")
    theirs = AssetFactory(owner=other_user, type="logo")
    error = assert_error(api.patch(f"/v1/brands/{brand.id}", {"logoAssetId": theirs.id},
                                   format="json"), 400, "VALIDATION_ERROR")
    assert "logoAssetId" in error["details"]
    body = assert_success(api.patch(f"/v1/brands/{brand.id}", {"logoAssetId": mine.id},
                                    format="json"))
    assert body["logoAssetId"] == mine.id and body["logoUrl"]
    body = assert_success(api.patch(f"/v1/brands/{brand.id}", {"logoAssetId": None},
                                    format="json"))
    assert body["logoAssetId"] is None and body["logoUrl"] is None


def test_deleting_a_brand_keeps_the_designs_that_used_it(api, user, brand,
                                                         django_capture_on_commit_callbacks):
    from designs.models import Design
    from designs.services import design_create

    with django_capture_on_commit_callbacks(execute=False):
        design = design_create(owner=user, title="Sale", format="instagram_post", brand=brand)
    document = design.design_json
    assert document["brand"]["brandKitId"] == brand.id
    assert document["brand"]["colors"] == brand.colors
    assert api.delete(f"/v1/brands/{brand.id}").status_code == 204
    design = Design.objects.get(id=design.id)
    assert design.brand_id is None
    assert design.design_json == document


def test_deleting_the_logo_asset_leaves_the_brand_without_a_logo(api, user, brand):
    logo = AssetFactory(owner=user, type="logo")
    assert_success(api.patch(f"/v1/brands/{brand.id}", {"logoAssetId": logo.id}, format="json"))
    assert api.delete(f"/v1/assets/{logo.id}").status_code == 204
    body = assert_success(api.get(f"/v1/brands/{brand.id}"))
    assert body["logoAssetId"] is None and body["logoUrl"] is None
