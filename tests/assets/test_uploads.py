"""Upload checks with real bad files: each is a clear 4xx and nothing is stored."""

import xml.etree.ElementTree as ET

import pytest

from assets.models import Asset
from tests.api_contract import assert_error, assert_success
from tests.assets.files import (
    BROKEN_SVG,
    NOT_SVG_XML,
    SVG_ENTITY,
    SVG_EXTERNAL_ENTITY,
    SVG_HOSTILE,
    SVG_OK,
    TEXT_AS_PNG,
    huge_header_png,
    png_bytes,
    stored_files,
    truncated_png,
    upload,
)

pytestmark = pytest.mark.django_db


def post_file(client, name, data, type="product"):
    return client.post("/v1/assets", {"file": upload(name, data, "image/png"), "type": type},
                       format="multipart")


def assert_refused(response, status, code, message_part):
    before = stored_files()
    error = assert_error(response, status, code)
    assert message_part in error["message"].lower(), error
    assert "file" in error["details"], error
    assert Asset.objects.count() == 0
    assert stored_files() == before
    return error


@pytest.mark.parametrize(("name", "data", "type", "message"), [
    ("text.png", TEXT_AS_PNG, "product", "not a supported image"),
    ("empty.png", b"", "product", "empty"),
    ("truncated.png", truncated_png(), "product", "truncated or corrupt"),
    ("bomb.png", huge_header_png(), "product", "too large to decode"),
    ("logo.svg", SVG_OK, "product", "logos only"),
    ("entity.svg", SVG_ENTITY, "logo", "dtd"),
    ("xxe.svg", SVG_EXTERNAL_ENTITY, "logo", "dtd"),
    ("page.svg", NOT_SVG_XML, "logo", "not an svg"),
    ("broken.svg", BROKEN_SVG, "logo", "not well-formed"),
])
def test_bad_files_are_refused_and_nothing_is_stored(api, name, data, type, message):
    before = stored_files()
    assert_refused(post_file(api, name, data, type), 400, "VALIDATION_ERROR", message)
    assert stored_files() == before


def test_a_large_mostly_empty_compressed_image_is_refused(api):
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("1", (8000, 8000)).save(out, "PNG")  # 64 Mpx in a few kilobytes
    assert len(out.getvalue()) < 200_000
    assert_refused(post_file(api, "empty.png", out.getvalue()), 400, "VALIDATION_ERROR",
                   "image is too large to decode")


def test_more_pixels_than_the_cap_is_refused(api, settings):
    settings.RADICPRO_MAX_IMAGE_PIXELS = 10_000
    before = stored_files()
    assert_refused(post_file(api, "big.png", png_bytes(200, 200)), 400, "VALIDATION_ERROR",
                   "image is too large to decode")
    assert stored_files() == before
    assert_success(post_file(api, "small.png", png_bytes(100, 100)), 201)


def test_a_file_over_the_size_cap_is_413(api, settings):
    data = png_bytes(64, 64)
    settings.RADICPRO_MAX_UPLOAD_BYTES = len(data) - 1
    before = stored_files()
    error = assert_refused(post_file(api, "big.png", data), 413, "PAYLOAD_TOO_LARGE", "larger")
    assert error["details"]["maxBytes"] == len(data) - 1
    assert stored_files() == before


def test_a_storage_failure_leaves_nothing_behind(api, monkeypatch):
    def broken_save(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("django.core.files.storage.FileSystemStorage._save", broken_save)
    before = stored_files()
    error = assert_error(post_file(api, "a.png", png_bytes()), 500, "STORAGE_ERROR")
    assert error["retryable"] is True
    assert Asset.objects.count() == 0
    assert stored_files() == before


def test_a_database_failure_after_storing_deletes_the_file(user, monkeypatch):
    from assets import services

    def broken_insert(self, *args, **kwargs):
        raise RuntimeError("database went away")

    before = stored_files()
    monkeypatch.setattr(Asset, "save", broken_insert)
    with pytest.raises(RuntimeError):
        services.asset_create_from_upload(owner=user, upload=upload("a.png", png_bytes()),
                                          type="product")
    assert stored_files() == before


def test_svg_logo_is_stored_sanitised(api, user):
    body = assert_success(post_file(api, "logo.svg", SVG_HOSTILE, type="logo"), 201)
    assert body["mimeType"] == "image/svg+xml"
    assert body["filename"] == "logo.svg"
    assert (body["width"], body["height"]) == (200, 100)
    asset = Asset.objects.get(id=body["id"])
    with asset.file.open("rb") as stored:
        svg = stored.read()
    lowered = svg.lower()
    for hostile in (b"<script", b"onload", b"onclick", b"evil.example", b"javascript:",
                    b"foreignobject", b"@import", b"xhtml"):
        assert hostile not in lowered, hostile
    root = ET.fromstring(svg)  # noqa: S314 (our own sanitised output)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert b'fill="url(#g)"' in svg  # internal references survive
    assert b"data:image/png;base64" in svg
    assert b'href="#g"' in svg
    assert asset.size_bytes == len(svg)


def test_svg_size_comes_from_the_view_box(api):
    body = assert_success(post_file(api, "logo.svg", SVG_OK, type="logo"), 201)
    assert (body["width"], body["height"]) == (120, 40)


def test_svg_without_namespace_is_accepted_as_svg(api):
    body = assert_success(post_file(api, "l.svg", b'<svg width="5" height="7"><rect/></svg>',
                                    type="logo"), 201)
    assert (body["mimeType"], body["width"], body["height"]) == ("image/svg+xml", 5, 7)
