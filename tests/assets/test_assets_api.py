"""The asset endpoints: contract, upload, list (filter, pages, queries), get, delete."""

import pytest

from assets.models import Asset
from tests.api_contract import assert_error, assert_success, page_position, run_resource_contract
from tests.assets.factories import AssetFactory
from tests.assets.files import animated_gif_bytes, image_bytes, png_bytes, stored_files, upload

pytestmark = pytest.mark.django_db


def post_file(client, name, data, type="product", content_type="image/png"):
    return client.post("/v1/assets", {"file": upload(name, data, content_type), "type": type},
                       format="multipart")


def test_asset_resource_contract(api, other_api, anon_client, asset):
    run_resource_contract(api=api, other_api=other_api, anon_client=anon_client,
                          list_url="/v1/assets", detail_url=f"/v1/assets/{asset.id}",
                          not_found_code="NOT_FOUND", bad_payload={"type": "bogus"})


def test_upload_png_records_what_it_found(api, user):
    data = png_bytes(40, 30)
    body = assert_success(post_file(api, "headphones.png", data), 201)
    assert body["id"].startswith("asset_")
    assert body["type"] == "product"
    assert body["filename"] == "headphones.png"
    assert body["mimeType"] == "image/png"
    assert body["sizeBytes"] == len(data)
    assert (body["width"], body["height"]) == (40, 30)
    assert body["url"] and body["expiresAt"].endswith("Z")
    asset = Asset.objects.get(id=body["id"])
    assert asset.owner == user
    assert asset.file.name == f"assets/{user.id}/{asset.id}/headphones.png"
    with asset.file.open("rb") as stored:
        assert stored.read() == data


@pytest.mark.parametrize(("fmt", "mime", "extension"), [
    ("JPEG", "image/jpeg", "jpg"), ("WEBP", "image/webp", "webp"), ("GIF", "image/gif", "gif"),
])
def test_format_comes_from_the_content_not_the_name(api, fmt, mime, extension):
    body = assert_success(post_file(api, "photo.png", image_bytes(fmt, 12, 7)), 201)
    assert body["mimeType"] == mime
    assert body["filename"] == f"photo.{extension}"
    assert (body["width"], body["height"]) == (12, 7)


def test_animated_gif_is_accepted_with_its_first_frame_size(api):
    body = assert_success(post_file(api, "anim.gif", animated_gif_bytes()), 201)
    assert (body["mimeType"], body["width"], body["height"]) == ("image/gif", 10, 4)


def test_unsafe_file_names_are_cleaned(api, user):
    body = assert_success(post_file(api, "../../etc/pass wd<>.png", png_bytes()), 201)
    assert body["filename"] == "pass wd.png"
    asset = Asset.objects.get(id=body["id"])
    assert asset.file.name == f"assets/{user.id}/{asset.id}/pass-wd.png"


def test_a_name_in_any_script_is_shown_as_given(api, anon_client, user):
    body = assert_success(post_file(api, "логотип.png", png_bytes()), 201)
    assert body["filename"] == "логотип.png"
    asset = Asset.objects.get(id=body["id"])
    assert asset.file.name == f"assets/{user.id}/{asset.id}/file.png"
    url = body["url"]
    path, _, query = url.partition("?")
    response = anon_client.get(path, QUERY_STRING=query)
    assert response["Content-Disposition"] == (
        "inline; filename*=utf-8''%D0%BB%D0%BE%D0%B3%D0%BE%D1%82%D0%B8%D0%BF.png")


def test_upload_needs_a_file_and_a_known_type(api):
    error = assert_error(api.post("/v1/assets", {"type": "product"}, format="multipart"),
                         400, "VALIDATION_ERROR")
    assert "file" in error["details"]
    error = assert_error(post_file(api, "a.png", png_bytes(), type="export"),
                         400, "VALIDATION_ERROR")
    assert "type" in error["details"]
    assert Asset.objects.count() == 0


def test_list_filters_by_type_and_pages(api, user, other_user):
    for _ in range(3):
        AssetFactory(owner=user, type="product")
    AssetFactory(owner=user, type="reference")
    AssetFactory(owner=other_user, type="product")
    listed = assert_success(api.get("/v1/assets"))
    assert page_position(listed) == {"page": 1, "limit": 20, "total": 4, "totalPages": 1}
    products = assert_success(api.get("/v1/assets?type=product"))["assets"]
    assert len(products) == 3 and {a["type"] for a in products} == {"product"}
    page = assert_success(api.get("/v1/assets?type=product&limit=2&page=2"))
    assert len(page["assets"]) == 1
    assert page_position(page) == {"page": 2, "limit": 2, "total": 3, "totalPages": 2}
    assert set(page["assets"][0]) >= {"id", "type", "filename", "url", "createdAt"}
    error = assert_error(api.get("/v1/assets?type=bogus"), 400, "VALIDATION_ERROR")
    assert "type" in error["details"]


def test_list_runs_a_constant_number_of_queries(api, user, django_assert_num_queries):
    for _ in range(12):
        AssetFactory(owner=user)
    with django_assert_num_queries(2):  # user (auth), the page (carrying its count)
        assert len(assert_success(api.get("/v1/assets?limit=1"))["assets"]) == 1
    with django_assert_num_queries(2):
        assert len(assert_success(api.get("/v1/assets?limit=100"))["assets"]) == 12


def test_newest_first(api, user):
    first, second = AssetFactory(owner=user), AssetFactory(owner=user)
    ids = [a["id"] for a in assert_success(api.get("/v1/assets"))["assets"]]
    assert ids.index(second.id) < ids.index(first.id)


def test_delete_removes_the_row_and_the_file(api, asset, django_capture_on_commit_callbacks):
    name = asset.file.name
    assert name in stored_files()
    with django_capture_on_commit_callbacks(execute=True):
        response = api.delete(f"/v1/assets/{asset.id}")
    assert response.status_code == 204
    assert not Asset.objects.filter(id=asset.id).exists()
    assert name not in stored_files()
    assert_error(api.get(f"/v1/assets/{asset.id}"), 404, "NOT_FOUND")


def test_another_users_asset_cannot_be_deleted(other_api, asset):
    assert_error(other_api.delete(f"/v1/assets/{asset.id}"), 404, "NOT_FOUND")
    assert Asset.objects.filter(id=asset.id).exists()


def test_uploads_are_rate_limited_as_asset_uploads(api, settings):
    settings.RADICPRO_RATE_LIMITS = {**settings.RADICPRO_RATE_LIMITS, "asset_upload": "2/hour"}
    for _ in range(2):
        assert_success(post_file(api, "a.png", png_bytes()), 201)
    error = assert_error(post_file(api, "a.png", png_bytes()), 429, "RATE_LIMITED")
    assert error["retryable"] is True
    assert_success(api.get("/v1/assets"))  # reads are another category


def test_an_upload_retried_with_the_same_idempotency_key_is_stored_once(api):
    data = png_bytes()
    first = assert_success(api.post("/v1/assets", {"file": upload("a.png", data), "type": "product"},
                                    format="multipart", HTTP_IDEMPOTENCY_KEY="upload-1"), 201)
    again = api.post("/v1/assets", {"file": upload("a.png", data), "type": "product"},
                     format="multipart", HTTP_IDEMPOTENCY_KEY="upload-1")
    assert again["Idempotent-Replayed"] == "true"
    assert assert_success(again, 201)["id"] == first["id"]
    assert Asset.objects.count() == 1
