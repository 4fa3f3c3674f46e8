"""File storage on S3 whose signed URLs name the endpoint clients can reach.

Inside a compose network the app talks to `http://minio:9000`, which no browser can open. With
RADICPRO_S3_PUBLIC_ENDPOINT_URL set (e.g. `https://files.example.com`), reads and writes still
use RADICPRO_S3_ENDPOINT_URL while URLs handed out are signed for the public endpoint (the host is
part of the signature, so rewriting a URL afterwards would break it). Signing is local: no call.
"""

import threading

from storages.backends.s3 import S3Storage
from storages.utils import clean_name


class PublicEndpointS3Storage(S3Storage):
    def __init__(self, *, public_endpoint_url: str | None = None, **settings) -> None:
        super().__init__(**settings)
        self.public_endpoint_url = public_endpoint_url or None
        self._public = threading.local()

    def _public_client(self):
        client = getattr(self._public, "client", None)
        if client is None:
            client = self._create_session().client(
                "s3", region_name=self.region_name, endpoint_url=self.public_endpoint_url,
                config=self.client_config, verify=self.verify)
            self._public.client = client
        return client

    def url(self, name, parameters=None, expire=None, http_method=None):
        if not self.public_endpoint_url or not self.querystring_auth or self.custom_domain:
            return super().url(name, parameters, expire, http_method)
        params = {**(parameters or {}), "Bucket": self.bucket_name,
                  "Key": self._normalize_name(clean_name(name))}
        return self._public_client().generate_presigned_url(
            "get_object", Params=params,
            ExpiresIn=self.querystring_expire if expire is None else expire,
            HttpMethod=http_method)
