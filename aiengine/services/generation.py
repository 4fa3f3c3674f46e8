"""Design generation: a prompt becomes N saved designs with their smart images, in one job."""

from __future__ import annotations

import logging
import time
import zlib
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.db import transaction

from aiengine.creative.concepts import DEFAULT_CONCEPT
from aiengine.creative.model import Brief
from aiengine.creative.reading import read_brief
from aiengine.models import SmartImageRecipe, SmartImageRender
from aiengine.providers.base import ImageRequest, ImageResult, LayoutRequest, ProviderError
from aiengine.providers.settings import Chosen, image_provider, layout_provider
from assets.selectors import asset_get_for_user, asset_read_bytes
from brands.selectors import brand_document_block, brand_get_for_user
from designs.models import DesignRevision
from designs.selectors import designs_of
from designs.services import design_create
from designs.tasks import design_render_thumbnail
from radicpro.api.errors import ApiError, ErrorCode
from radicpro.api.ids import new_id
from radicpro.billing.costs import cost_of
from radicpro.jobs.models import Job
from radicpro.jobs.services import job_create, job_progress

from .common import (
    cache_key,
    elapsed_ms,
    generation_failed,
    holistic_context,
    image_size,
    usd,
)
from .smart_images import draw_image, provider_model, store_image

logger = logging.getLogger(__name__)

SMART_IMAGES_PER_VARIANT = 1  # the product shot each variant is billed for
JOB_META_KEY = "generationJobId"  # in each generated document's meta: a re-run job finds its designs
JOB_KIND = "generation"  # the job kind this app registers (apps.py)


@dataclass
class Slot:
    """One smart image a generated document needs: where it goes and what to ask for."""

    document: int
    key: str
    layer_id: str
    request: ImageRequest
    recipe_id: str
    cache_key: str
    result: ImageResult | None = None
    took_ms: int = 0
    asset: Any = None


@dataclass(frozen=True)
class Generation:
    """A finished generation job: the designs it saved (in order) and how they were made."""

    job: Job
    designs: list[Any]
    brief: Brief
    concept: str
    models: dict[str, str]  # layout, image (and image_fallback when the asked model was missing)
    layout_cost: float  # USD
    image_cost: float  # USD
    processing_ms: int

    @property
    def summary(self) -> dict[str, str]:
        """The API's `briefSummary`: the brief's headline, subline, badge and CTA."""
        return self.brief.summary()

    @property
    def layout_usd(self) -> float:
        return usd(self.layout_cost)

    @property
    def images_usd(self) -> float:
        return usd(self.image_cost)

    @property
    def total_usd(self) -> float:
        return usd(self.layout_cost + self.image_cost)


def generation_cost(*, variants: int, image_resolution: str) -> int:
    """Credits for a generation: each variant, plus its product shot at the resolution asked."""
    return (cost_of("design_variant", count=variants)
            + cost_of("smart_image", count=variants * SMART_IMAGES_PER_VARIANT, resolution=image_resolution))


@transaction.atomic
def generation_request(*, owner, sandbox: bool, prompt: str, format: str,  # noqa: A002
                       creative_concept: str | None = None, brand_kit_id: str | None = None,
                       product_asset_id: str | None = None, variants: int = 3, image_resolution: str = "1k",
                       image_model: str | None = None) -> Job:
    """A queued generation job with its credits reserved (402 INSUFFICIENT_CREDITS when short;
    nothing for sandbox keys). Unknown brand kits are BRAND_NOT_FOUND, unknown assets NOT_FOUND."""
    if brand_kit_id:
        brand_get_for_user(user=owner, brand_id=brand_kit_id)
    if product_asset_id:
        asset_get_for_user(user=owner, asset_id=product_asset_id)
    job_input = {"prompt": prompt, "format": format, "creative_concept": creative_concept or DEFAULT_CONCEPT,
                 "brand_kit_id": brand_kit_id or None, "product_asset_id": product_asset_id or None,
                 "variants": variants, "image_resolution": image_resolution, "image_model": image_model or None,
                 "sandbox": sandbox}
    return job_create(owner=owner, kind=JOB_KIND, input=job_input, sandbox=sandbox,
                      credits_reserved=generation_cost(variants=variants, image_resolution=image_resolution))


def _progress(job: Job, progress: int, message: str) -> None:
    job_progress(job_id=job.pk, progress=progress, message=message)


