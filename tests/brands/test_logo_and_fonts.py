"""Brand logos (PNG, sanitised SVG) and brand fonts (validated, rendered by the font library)."""

from urllib.parse import urlsplit

import pytest

from assets.models import Asset
from brands.models import BrandFont
from brands.selectors import brand_document_block, brand_font_library
from tests.api_contract import assert_error, assert_success
from tests.assets.files import (
    SVG_HOSTILE,
    TEXT_AS_PNG,
    png_bytes,
    stored_files,
    truncated_png,
    upload,
)
from tests.brands.factories import BrandKitFactory

pytestmark = pytest.mark.django_db


def post_logo(client, brand, name, data):
    return client.post(f"/v1/brands/{brand.id}/logo", {"file": upload(name, data)},
                       format="multipart")


def post_font(client, brand, name, data, **fields):
    return client.post(f"/v1/brands/{brand.id}/fonts", {"file": upload(name, data), **fields},
                       format="multipart")


def download(client, url):
    parts = urlsplit(url)
    response = client.get(parts.path, QUERY_STRING=parts.query)
    return response, b"".join(response.streaming_content) if response.status_code == 200 else b""


def test_png_logo_upload(api, anon_client, brand):
    data = png_bytes(64, 32)
    body = assert_success(post_logo(api, brand, "logo.png", data))
    assert set(body) == {"logoAssetId", "logoUrl", "expiresAt"}
    logo = Asset.objects.get(id=body["logoAssetId"])
    assert (logo.type, logo.owner_id, logo.width, logo.height) == ("logo", brand.owner_id, 64, 32)
    brand.refresh_from_db()
    assert brand.logo_id == logo.id
    response, content = download(anon_client, body["logoUrl"])
    assert response["Content-Type"] == "image/png" and content == data
    shown = assert_success(api.get(f"/v1/brands/{brand.id}"))
    assert shown["logoAssetId"] == logo.id and shown["logoUrl"]


def test_svg_logo_is_sanitised(api, anon_client, brand):
    body = assert_success(post_logo(api, brand, "logo.svg", SVG_HOSTILE))
    response, content = download(anon_client, body["logoUrl"])
    assert response["Content-Type"] == "image/svg+xml"
    assert b"<script" not in content and b"onload" not in content
    assert b"evil.example" not in content


@pytest.mark.parametrize(("name", "data"), [("logo.png", TEXT_AS_PNG),
                                            ("logo.png", truncated_png())])
def test_bad_logo_is_refused_and_the_old_one_kept(api, brand, name, data):
    before = stored_files()
    error = assert_error(post_logo(api, brand, name, data), 400, "VALIDATION_ERROR")
    assert "file" in error["details"]
    assert Asset.objects.count() == 0 and stored_files() == before
    brand.refresh_from_db()
    assert brand.logo_id is None


def test_logo_needs_a_file(api, brand):
    error = assert_error(api.post(f"/v1/brands/{brand.id}/logo", {}, format="multipart"),
                         400, "VALIDATION_ERROR")
    assert "file" in error["details"]


def test_font_upload_registers_the_family(api, brand, ttf_bytes):
    body = assert_success(post_font(api, brand, "Poppins-Bold.ttf", ttf_bytes), 201)
    assert body["id"].startswith("font_")
    assert (body["family"], body["weight"], body["style"]) == ("Poppins", 700, "normal")
    assert body["filename"] == "Poppins-Bold.ttf" and body["url"]
    font_asset = Asset.objects.get(id=body["assetId"])
    assert (font_asset.type, font_asset.mime_type) == ("font", "font/ttf")
    listed = assert_success(api.get(f"/v1/brands/{brand.id}/fonts"))
    assert [f["id"] for f in listed["brandFonts"]] == [body["id"]]


def test_a_renamed_font_renders_for_the_brand(api, brand, ttf_bytes):
    from rendering import default_font_library

    assert_success(post_font(api, brand, "f.ttf", ttf_bytes, family="Volt Sans"), 201)
    library = brand_font_library(brand=brand)
    resolved = library.resolve("Volt Sans", 700)
    assert not resolved.fallback
    assert resolved.face.info.family == "Volt Sans"
    assert not default_font_library().has_family("Volt Sans")  # the shared library is untouched
    assert brand_font_library(brand=brand) is library  # cached per brand and fonts version


