"""Export writes: request exports (one job renders them), render and store each file."""

from __future__ import annotations

import logging
import time
from dataclasses import asdict, dataclass

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from assets.selectors import asset_signed_url, asset_source_for
from assets.services import asset_create_from_bytes
from brands.selectors import brand_font_library
from designs.selectors import design_get_for_user, design_revision_get
from radicpro.api.errors import ApiError, ErrorCode
from radicpro.api.observability import RENDERS
from radicpro.billing.costs import cost_of
from radicpro.jobs.models import Job
from radicpro.jobs.services import error_to_json, job_create, job_progress
from radicpro.webhooks.events import DESIGN_EXPORTED
from radicpro.webhooks.services import event_emit
from rendering import (
    TRANSPARENT_FORMAT_NAMES,
    RenderError,
    RenderResult,
    default_font_library,
    output_format,
    render,
)

from .models import Export
from .selectors import exports_of_job

logger = logging.getLogger(__name__)

TRANSPARENT_FORMATS = TRANSPARENT_FORMAT_NAMES
MAX_BATCH = 10
JOB_KIND = "export"  # the job kind this app registers (apps.py)


@dataclass(frozen=True)
class ExportSpec:
    """One requested file: format, resolution, quality, transparency."""

    format: str
    resolution: str = "1x"
    quality: int = 90
    transparent: bool = False


@dataclass(frozen=True)
class ExportRun:
    """What an export job made: its exports in request order, and whether a batch asked."""

    exports: list[Export]
    batch: bool


@transaction.atomic
def export_request(*, owner, design_id: str, specs: list[ExportSpec],
                   batch: bool = False) -> Job:
    """Creates the exports of a design (at its current version) and the job that renders them.

    DESIGN_NOT_FOUND when the design is not the owner's. Exports cost `cost_of("export")`
    credits each (nothing today), reserved with the job."""
    if not specs or len(specs) > MAX_BATCH:
        raise ApiError(ErrorCode.VALIDATION_ERROR, f"Request 1 to {MAX_BATCH} exports.",
                       details={"exports": [f"Must hold 1 to {MAX_BATCH} items."]})
    design = design_get_for_user(user=owner, design_id=design_id)
    job = job_create(
        owner=owner, kind=JOB_KIND,
        input={"design_id": design.pk, "design_version": design.version, "batch": batch,
               "exports": [asdict(spec) for spec in specs]},
        credits_reserved=cost_of("export", count=len(specs)),
    )
    Export.objects.bulk_create([
        Export(owner=owner, design=design, design_version=design.version, job=job,
               position=position, format=output_format(spec.format).name,
               resolution=spec.resolution, quality=spec.quality, transparent=spec.transparent)
        for position, spec in enumerate(specs)
    ])
    return job


def _document(export: Export) -> dict:
    """The design document at the version the export was asked for."""
    design = export.design
    if design.version == export.design_version:
        return design.design_json
    try:
        return design_revision_get(design=design, version=export.design_version).design_json
    except ApiError:
        return design.design_json


def _render(export: Export, *, document: dict, assets, fonts) -> RenderResult:
    """Renders one export; EXPORT_FAILED for a document the renderer refuses."""
    started = time.perf_counter()
    try:
        return render(document, scale=export.scale, image_format=export.format,
                      quality=export.quality, transparent=export.transparent,
                      assets=assets, fonts=fonts,
                      memory_limit=settings.RADICPRO_RENDER_MEMORY_MB * 1024 * 1024)
    except RenderError as exc:
        raise ApiError(
            ErrorCode.EXPORT_FAILED, f"The design cannot be exported: {exc.message}",
            details={"reason": exc.message, **exc.details, "exportId": export.id},
            retryable=False) from exc
    except (ApiError, SoftTimeLimitExceeded):
        raise
    except Exception as exc:  # a renderer bug must fail this export, not the worker
        logger.exception("Rendering export %s crashed", export.id)
        raise ApiError(ErrorCode.EXPORT_FAILED, "The renderer failed on this design.",
                       details={"exportId": export.id}, retryable=True) from exc
    finally:
        RENDERS.labels(format=export.format, scale=str(export.scale)).observe(
            time.perf_counter() - started)


