"""Signed S3 URLs name the public endpoint (RADICPRO_S3_PUBLIC_ENDPOINT_URL) while the app keeps
using its own; the URL works from outside with its signature intact."""

from urllib.parse import urlparse

import requests
from django.core.files.base import ContentFile

from radicpro.storage import PublicEndpointS3Storage

from .test_s3 import ACCESS_KEY, BUCKET, SECRET_KEY, s3, s3_endpoint  # noqa: F401 (fixtures)


def storage(endpoint: str, public: str | None) -> PublicEndpointS3Storage:
    return PublicEndpointS3Storage(
        bucket_name=BUCKET, endpoint_url=endpoint, public_endpoint_url=public,
        region_name="us-east-1", access_key=ACCESS_KEY, secret_key=SECRET_KEY, default_acl=None,
        querystring_auth=True, signature_version="s3v4", file_overwrite=False)


def test_signed_urls_name_the_public_endpoint_and_work(s3, s3_endpoint):  # noqa: F811
    internal = s3_endpoint  # http://127.0.0.1:PORT: what the app's containers reach
    public = internal.replace("127.0.0.1", "localhost")  # what a browser reaches
    files = storage(internal, public)
    name = files.save("exports/poster.png", ContentFile(b"\x89PNG demo bytes"))
    url = files.url(name, expire=120)
    assert urlparse(url).netloc == urlparse(public).netloc
    assert "X-Amz-Signature=" in url and "X-Amz-Expires=120" in url
    response = requests.get(url, timeout=10)
    assert response.status_code == 200 and response.content == b"\x89PNG demo bytes"
    assert "X-Amz-SignedHeaders=host" in url  # signed for that host, not rewritten after


def test_without_a_public_endpoint_urls_use_the_app_endpoint(s3, s3_endpoint):  # noqa: F811
    files = storage(s3_endpoint, None)
    name = files.save("exports/a.png", ContentFile(b"x"))
    assert urlparse(files.url(name)).netloc == urlparse(s3_endpoint).netloc