def test_a_brand_without_fonts_uses_the_shipped_library(brand):
    from rendering import default_font_library

    assert brand_font_library(brand=brand) is default_font_library()


@pytest.mark.parametrize("data", [b"definitely not a font", b"\x00\x01\x00\x00" + b"\x00" * 200,
                                  png_bytes()])
def test_junk_font_is_refused_and_nothing_stored(api, brand, data):
    before = stored_files()
    error = assert_error(post_font(api, brand, "font.ttf", data), 400, "VALIDATION_ERROR")
    assert "file" in error["details"]
    assert not BrandFont.objects.exists() and Asset.objects.count() == 0
    assert stored_files() == before


def test_font_over_the_size_cap_is_413(api, brand, ttf_bytes, settings):
    settings.RADICPRO_MAX_UPLOAD_BYTES = 1000
    assert_error(post_font(api, brand, "font.ttf", ttf_bytes), 413, "PAYLOAD_TOO_LARGE")


def test_font_delete(api, brand, ttf_bytes, django_capture_on_commit_callbacks):
    body = assert_success(post_font(api, brand, "f.ttf", ttf_bytes), 201)
    name = Asset.objects.get(id=body["assetId"]).file.name
    with django_capture_on_commit_callbacks(execute=True):
        assert api.delete(f"/v1/brands/{brand.id}/fonts/{body['id']}").status_code == 204
    assert not BrandFont.objects.exists() and not Asset.objects.filter(id=body["assetId"]).exists()
    assert name not in stored_files()
    assert_error(api.delete(f"/v1/brands/{brand.id}/fonts/{body['id']}"), 404, "NOT_FOUND")


def test_another_users_brand_fonts_are_invisible(api, other_api, brand, ttf_bytes):
    body = assert_success(post_font(api, brand, "f.ttf", ttf_bytes), 201)
    assert_error(other_api.get(f"/v1/brands/{brand.id}/fonts"), 404, "BRAND_NOT_FOUND")
    assert_error(other_api.delete(f"/v1/brands/{brand.id}/fonts/{body['id']}"), 404,
                 "BRAND_NOT_FOUND")
    assert BrandFont.objects.count() == 1


def test_deleting_a_brand_deletes_its_font_files(api, brand, ttf_bytes,
                                                django_capture_on_commit_callbacks):
    body = assert_success(post_font(api, brand, "f.ttf", ttf_bytes), 201)
    name = Asset.objects.get(id=body["assetId"]).file.name
    with django_capture_on_commit_callbacks(execute=True):
        assert api.delete(f"/v1/brands/{brand.id}").status_code == 204
    assert not Asset.objects.filter(id=body["assetId"]).exists()
    assert name not in stored_files()


def test_brand_document_block(user):
    brand = BrandKitFactory(owner=user)
    assert brand_document_block(brand=brand) == {
        "brandKitId": brand.id, "colors": brand.colors, "fonts": brand.fonts}
    from tests.assets.factories import AssetFactory

    brand.logo = AssetFactory(owner=user, type="logo")
    block = brand_document_block(brand=brand)
    assert block["logoAssetId"] == brand.logo.id
    block["colors"]["primary"] = "#000000"
    assert brand.colors["primary"] != "#000000"  # a copy, not the kit's own dict


def test_a_document_in_the_brand_font_renders_without_fallback(api, brand, ttf_bytes):
    from rendering import render

    document = {"schemaVersion": "1.4", "canvas": {"width": 200, "height": 80}, "layers": [
        {"id": "t", "type": "text", "text": "Volt", "position": {"x": 0, "y": 0},
         "size": {"width": 200, "height": 80},
         "style": {"fontFamily": "Volt Sans", "fontWeight": 700, "fontSize": 40,
                   "color": "#000000"}}]}
    before = render(document, fonts=brand_font_library(brand=brand))
    assert any("Volt Sans" in warning for warning in before.warnings)
    assert_success(post_font(api, brand, "f.ttf", ttf_bytes, family="Volt Sans"), 201)
    after = render(document, fonts=brand_font_library(brand=brand))
    assert not any("Volt Sans" in warning for warning in after.warnings), after.warnings