@transaction.atomic
def _store(*, export_id: str, rendered: RenderResult) -> Export:
    """Stores the file and completes the export, once (a re-delivered task finds it done)."""
    export = Export.objects.select_for_update().get(pk=export_id)
    if export.status == Export.Status.COMPLETED:
        return export
    try:
        asset = asset_create_from_bytes(
            owner=export.owner, data=rendered.data, type="export",
            filename=f"{export.id}.{output_format(export.format).extension}", mime_type=rendered.mime_type,
            width=rendered.width, height=rendered.height)
    except ApiError as error:
        if error.code is ErrorCode.STORAGE_ERROR:
            raise ApiError(ErrorCode.STORAGE_ERROR, "The exported file could not be stored.",
                           details={"exportId": export.id}, retryable=True) from error
        raise
    export.asset = asset
    export.size_bytes = asset.size_bytes
    export.width, export.height = rendered.width, rendered.height
    export.warnings = list(rendered.warnings)
    export.status = Export.Status.COMPLETED
    export.error = None
    export.completed_at = timezone.now()
    export.save(update_fields=["asset", "size_bytes", "width", "height", "warnings", "status",
                               "error", "completed_at"])
    url, _expires_at = asset_signed_url(asset=asset)
    event_emit(user=export.owner, event=DESIGN_EXPORTED, design_id=export.design_id,
               export_id=export.id, format=export.format, resolution=export.resolution, url=url)
    return export


def export_job_failed(*, job_id: str, error: ApiError) -> None:
    """Marks the job's exports that did not complete as failed with `error` (also called by the
    jobs app when the job fails elsewhere, e.g. swept after its worker died)."""
    (Export.objects.filter(job_id=job_id)
     .exclude(status=Export.Status.COMPLETED)
     .update(status=Export.Status.FAILED, error=error_to_json(error),
             completed_at=timezone.now()))


def export_job_retry(*, job: Job) -> Job:
    """A failed export job requested again (new exports, at the design's current version)."""
    data = dict(job.input or {})
    return export_request(owner=job.owner, design_id=data.get("design_id", ""),
                          specs=[ExportSpec(**spec) for spec in data.get("exports", [])],
                          batch=bool(data.get("batch")))


def export_job_run(*, job: Job) -> ExportRun:
    """Renders and stores every export of the job in order (the job's result renders them).

    Raises ApiError (EXPORT_FAILED, STORAGE_ERROR, DESIGN_NOT_FOUND) after marking the
    exports that did not complete as failed; the job task fails the job with it."""
    try:
        exports = exports_of_job(job_id=job.pk)
        if not exports:
            raise ApiError(ErrorCode.DESIGN_NOT_FOUND,
                           "The design was deleted before it could be exported.")
        design = exports[0].design
        document = _document(exports[0])
        assets = asset_source_for(user=job.owner)
        fonts = brand_font_library(brand=design.brand) if design.brand is not None \
            else default_font_library()
        done: list[Export] = []
        for index, export in enumerate(exports):
            if export.status != Export.Status.COMPLETED:
                (Export.objects.filter(pk=export.pk).exclude(status=Export.Status.COMPLETED)
                 .update(status=Export.Status.PROCESSING, error=None))
                rendered = _render(export, document=document, assets=assets, fonts=fonts)
                export = _store(export_id=export.pk, rendered=rendered)
            done.append(export)
            job_progress(job_id=job.pk, progress=int((index + 1) * 100 / len(exports)),
                         message=f"Exported {index + 1} of {len(exports)}.")
    except ApiError as error:
        export_job_failed(job_id=job.pk, error=error)
        raise
    except SoftTimeLimitExceeded as exc:
        timed_out = ApiError(ErrorCode.EXPORT_FAILED, "The export took too long and was stopped.",
                             retryable=True)
        export_job_failed(job_id=job.pk, error=timed_out)
        raise timed_out from exc
    except Exception:
        export_job_failed(job_id=job.pk, error=ApiError(ErrorCode.SERVER_ERROR))
        raise
    return ExportRun(exports=done, batch=bool(job.input.get("batch")))
