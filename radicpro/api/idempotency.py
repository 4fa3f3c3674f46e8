"""Idempotency-Key on POST: the first response is stored for 24 h and replayed, never redone."""

import hashlib
import json
import logging
import re
from datetime import timedelta
from typing import cast

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import HttpResponse
from django.utils import timezone
from rest_framework import exceptions as drf_exceptions
from rest_framework.authentication import BaseAuthentication
from rest_framework.settings import api_settings

from .client_ip import client_ip
from .errors import ErrorCode
from .middleware import json_error_response
from .models import IdempotencyRecord

logger = logging.getLogger(__name__)

HEADER = "Idempotency-Key"
_VALID_KEY = re.compile(r"^[\x21-\x7e][\x20-\x7e]{0,254}$")
# Response headers worth replaying (request ids and rate limits belong to the new request).
_REPLAYED_HEADERS = ("Content-Type", "Location", "ETag", "Last-Modified", "Preference-Applied",
                     "Retry-After", "Content-Disposition")
# Not stored: the client should be able to retry these with the same key.
_NOT_STORED_STATUSES = frozenset({409, 429})
# A claim older than this whose request never finished (its process died) may be taken over.
ABANDONED_AFTER = timedelta(minutes=10)


def _scope(request) -> str:
    """user:<id> for a valid credential (DRF's authentication classes), else ip:<client address>."""
    # DRF imports the dotted paths of its settings; its stubs type them as the strings.
    auth_classes = cast(list[type[BaseAuthentication]], api_settings.DEFAULT_AUTHENTICATION_CLASSES)
    for auth_class in auth_classes:
        try:
            found = auth_class().authenticate(request)
        except drf_exceptions.APIException:
            return ""
        if found is not None:
            return f"user:{found[0].pk}"
    return f"ip:{client_ip(request)}"


def _fingerprint(request) -> str:
    digest = hashlib.sha256()
    digest.update(f"{request.method}\n{request.get_full_path()}\n".encode())
    length = int(request.META.get("CONTENT_LENGTH") or 0)
    if length > settings.DATA_UPLOAD_MAX_MEMORY_SIZE:
        # A large upload is streamed to the view, not read here: identify it by type and size.
        digest.update(f"{request.content_type}\n{length}".encode())
    else:
        digest.update(request.body)
    return digest.hexdigest()


def _claim(scope: str, key: str, fingerprint: str):
    """(record, None) when this request owns the key now, else (None, response to send)."""
    now = timezone.now()
    ttl = timedelta(hours=settings.RADICPRO_IDEMPOTENCY_TTL_HOURS)
    for _ in range(3):
        try:
            with transaction.atomic():
                record = IdempotencyRecord.objects.create(
                    scope=scope, key=key, fingerprint=fingerprint, expires_at=now + ttl)
            return record, None
        except IntegrityError:
            existing = IdempotencyRecord.objects.filter(scope=scope, key=key).first()
        if existing is None:
            continue  # released in between: try to claim it again
        abandoned = (existing.status == IdempotencyRecord.Status.IN_PROGRESS
                     and existing.created_at <= now - ABANDONED_AFTER)
        if existing.expires_at <= now or abandoned:
            IdempotencyRecord.objects.filter(pk=existing.pk, created_at=existing.created_at) \
                .delete()
            continue
        if existing.fingerprint != fingerprint:
            return None, "reused"
        if existing.status == IdempotencyRecord.Status.IN_PROGRESS:
            return None, "in_progress"
        return None, existing
    return None, "in_progress"


def _replay(request, record: IdempotencyRecord) -> HttpResponse:
    body = bytes(record.response_body or b"")
    try:
        document = json.loads(body)
    except ValueError:
        document = None
    if isinstance(document, dict) and isinstance(document.get("meta"), dict):
        document["meta"]["requestId"] = getattr(request, "request_id", None)
        body = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()
    response = HttpResponse(body, status=record.response_status)
    for name, value in record.response_headers.items():
        response[name] = value
    response["Idempotent-Replayed"] = "true"
    return response


def _store(record: IdempotencyRecord, response) -> None:
    if response.status_code >= 500 or response.status_code in _NOT_STORED_STATUSES \
            or getattr(response, "streaming", False):
        _release(record)
        return
    record.status = IdempotencyRecord.Status.DONE
    record.response_status = response.status_code
    record.response_headers = {name: response[name] for name in _REPLAYED_HEADERS
                               if response.has_header(name)}
    record.response_body = bytes(response.content)
    record.save(update_fields=["status", "response_status", "response_headers",
                               "response_body"])


def _release(record: IdempotencyRecord) -> None:
    IdempotencyRecord.objects.filter(pk=record.pk).delete()


class IdempotencyMiddleware:
    """Honours `Idempotency-Key` on POST, per user (or per IP for anonymous requests).

    Same key and same request (method, path, body) → the stored response again with
    `Idempotent-Replayed: true`; another request → 422 IDEMPOTENCY_KEY_REUSED; while the first
    still runs → 409 CONFLICT (retryable). 5xx, 409 and 429 answers are not kept.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = request.headers.get(HEADER)
        if request.method != "POST" or key is None:
            return self.get_response(request)
        if not _VALID_KEY.match(key):
            return json_error_response(
                request, ErrorCode.VALIDATION_ERROR,
                f"{HEADER} must be 1 to 255 printable ASCII characters.")
        scope = _scope(request)
        if not scope:  # bad credentials: the view answers 401, nothing to remember
            return self.get_response(request)
        record, outcome = _claim(scope, key, _fingerprint(request))
        if outcome == "reused":
            return json_error_response(
                request, ErrorCode.IDEMPOTENCY_KEY_REUSED,
                f"This {HEADER} was already used with a different request; use a new key.")
        if outcome == "in_progress":
            response = json_error_response(
                request, ErrorCode.CONFLICT,
                f"A request with this {HEADER} is still in progress; retry shortly.")
            response["Retry-After"] = "1"
            return response
        if outcome is not None:
            return _replay(request, outcome)
        try:
            response = self.get_response(request)
        except BaseException:
            _release(record)
            raise
        try:
            _store(record, response)
        except Exception:  # the response was produced: keep it, and free the key
            logger.exception("Could not store the response for %s %s", HEADER, key)
            _release(record)
        return response


def purge_expired() -> int:
    """Deletes records past their expiry; returns how many."""
    deleted, _ = IdempotencyRecord.objects.filter(expires_at__lte=timezone.now()).delete()
    return deleted
