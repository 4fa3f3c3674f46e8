"""Adapt designs to other formats (Magic Resize): each source design re-laid out on each target
format as a new design in the same campaign, with the same words, brand, colours and images."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any

from django.db import transaction

from aiengine.creative.lint import lint_document
from aiengine.providers.local.reflow import reflow
from campaigns.selectors import campaign_get_for_user
from designs.models import Design, DesignRevision
from designs.selectors import design_get_for_user, designs_of
from designs.services import design_create
from designs.tasks import design_render_thumbnail
from documents import get_format
from radicpro.api.errors import ApiError, ErrorCode
from radicpro.billing.costs import cost_of
from radicpro.jobs.models import Job
from radicpro.jobs.services import job_create, job_progress
from radicpro.webhooks import services as webhooks
from radicpro.webhooks.events import DESIGN_ADAPTED

from .common import elapsed_ms

logger = logging.getLogger(__name__)

JOB_KIND = "adapt"  # the job kind this app registers (apps.py)
JOB_META_KEY = "adaptJobId"  # in each adapted document's meta: a re-run job finds its designs
MAX_FORMATS = 10
MAX_SOURCE_DESIGNS = 20


@dataclass(frozen=True)
class Adapted:
    """One new design and the design and format it was adapted from/to, with its lint findings."""

    design: Design
    source_design_id: str
    format: str
    lint: list[str]


@dataclass(frozen=True)
class Adaptation:
    """A finished adapt job: the designs it made, in source × format order."""

    job: Job
    designs: list[Adapted]
    processing_ms: int


def adapt_cost(*, designs: int, formats: int) -> int:
    """Credits for adapting `designs` designs to `formats` formats each."""
    return cost_of("design_adapt", count=designs * formats)


def _check_formats(formats: list[str]) -> list[str]:
    wanted = list(dict.fromkeys(formats))
    unknown = [name for name in wanted if get_format(name) is None]
    if unknown:
        raise ApiError(ErrorCode.VALIDATION_ERROR, f"formats: unknown format {unknown[0]!r}.",
                       details={"formats": [f"Unknown format {name!r}; see GET /v1/formats." for name in unknown]})
    return wanted


def adapt_request(*, owner, sandbox: bool, formats: list[str], design_id: str | None = None,
                  campaign_id: str | None = None) -> Job:
    """A queued adapt job for one design or every design of a campaign (not archived), its credits
    reserved: 1 a new design (402 INSUFFICIENT_CREDITS when short; nothing for sandbox keys)."""
    wanted = _check_formats(formats)
    if design_id is not None:
        sources = [design_get_for_user(user=owner, design_id=design_id).pk]
    else:
        campaign = campaign_get_for_user(user=owner, campaign_id=str(campaign_id))
        sources = list(designs_of(user=owner).filter(campaign=campaign, is_archived=False)
                       .order_by("created_at", "id").values_list("pk", flat=True)[: MAX_SOURCE_DESIGNS + 1])
        if not sources:
            raise ApiError(ErrorCode.VALIDATION_ERROR, "The campaign has no designs to adapt.",
                           details={"campaignId": ["The campaign has no designs."]})
        if len(sources) > MAX_SOURCE_DESIGNS:
            raise ApiError(ErrorCode.VALIDATION_ERROR, f"A campaign adapts at most {MAX_SOURCE_DESIGNS} "
                           "designs in one call.", details={"campaignId": [f"More than {MAX_SOURCE_DESIGNS} designs."]})
    job_input = {"design_ids": sources, "formats": wanted, "campaign_id": campaign_id, "sandbox": sandbox}
    return job_create(owner=owner, kind=JOB_KIND, input=job_input, sandbox=sandbox,
                      credits_reserved=adapt_cost(designs=len(sources), formats=len(wanted)))


def adapt_document(document: dict[str, Any], *, format_id: str, source_design_id: str) -> dict[str, Any]:
    """`document` re-laid out for `format_id` (a catalogue id), remembering where it came from."""
    fmt = get_format(format_id)
    if fmt is None:
        raise ValueError(f"unknown format {format_id!r}")
    adapted = reflow(document, fmt=fmt)
    meta = adapted.setdefault("meta", {})
    meta["adaptedFrom"] = source_design_id
    for key in ("generationJobId", JOB_META_KEY):
        meta.pop(key, None)
    return adapted


def _lint_codes(document: dict[str, Any], format_id: str) -> list[str]:
    try:
        return sorted({issue.code for issue in lint_document(document, format_id=format_id)
                       if issue.severity == "error"})
    except Exception:  # the lint is advice: a design it cannot check is still adapted
        logger.exception("Lint of an adapted design failed")
        return []


def adapt_job_run(*, job: Job) -> Adaptation:
    """Every source design × format as a new design (all or nothing), thumbnails drawn; emits
    design.adapted once. A re-delivered job answers with the designs it already saved."""
    started = time.perf_counter()
    owner = job.owner
    formats = list(job.input["formats"])
    saved = list(designs_of(user=owner).filter(**{f"design_json__meta__{JOB_META_KEY}": job.pk})
                 .order_by("created_at", "id"))
    if saved:
        return Adaptation(job=job, designs=[Adapted(design=d, source_design_id=str(d.design_json["meta"]["adaptedFrom"]),
                                                    format=d.format, lint=[]) for d in saved],
                          processing_ms=elapsed_ms(started))
    sources = [design_get_for_user(user=owner, design_id=pk) for pk in job.input["design_ids"]]
    total = len(sources) * len(formats)
    made: list[Adapted] = []
    with transaction.atomic():
        for source in sources:
            for format_id in formats:
                document = adapt_document(source.design_json, format_id=format_id, source_design_id=source.pk)
                document["meta"][JOB_META_KEY] = job.pk
                lint = _lint_codes(document, format_id)
                name = getattr(get_format(format_id), "name", format_id)
                design = design_create(owner=owner, title=f"{source.title} - {name}"[:200],
                                       format=format_id, brand=source.brand, campaign=source.campaign,
                                       design_json=document, creative_concept=source.creative_concept,
                                       source=DesignRevision.Source.AI_GENERATE)
                made.append(Adapted(design=design, source_design_id=source.pk, format=format_id, lint=lint))
                job_progress(job_id=job.pk, progress=5 + 85 * len(made) // total,
                             message=f"Adapted {len(made)} of {total}.")
        for adapted in made:
            try:
                with transaction.atomic():
                    design_render_thumbnail(adapted.design.pk, adapted.design.version)
            except Exception:  # a thumbnail is a nicety: the designs are saved either way
                logger.exception("Thumbnail of adapted design %s failed", adapted.design.pk)
    webhooks.event_emit(user=owner, event=DESIGN_ADAPTED, job_id=job.pk,
               source_design_ids=[source.pk for source in sources], design_ids=[a.design.pk for a in made],
               formats=formats, campaign_id=job.input.get("campaign_id"))
    return Adaptation(job=job, designs=made, processing_ms=elapsed_ms(started))