def _slots(documents: list[dict[str, Any]], *, prompt: str, resolution: str, reference: bytes | None,
           chosen: Chosen, seed: int) -> list[Slot]:
    """Every pending smart-asset slot of the documents that an image layer draws."""
    slots = []
    for index, document in enumerate(documents):
        for key, entry in (document.get("smartAssets") or {}).items():
            recipe = (entry or {}).get("recipe") or {}
            layer = next((layer for layer in document.get("layers") or []
                          if layer.get("type") == "image" and layer.get("smartAssetId") == key), None)
            if layer is None or not recipe.get("prompt"):
                continue
            width, height = image_size(layer=layer, canvas=document["canvas"], resolution=resolution)
            context = holistic_context(document, prompt=prompt, layer=layer)
            request = ImageRequest(recipe_type=recipe.get("type") or "product_shot", prompt=recipe["prompt"],
                                   width=width, height=height, options=dict(recipe.get("options") or {}),
                                   context=context, reference=reference,
                                   brand_colors=tuple(context["brandColors"]))
            key_hash = cache_key(request=request, provider=chosen.name, model=provider_model(chosen))
            request = replace(request, seed=(seed + index * 101) & 0x7FFFFFFF)
            slots.append(Slot(document=index, key=key, layer_id=layer["id"], request=request,
                              recipe_id=new_id("recipe"), cache_key=key_hash))
    return slots


