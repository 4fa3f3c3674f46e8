"""Asset writes: uploads (sniffed, capped, sanitised), generated files, deletion."""

from __future__ import annotations

import hashlib
import io
import logging
import os
import re
import unicodedata

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from PIL import Image

from radicpro.api.errors import ApiError, ErrorCode

from .models import Asset
from .sniff import UploadRejected, sniff_image

logger = logging.getLogger(__name__)

UPLOAD_TYPES = (Asset.Type.LOGO, Asset.Type.PRODUCT, Asset.Type.REFERENCE)
DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024
MAX_FILENAME = 120


def max_upload_bytes() -> int:
    return int(getattr(settings, "RADICPRO_MAX_UPLOAD_BYTES", DEFAULT_MAX_UPLOAD_BYTES))


def safe_filename(name: str | None, extension: str | None = None) -> str:
    """A display- and storage-safe file name: no path, ASCII word characters, the right suffix."""
    base = os.path.basename((name or "").replace("\\", "/"))
    stem, _, suffix = base.rpartition(".") if "." in base else (base, "", "")
    stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-._")[:MAX_FILENAME] or "file"
    suffix = (extension or re.sub(r"[^A-Za-z0-9]+", "", suffix)[:10]).lower()
    return f"{stem}.{suffix}" if suffix else stem


def display_filename(name: str | None, extension: str | None = None) -> str:
    """The name shown to the user: no path or control characters, any script, the right suffix."""
    base = os.path.basename((name or "").replace("\\", "/"))
    base = "".join(ch for ch in unicodedata.normalize("NFC", base)
                   if unicodedata.category(ch)[0] != "C" and ch not in '<>:"/\\|?*')
    base = " ".join(base.split()).strip(". ")
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    stem = stem[:MAX_FILENAME].strip() or "file"
    suffix = (extension or suffix[:10]).lower()
    return f"{stem}.{suffix}" if suffix else stem


def upload_read(*, upload) -> bytes:
    """The bytes of an uploaded file, refused with 413 PAYLOAD_TOO_LARGE past the size cap."""
    limit = max_upload_bytes()
    too_large = ApiError(ErrorCode.PAYLOAD_TOO_LARGE,
                         f"The file is larger than the {limit} byte limit.",
                         details={"file": [f"Must be at most {limit} bytes."], "maxBytes": limit})
    if upload is None:
        raise ApiError(ErrorCode.VALIDATION_ERROR, "file: No file was submitted.",
                       details={"file": ["No file was submitted."]})
    if getattr(upload, "size", 0) and upload.size > limit:
        raise too_large
    upload.seek(0)
    data = upload.read(limit + 1)
    if len(data) > limit:
        raise too_large
    return data


def _image_size(data: bytes, mime_type: str) -> tuple[int | None, int | None]:
    if not mime_type.startswith("image/") or mime_type == "image/svg+xml":
        return None, None
    try:
        with Image.open(io.BytesIO(data)) as image:
            return image.size
    except (OSError, ValueError, Image.DecompressionBombError):
        return None, None


def _store(*, owner, type: str, filename: str, storage_name: str, data: bytes, mime_type: str,
           width: int | None, height: int | None) -> Asset:
    """Writes the file under its deterministic key and the row; a failure leaves neither."""
    asset = Asset(owner=owner, type=type, filename=filename, mime_type=mime_type,
                  size_bytes=len(data), width=width, height=height,
                  sha256=hashlib.sha256(data).hexdigest())
    try:
        asset.file.save(storage_name, ContentFile(data), save=False)
    except Exception as exc:  # any storage backend's failure (OSError, botocore errors...)
        logger.exception("Storing asset %s failed", asset.id)
        raise ApiError(ErrorCode.STORAGE_ERROR, "The file could not be stored.") from exc
    try:
        with transaction.atomic():
            asset.save(force_insert=True)
    except Exception:
        if asset.file.name:
            asset.file.storage.delete(asset.file.name)
        raise
    return asset


@transaction.atomic
def asset_create_from_upload(*, owner, upload, type: str) -> Asset:
    """Stores an uploaded image after checking it by content; VALIDATION_ERROR / 413 otherwise."""
    if type not in UPLOAD_TYPES:
        raise ApiError(ErrorCode.VALIDATION_ERROR, f"type: must be one of {', '.join(UPLOAD_TYPES)}.",
                       details={"type": [f"Must be one of: {', '.join(UPLOAD_TYPES)}."]})
    data = upload_read(upload=upload)
    try:
        image = sniff_image(data, allow_svg=type == Asset.Type.LOGO)
    except UploadRejected as exc:
        raise ApiError(ErrorCode.VALIDATION_ERROR, exc.message,
                       details={"file": [exc.message]}) from exc
    original = getattr(upload, "name", "")
    return _store(owner=owner, type=type, filename=display_filename(original, image.extension),
                  storage_name=safe_filename(original, image.extension), data=image.data,
                  mime_type=image.mime_type, width=image.width, height=image.height)


@transaction.atomic
def asset_create_from_bytes(*, owner, data: bytes, type: str, filename: str, mime_type: str,
                            width: int | None = None, height: int | None = None) -> Asset:
    """Stores bytes the platform made itself (generated images, exports, thumbnails, fonts)."""
    if type not in Asset.Type.values:
        raise ValueError(f"unknown asset type {type!r}")
    if width is None or height is None:
        width, height = _image_size(data, mime_type)
    return _store(owner=owner, type=type, filename=display_filename(filename),
                  storage_name=safe_filename(filename), data=data,
                  mime_type=mime_type, width=width, height=height)


def _delete_file(storage, name: str) -> None:
    try:
        storage.delete(name)
    except Exception:  # a leftover file is logged, never an error for the user
        logger.exception("Deleting stored file %s failed", name)


@transaction.atomic
def asset_delete(*, asset: Asset) -> None:
    """Deletes the asset; its file goes once the transaction commits."""
    storage, name = asset.file.storage, asset.file.name
    asset.delete()
    if name:
        transaction.on_commit(lambda: _delete_file(storage, name))
