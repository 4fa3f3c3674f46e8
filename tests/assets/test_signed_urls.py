"""Signed file URLs: the right bytes while valid, 403 when tampered or expired, S3 presigning."""

import time
from unittest import mock
from urllib.parse import parse_qs, urlsplit

import pytest

from assets.selectors import asset_signed_url, asset_source_for
from assets.services import asset_create_from_bytes
from tests.api_contract import assert_error, assert_success
from tests.assets.factories import PNG
from tests.assets.files import SVG_OK, upload

pytestmark = pytest.mark.django_db


def split(url):
    parts = urlsplit(url)
    return parts.path, {key: values[0] for key, values in parse_qs(parts.query).items()}


def test_the_signed_url_downloads_the_exact_bytes_without_credentials(api, anon_client):
    body = assert_success(api.post("/v1/assets", {"file": upload("p.png", PNG), "type": "product"},
                                   format="multipart"), 201)
    path, query = split(body["url"])
    assert path == f"/v1/files/{body['id']}"
    response = anon_client.get(path, query, HTTP_ACCEPT="image/avif,image/webp,*/*")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == PNG
    assert anon_client.get(path, query, HTTP_ACCEPT="image/png").status_code == 200


def test_an_svg_is_served_as_svg_in_a_sandbox(api, anon_client):
    body = assert_success(api.post("/v1/assets", {"file": upload("l.svg", SVG_OK), "type": "logo"},
                                   format="multipart"), 201)
    response = anon_client.get(*split(body["url"]))
    assert response["Content-Type"] == "image/svg+xml"
    assert "sandbox" in response["Content-Security-Policy"]


@pytest.mark.parametrize("tamper", ["signature", "expires", "other_asset", "missing"])
def test_a_tampered_url_answers_like_an_unknown_file(anon_client, asset, other_asset, tamper):
    path, query = split(asset_signed_url(asset=asset)[0])
    if tamper == "signature":
        query["signature"] = query["signature"][:-1] + ("0" if query["signature"][-1] != "0"
                                                        else "1")
    elif tamper == "expires":
        query["expires"] = str(int(query["expires"]) + 3600)
    elif tamper == "other_asset":
        path = f"/v1/files/{other_asset.id}"
    else:
        query = {}
    # The same 404 as for an id that does not exist: a bad link confirms nothing.
    tampered = assert_error(anon_client.get(path, query), 404, "NOT_FOUND")
    unknown = assert_error(anon_client.get("/v1/files/asset_00000000000000000000000000", query),
                           404, "NOT_FOUND")
    assert tampered == unknown


def test_an_expired_url_is_forbidden(anon_client, asset):
    url, expires_at = asset_signed_url(asset=asset, ttl=-5)
    assert_error(anon_client.get(*split(url)), 403, "FORBIDDEN")


def test_the_url_expires_after_the_ttl_setting(asset, settings):
    settings.RADICPRO_SIGNED_URL_TTL = 60
    url, expires_at = asset_signed_url(asset=asset)
    assert int(split(url)[1]["expires"]) == int(expires_at.timestamp())
    assert 55 <= expires_at.timestamp() - time.time() <= 60


def test_an_unknown_file_is_404(anon_client, asset):
    _, query = split(asset_signed_url(asset=asset)[0])
    assert_error(anon_client.get("/v1/files/asset_00000000000000000000000000", query),
                 404, "NOT_FOUND")


def test_a_deleted_asset_link_is_404(api, anon_client, asset):
    url = asset_signed_url(asset=asset)[0]
    assert api.delete(f"/v1/assets/{asset.id}").status_code == 204
    assert_error(anon_client.get(*split(url)), 404, "NOT_FOUND")


def test_base_url_setting_makes_absolute_urls(asset, settings):
    settings.RADICPRO_FILES_BASE_URL = "https://api.radicpro.com/"
    assert asset_signed_url(asset=asset)[0].startswith(
        f"https://api.radicpro.com/v1/files/{asset.id}?expires=")


def test_with_s3_the_storage_presigns(asset, settings):
    settings.S3_BUCKET = "radicpro-files"
    with mock.patch("django.core.files.storage.FileSystemStorage.url",
                           return_value="https://s3.example/x?X-Amz-Signature=abc") as url:
        signed, expires_at = asset_signed_url(asset=asset, ttl=120)
    assert signed == "https://s3.example/x?X-Amz-Signature=abc"
    url.assert_called_once_with(asset.file.name, expire=120)


def test_asset_source_reads_only_the_users_own_assets(user, asset, other_asset):
    source = asset_source_for(user=user)
    assert source.get(asset.id) == PNG
    assert source.get(other_asset.id) is None
    assert source.get("asset_unknown") is None


def test_create_from_bytes_records_size_and_dimensions(user):
    created = asset_create_from_bytes(owner=user, data=PNG, type="generated",
                                      filename="render 1.png", mime_type="image/png")
    assert (created.width, created.height, created.size_bytes) == (8, 6, len(PNG))
    assert created.file.name == f"assets/{user.id}/{created.id}/render-1.png"
    with pytest.raises(ValueError):
        asset_create_from_bytes(owner=user, data=PNG, type="bogus", filename="x.png",
                                mime_type="image/png")


def test_a_file_missing_from_storage_is_404_not_500(anon_client, asset):
    url = asset_signed_url(asset=asset)[0]
    asset.file.storage.delete(asset.file.name)
    assert_error(anon_client.get(*split(url)), 404, "NOT_FOUND")


def test_signatures_stay_those_of_djangos_salted_hmac(asset):
    """URLs handed out before the signing was made cheaper still verify."""
    from django.utils.crypto import salted_hmac

    from assets.selectors import file_signature

    expected = salted_hmac("radicpro.assets.file-url", f"{asset.id}:1700000000",
                           algorithm="sha256").hexdigest()
    assert file_signature(asset.id, 1700000000) == expected