def _draw_all(job: Job, slots: list[Slot], chosen: Chosen) -> None:
    """Draws every slot, several at a time (HTTP providers wait on the network); progress 35→75."""
    if not slots:
        return
    workers = max(1, min(len(slots), int(getattr(settings, "RADICPRO_AI_IMAGE_CONCURRENCY", 3))))
    if workers == 1:
        for done, slot in enumerate(slots, start=1):
            slot.result, slot.took_ms = draw_image(chosen=chosen, request=slot.request)
            _progress(job, 35 + 40 * done // len(slots), f"Smart image {done} of {len(slots)} drawn.")
        return
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="smart-image")
    try:
        futures = {pool.submit(draw_image, chosen=chosen, request=slot.request): slot for slot in slots}
        for done, future in enumerate(as_completed(futures), start=1):
            slot = futures[future]
            slot.result, slot.took_ms = future.result()
            _progress(job, 35 + 40 * done // len(slots), f"Smart image {done} of {len(slots)} drawn.")
    finally:
        # On a failure, answer now: images still being drawn are dropped, queued ones never start.
        pool.shutdown(wait=False, cancel_futures=True)


def _save(job: Job, *, documents: list[dict[str, Any]], slots: list[Slot], brief, brand, concept: str,
          chosen: Chosen) -> list:
    """The designs, their image assets and recipes, all or nothing."""
    owner = job.owner
    designs = []
    with transaction.atomic():
        for slot in slots:
            asset = store_image(owner=owner, recipe_id=slot.recipe_id, result=slot.result, index=1)
            entry = documents[slot.document]["smartAssets"][slot.key]
            entry.update({"status": "completed", "recipeId": slot.recipe_id, "assetId": asset.pk})
            slot.asset = asset
        title = (brief.copy.headline or "Design").strip()[:180]
        for index, document in enumerate(documents):
            document.setdefault("meta", {})[JOB_META_KEY] = job.pk
            design = design_create(owner=owner, title=f"{title} - Variant {index + 1}", format=job.input["format"],
                                   brand=brand, design_json=document, creative_concept=concept,
                                   source=DesignRevision.Source.AI_GENERATE)
            designs.append(design)
        for slot in slots:
            result = slot.result
            cost = Decimal(str(usd(result.cost_usd)))
            recipe = SmartImageRecipe.objects.create(
                id=slot.recipe_id, owner=owner, design=designs[slot.document], layer_id=slot.layer_id,
                smart_asset_id=slot.key, type=slot.request.recipe_type, prompt=slot.request.prompt,
                options=slot.request.options, holistic_context=slot.request.context,
                resolution=job.input["image_resolution"], width=slot.request.width, height=slot.request.height,
                reference_id=job.input.get("product_asset_id"), provider=chosen.name, model=result.model,
                seed=slot.request.seed, cache_key=slot.cache_key, asset=slot.asset,
                status=SmartImageRecipe.Status.COMPLETED, cost_usd=cost)
            SmartImageRender.objects.create(recipe=recipe, asset=slot.asset, prompt=slot.request.prompt,
                                            seed=slot.request.seed, provider=chosen.name, model=result.model,
                                            cost_usd=cost, processing_ms=slot.took_ms, job_id=job.pk)
        _progress(job, 85, "Drawing thumbnails.")
        # Before the commit: the thumbnail tasks design_create queues on commit then find them done
        # instead of drawing each one a second time in another worker.
        _thumbnails(designs)
    return designs


def _thumbnails(designs: list) -> None:
    """Draws each design's thumbnail now, so the answer carries its URL; a thumbnail that cannot
    be made is logged and left to the designs app's own task (never a failed generation)."""
    for design in designs:
        try:
            with transaction.atomic():
                design_render_thumbnail(design.pk, design.version)
        except Exception:  # a thumbnail is a nicety: the designs are saved either way
            logger.exception("Thumbnail of generated design %s failed", design.pk)


def generation_job_run(*, job: Job) -> Generation:
    """Brief → layouts → smart images → saved designs → thumbnails (the job's result renders
    them: POST /v1/ai/generate-designs' answer). A provider failure is GENERATION_FAILED
    (nothing is saved and the job refunds the credits)."""
    started = time.perf_counter()
    data = job.input
    sandbox = bool(data.get("sandbox"))
    owner = job.owner
    saved = list(designs_of(user=owner).filter(**{f"design_json__meta__{JOB_META_KEY}": job.pk})
                 .order_by("created_at", "id"))
    if saved:  # a re-delivered job whose designs were already saved: answer with them
        _thumbnails(saved)
        renders = list(SmartImageRender.objects.filter(job_id=job.pk))
        models = {"layout": str((saved[0].design_json.get("meta") or {}).get("generator", "")),
                  "image": renders[0].model if renders else ""}
        return _result(job, designs=saved, brief=read_brief(data["prompt"], format_id=data["format"]),
                       concept=data.get("creative_concept") or DEFAULT_CONCEPT, models=models, layout_cost=0.0,
                       image_cost=sum(usd(render.cost_usd) for render in renders), started=started)
    brand = brand_get_for_user(user=owner, brand_id=data["brand_kit_id"]) if data.get("brand_kit_id") else None
    reference = None
    if data.get("product_asset_id"):
        reference = asset_read_bytes(asset=asset_get_for_user(user=owner, asset_id=data["product_asset_id"]))
    _progress(job, 5, "Reading the brief.")
    brief = read_brief(data["prompt"], format_id=data["format"])
    concept = data.get("creative_concept") or DEFAULT_CONCEPT
    seed = zlib.crc32(job.pk.encode("ascii")) & 0x7FFFFFFF
    _progress(job, 10, f"Laying out {data['variants']} variants.")
    block = brand_document_block(brand=brand) if brand is not None else None
    try:
        layout = layout_provider(sandbox=sandbox).generate(LayoutRequest(
            brief=brief, format_id=data["format"], concept=concept, variants=int(data["variants"]), brand=block,
            logo_asset_id=(block or {}).get("logoAssetId"), seed=seed))
    except ProviderError as error:
        raise generation_failed(error, what="The layout") from error
    documents = layout.documents[: int(data["variants"])]
    if len(documents) < int(data["variants"]):  # the credits paid for every variant: all or nothing
        raise ApiError(ErrorCode.GENERATION_FAILED, f"The layout provider made {len(documents)} of the "
                       f"{data['variants']} designs asked for.", retryable=True)
    chosen = image_provider(requested=data.get("image_model"), sandbox=sandbox)
    slots = _slots(documents, prompt=data["prompt"], resolution=data["image_resolution"], reference=reference,
                   chosen=chosen, seed=seed)
    _progress(job, 35, f"Drawing {len(slots)} smart images.")
    try:
        _draw_all(job, slots, chosen)
    except ProviderError as error:
        raise generation_failed(error, what="A smart image") from error
    _progress(job, 75, "Saving the designs.")
    designs = _save(job, documents=documents, slots=slots, brief=brief, brand=brand, concept=concept,
                    chosen=chosen)
    models = {"layout": layout.model,
              "image": slots[0].result.model if slots else provider_model(chosen)}
    if chosen.note:
        models["image_fallback"] = chosen.note
    return _result(job, designs=designs, brief=brief, concept=concept, models=models,
                   layout_cost=layout.cost_usd, image_cost=sum(usd(slot.result.cost_usd) for slot in slots),
                   started=started)


def _result(job: Job, *, designs: list, brief, concept: str, models: dict[str, str], layout_cost: float,
            image_cost: float, started: float) -> Generation:
    """The designs as saved now (thumbnails included) and how they were made."""
    fresh = {design.pk: design for design in designs_of(user=job.owner).filter(pk__in=[d.pk for d in designs])}
    return Generation(job=job, designs=[fresh[design.pk] for design in designs], brief=brief, concept=concept,
                      models=models, layout_cost=layout_cost, image_cost=image_cost,
                      processing_ms=elapsed_ms(started))
