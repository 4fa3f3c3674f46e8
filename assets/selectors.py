"""Asset reads: scoped lookups, signed file URLs, the renderer's asset source."""

from __future__ import annotations

import functools
import hashlib
import hmac
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from django.conf import settings
from django.db.models import QuerySet
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.crypto import constant_time_compare
from django.utils.http import content_disposition_header

from radicpro.api.errors import ApiError, ErrorCode

from .models import Asset

DEFAULT_SIGNED_URL_TTL = 24 * 3600
_SIGNING_SALT = "radicpro.assets.file-url"


def assets_of(*, user, type: str | None = None) -> QuerySet[Asset]:
    """The user's assets, newest first, optionally of one type."""
    queryset = Asset.objects.filter(owner=user)
    if type:
        queryset = queryset.filter(type=type)
    return queryset.order_by("-created_at", "-id")


def asset_get_for_user(*, user, asset_id: str) -> Asset:
    """The user's asset; anyone else's (or none) is a 404 NOT_FOUND."""
    asset = Asset.objects.filter(owner=user, id=str(asset_id)).first()
    if asset is None:
        raise ApiError(ErrorCode.NOT_FOUND, "Asset does not exist.")
    return asset


def signed_url_ttl() -> int:
    return int(getattr(settings, "RADICPRO_SIGNED_URL_TTL", DEFAULT_SIGNED_URL_TTL))


@functools.lru_cache(maxsize=4)
def _signing_key(secret: str) -> bytes:
    """Django's salted_hmac key for the file URLs, derived once per secret, not per URL."""
    return hashlib.sha256((_SIGNING_SALT + secret).encode()).digest()


def file_signature(asset_id: str, expires: int, key: bytes | None = None) -> str:
    """salted_hmac(_SIGNING_SALT, "<asset_id>:<expires>", algorithm="sha256"), hex."""
    key = _signing_key(settings.SECRET_KEY) if key is None else key
    return hmac.new(key, f"{asset_id}:{expires}".encode(), hashlib.sha256).hexdigest()


@functools.lru_cache(maxsize=16)
def _file_path_parts(script_prefix: str, urlconf: str) -> tuple[str, str]:
    """The path of GET /v1/files/{assetId} around the id, reversed once (lists sign many)."""
    marker = "assetidmarker"
    head, _, tail = reverse("asset-file", kwargs={"assetId": marker}, urlconf=urlconf
                            ).partition(marker)
    return head, tail


def asset_signed_url(*, asset: Asset, ttl: int | None = None) -> tuple[str, datetime]:
    """A URL that serves the file without credentials until it expires, and its expiry."""
    sign, expires_at = asset_file_url_signer(ttl=ttl)
    return sign(asset.id, str(asset.file.name)), expires_at


def asset_file_url_signer(*, ttl: int | None = None
                          ) -> tuple[Callable[[str, str], str], datetime]:
    """(sign(asset_id, file_name) -> URL, the expiry they share): the settings, the files
    path and the expiry are read once for a whole page of URLs."""
    ttl = signed_url_ttl() if ttl is None else int(ttl)
    expires = int(time.time()) + ttl
    expires_at = datetime.fromtimestamp(expires, tz=UTC)
    if getattr(settings, "S3_BUCKET", ""):
        # django-storages' S3 storage signs with `expire`; Django's base Storage.url has no such argument.
        s3_url: Any = Asset._meta.get_field("file").storage.url
        return (lambda _asset_id, file_name: s3_url(file_name, expire=ttl)), expires_at
    head, tail = _file_path_parts(get_script_prefix(), get_urlconf() or settings.ROOT_URLCONF)
    base = getattr(settings, "RADICPRO_FILES_BASE_URL", "").rstrip("/")
    key = _signing_key(settings.SECRET_KEY)

    def sign(asset_id: str, _file_name: str) -> str:
        signature = file_signature(asset_id, expires, key)
        return f"{base}{head}{asset_id}{tail}?expires={expires}&signature={signature}"

    return sign, expires_at


def asset_for_signed_download(*, asset_id: str, expires: str | None,
                              signature: str | None) -> Asset:
    """The asset a valid signed URL names.

    A link whose signature does not match (tampered, missing, another file's) is the same
    404 NOT_FOUND as an id that does not exist, so a guess confirms nothing; a genuine link
    past its time is 403 FORBIDDEN (its holder knew the file already)."""
    not_found = ApiError(ErrorCode.NOT_FOUND, "Asset does not exist.")
    try:
        expires_at = int(expires or "")
    except ValueError as exc:
        raise not_found from exc
    if not signature or not constant_time_compare(signature,
                                                  file_signature(str(asset_id), expires_at)):
        raise not_found
    if expires_at < time.time():
        raise ApiError(ErrorCode.FORBIDDEN, "This file link has expired; ask for a new one.")
    asset = Asset.objects.filter(id=str(asset_id)).first()
    if asset is None:
        raise not_found
    return asset


def asset_read_bytes(*, asset: Asset) -> bytes | None:
    """The stored bytes of an asset; None when the file is gone from storage."""
    try:
        with asset.file.open("rb") as handle:
            return handle.read()
    except (OSError, ValueError):
        return None


class UserAssetSource:
    """The renderer's AssetSource over one user's assets (others' ids read as missing)."""

    def __init__(self, user) -> None:
        self.user = user
        self._cache: dict[str, bytes | None] = {}

    def get(self, asset_id: str) -> bytes | None:
        if asset_id not in self._cache:
            asset = Asset.objects.filter(owner=self.user, id=str(asset_id)).first()
            self._cache[asset_id] = asset_read_bytes(asset=asset) if asset else None
        return self._cache[asset_id]


def asset_source_for(*, user) -> UserAssetSource:
    """Bytes by asset id for the renderer, limited to the user's own assets."""
    return UserAssetSource(user)


def asset_download_headers(*, asset: Asset, expires: int) -> dict[str, str]:
    """Response headers of a signed download: inline, no sniffing, cached until expiry."""
    headers = {
        "Content-Disposition": content_disposition_header(False, asset.filename) or "inline",
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": f"private, max-age={max(0, expires - int(time.time()))}",
    }
    if asset.mime_type == "image/svg+xml":
        headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; sandbox"
    return headers
