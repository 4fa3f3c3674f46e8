"""Design writes: create, update, patch operations, restore, duplicate, delete.

Every change runs under ``select_for_update`` on the design row, checks the expected version
(If-Match), bumps ``version`` by one, keeps a DesignRevision and, once committed, asks a worker
for a fresh thumbnail.
"""

import copy
from functools import partial
from typing import Any

from django.db import transaction
from django.utils import timezone

from assets.services import asset_delete
from brands.selectors import brand_document_block
from documents import (
    DocumentInvalid,
    ErrorDetail,
    PatchError,
    apply_operations,
    get_format,
    new_document,
    to_v14,
    validate_document,
)
from radicpro.api.errors import ApiError, ErrorCode
from radicpro.webhooks.events import DESIGN_CREATED
from radicpro.webhooks.services import event_emit

from .etags import etag_for
from .models import Design, DesignRevision
from .selectors import design_revision_get
from .tasks import design_render_thumbnail

UPDATABLE_FIELDS = ("title", "design_json", "is_archived", "campaign")
DEFAULT_TITLE = "Untitled design"


def document_error(errors: list[ErrorDetail], *, field: str = "designJson",
                   request_prefix: str | None = None) -> ApiError:
    """A VALIDATION_ERROR whose details are keyed ``<field><JSON pointer>``, e.g.
    ``designJson/layers/2/style/color`` (``designJson`` alone for the document root).
    Pointers into the request that start with ``request_prefix`` (``/operations``) keep
    their own name instead: ``operations/1/layerId``."""
    details: dict[str, list[str]] = {}
    for error in errors:
        pointer = error["pointer"]
        if request_prefix and (pointer == request_prefix or
                               pointer.startswith(request_prefix + "/")):
            key = pointer[1:]
        else:
            key = field + pointer
        details.setdefault(key, []).append(error["message"])
    if not details:
        details = {field: ["is invalid"]}
    first_key, first_messages = next(iter(details.items()))
    more = f" (and {len(details) - 1} more)" if len(details) > 1 else ""
    return ApiError(ErrorCode.VALIDATION_ERROR, f"{first_key}: {first_messages[0]}{more}",
                    details=details)


def _validated_document(design_json: Any, *, design_id: str) -> dict[str, Any]:
    """A copy of ``design_json`` with its ``id`` set to the design's, validated."""
    doc = copy.deepcopy(design_json)
    if isinstance(doc, dict):
        doc["id"] = design_id
    try:
        validate_document(doc)
    except DocumentInvalid as invalid:
        raise document_error(invalid.errors) from invalid
    return doc


def _refuse(field: str, what: str) -> ApiError:
    return ApiError(ErrorCode.VALIDATION_ERROR, f"{field}: {what} does not exist.",
                    details={field: [f"{what} does not exist."]})


def _check_references(*, owner, brand=None, campaign=None) -> None:
    """Another user's brand or campaign does not exist for ``owner``."""
    if brand is not None and brand.owner_id != owner.pk:
        raise _refuse("brandKitId", "Brand kit")
    if campaign is not None and campaign.owner_id != owner.pk:
        raise _refuse("campaignId", "Campaign")


def _lock(design: Design) -> Design:
    # FOR NO KEY UPDATE: a change never touches the key, so rows that refer to the design (a
    # new export, a revision) are not held up by it.
    locked = Design.objects.select_for_update(no_key=True).filter(pk=design.pk).first()
    if locked is None:
        raise ApiError(ErrorCode.DESIGN_NOT_FOUND)
    return locked


def _check_version(design: Design, expected_version: int | None) -> None:
    if expected_version is not None and design.version != expected_version:
        raise ApiError(
            ErrorCode.PRECONDITION_FAILED,
            f"The design is at version {design.version}, not {expected_version}: fetch it "
            "again and retry.",
            details={"currentVersion": design.version, "expectedVersion": expected_version},
            headers={"ETag": etag_for(design.version)},
        )


def _thumbnail_on_commit(design: Design) -> None:
    # robust: a broker outage costs a thumbnail (logged), never the committed change.
    transaction.on_commit(partial(design_render_thumbnail.delay, design.pk, design.version),
                          robust=True)


def _keep_revision(design: Design, source: str) -> None:
    DesignRevision.objects.create(design=design, version=design.version, title=design.title,
                                  design_json=design.design_json, source=source)


def _commit_change(design: Design, source: str) -> Design:
    design.version += 1
    design.updated_at = timezone.now()
    design.save()
    _keep_revision(design, source)
    _thumbnail_on_commit(design)
    return design


def _emit_created(design: Design) -> None:
    event_emit(user=design.owner, event=DESIGN_CREATED, design_id=design.pk, title=design.title,
               format=design.format, campaign_id=design.campaign_id, brand_kit_id=design.brand_id,
               created_at=design.created_at)


