"""django-storages S3 against a local S3-compatible server (moto): uploads, signed URLs,
exports, deletes — the production storage path, exercised end to end through the API."""

import io
import socket
from urllib.parse import parse_qs, urlparse

import boto3
import pytest
import requests
from moto.server import ThreadedMotoServer
from PIL import Image

from tests.api_contract import assert_success

pytestmark = pytest.mark.django_db
BUCKET = "radicpro-test"
ACCESS_KEY, SECRET_KEY = "testing-access", "testing-secret"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def s3_endpoint():
    port = _free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    yield endpoint
    server.stop()


@pytest.fixture
def s3(settings, s3_endpoint):
    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name="us-east-1",
                          aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY)
    client.create_bucket(Bucket=BUCKET)
    settings.S3_BUCKET = BUCKET
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": {
            "bucket_name": BUCKET, "endpoint_url": s3_endpoint, "region_name": "us-east-1",
            "access_key": ACCESS_KEY, "secret_key": SECRET_KEY, "default_acl": None,
            "querystring_auth": True, "signature_version": "s3v4", "file_overwrite": False}},
    }
    yield client
    for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        client.delete_object(Bucket=BUCKET, Key=item["Key"])
    client.delete_bucket(Bucket=BUCKET)


def _keys(client) -> set[str]:
    return {item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", [])}


def _png(color=(200, 40, 40)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), color).save(buffer, format="PNG")
    return buffer.getvalue()


def _signed_download(url: str) -> bytes:
    query = parse_qs(urlparse(url).query)
    assert "X-Amz-Signature" in query, url  # a presigned URL, not a public one
    assert int(query["X-Amz-Expires"][0]) == 24 * 3600  # RADICPRO_SIGNED_URL_TTL
    response = requests.get(url, timeout=10)
    assert response.status_code == 200, response.text[:300]
    return response.content


def test_upload_signed_url_and_delete_on_s3(api, s3, django_capture_on_commit_callbacks):
    data = _png()
    upload = io.BytesIO(data)
    upload.name = "headphones.png"
    created = assert_success(api.post("/v1/assets", {"file": upload, "type": "product"},
                                      format="multipart"), 201)
    keys = _keys(s3)
    assert len(keys) == 1 and created["id"] in next(iter(keys))
    assert _signed_download(created["url"]) == data

    fetched = assert_success(api.get(f"/v1/assets/{created['id']}"))
    assert _signed_download(fetched["url"]) == data

    with django_capture_on_commit_callbacks(execute=True):
        assert api.delete(f"/v1/assets/{created['id']}").status_code == 204
    assert _keys(s3) == set()  # the file goes with the asset


def test_export_is_stored_on_s3_and_downloadable(api, s3):
    design = assert_success(api.post("/v1/designs", {"title": "S3 export",
                                                      "format": "instagram_post"},
                                     format="json"), 201)
    document = design["designJson"]
    document["canvas"]["background"] = {"type": "color", "color": "#0A84FF"}
    assert_success(api.patch(f"/v1/designs/{design['id']}", {"designJson": document},
                             format="json"))
    exported = assert_success(api.post("/v1/export", {"designId": design["id"], "format": "png",
                                                      "resolution": "2x"}, format="json"))
    body = _signed_download(exported["url"])
    assert body.startswith(b"\x89PNG")
    assert exported["sizeBytes"] == len(body)
    image = Image.open(io.BytesIO(body))
    assert image.size == (2160, 2160)
    assert image.convert("RGB").getpixel((10, 10)) == (10, 132, 255)
    assert any(exported["exportId"] in key for key in _keys(s3))