@transaction.atomic
def design_create(*, owner, title: str = DEFAULT_TITLE, format: str, brand=None,
                  campaign=None, design_json: dict[str, Any] | None = None,
                  creative_concept: str = "", source: str = DesignRevision.Source.CREATE
                  ) -> Design:
    """A new design for ``format`` (a catalogue id). Without ``design_json`` the document is a
    blank page of the format carrying the brand's colours and fonts."""
    if get_format(format) is None:
        raise ApiError(ErrorCode.VALIDATION_ERROR, f"format: unknown format {format!r}.",
                       details={"format": [f"Unknown format {format!r}; see GET /v1/formats."]})
    _check_references(owner=owner, brand=brand, campaign=campaign)
    now = timezone.now()
    design = Design(owner=owner, title=title or DEFAULT_TITLE, format=format, brand=brand,
                    campaign=campaign, creative_concept=creative_concept, created_at=now,
                    updated_at=now)
    if design_json is None:
        block = brand_document_block(brand=brand) if brand is not None else None
        try:
            design_json = new_document(format_id=format, title=design.title, brand=block)
        except DocumentInvalid as invalid:
            raise ApiError(ErrorCode.VALIDATION_ERROR,
                           "brandKitId: the brand kit cannot be applied to a design.",
                           details={"brandKitId": [f"{e['pointer']}: {e['message']}"
                                                   for e in invalid.errors]}) from invalid
    design.design_json = _validated_document(design_json, design_id=design.pk)
    design.save(force_insert=True)
    _keep_revision(design, source)
    _thumbnail_on_commit(design)
    _emit_created(design)
    return design


@transaction.atomic
def design_update(*, design: Design, changes: dict[str, Any], expected_version: int | None,
                  source: str = DesignRevision.Source.UPDATE) -> Design:
    """Sets ``title``, ``design_json``, ``is_archived`` and/or ``campaign`` (None unlinks).
    PRECONDITION_FAILED, changing nothing, when ``expected_version`` is not the current one."""
    unknown = set(changes) - set(UPDATABLE_FIELDS)
    if unknown:
        raise ApiError(ErrorCode.VALIDATION_ERROR, "These fields cannot be changed.",
                       details={name: ["Cannot be changed."] for name in sorted(unknown)})
    locked = _lock(design)
    _check_version(locked, expected_version)
    if "campaign" in changes:
        _check_references(owner=locked.owner, campaign=changes["campaign"])
    if "design_json" in changes:
        changes = {**changes, "design_json": _validated_document(changes["design_json"],
                                                                 design_id=locked.pk)}
    for name, value in changes.items():
        setattr(locked, name, value)
    return _commit_change(locked, source)


@transaction.atomic
def design_apply_operations(*, design: Design, operations: list[Any],
                            expected_version: int | None,
                            source: str = DesignRevision.Source.PATCH) -> Design:
    """Applies patch operations to the document, all or nothing; the result must validate.

    A 2.0 document is patched in its 1.4 form (block ``b`` is layer ``layer_b``, the form
    POST /v1/ai/edit-design proposes operations for) and stored as that 1.4 document.
    Errors name ``operations/<i>/...`` (a bad operation) or ``designJson/...`` (the result)."""
    locked = _lock(design)
    _check_version(locked, expected_version)
    try:
        document = apply_operations(to_v14(locked.design_json), operations)
    except PatchError as error:
        raise document_error(error.errors, request_prefix="/operations") from error
    document["id"] = locked.pk
    locked.design_json = document
    return _commit_change(locked, source)


@transaction.atomic
def design_restore(*, design: Design, version: int, expected_version: int | None) -> Design:
    """A new version whose title and document are those of revision ``version``."""
    locked = _lock(design)
    _check_version(locked, expected_version)
    revision = design_revision_get(design=locked, version=version)
    locked.title = revision.title
    locked.design_json = copy.deepcopy(revision.design_json)
    return _commit_change(locked, DesignRevision.Source.RESTORE)


@transaction.atomic
def design_duplicate(*, design: Design, title: str | None = None) -> Design:
    """A new design (version 1) with a copy of ``design``'s document, format, brand and
    campaign; titled ``Copy of <title>`` unless ``title`` is given."""
    return design_create(
        owner=design.owner, title=title or f"Copy of {design.title}"[:200],
        format=design.format, brand=design.brand, campaign=design.campaign,
        design_json=design.design_json, creative_concept=design.creative_concept,
        source=DesignRevision.Source.DUPLICATE,
    )


@transaction.atomic
def design_delete(*, design: Design, expected_version: int | None = None) -> None:
    """Deletes the design, its revisions and its thumbnail."""
    locked = _lock(design)
    _check_version(locked, expected_version)
    thumbnail = locked.thumbnail
    locked.delete()
    if thumbnail is not None:
        asset_delete(asset=thumbnail)
