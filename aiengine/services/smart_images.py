"""Smart images: a recipe drawn by the image provider into a design's slot, cached and regenerated."""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone

from aiengine.models import SmartImageRecipe, SmartImageRender
from aiengine.providers.base import ImageRequest, ImageResult, ProviderError
from aiengine.providers.settings import Chosen, image_provider, image_provider_named
from aiengine.selectors import recipe_cached
from assets.selectors import asset_get_for_user, asset_read_bytes
from assets.services import asset_create_from_bytes
from designs.models import DesignRevision
from designs.selectors import design_get_for_user
from designs.services import design_update
from documents import to_v14
from radicpro.api.errors import ApiError, ErrorCode
from radicpro.billing.costs import cost_of
from radicpro.jobs.models import Job
from radicpro.jobs.services import job_create, job_progress
from radicpro.webhooks import services as webhooks
from radicpro.webhooks.events import SMART_IMAGE_COMPLETED, SMART_IMAGE_FAILED, EventType

from .common import (
    cache_key,
    document_colors,
    elapsed_ms,
    find_layer,
    generation_failed,
    image_size,
    normalised_prompt,
    seed_from,
    usd,
    with_slot,
)

VERSION_RETRIES = 3
JOB_KIND = "smart_image"  # the job kind this app registers (apps.py)


@dataclass(frozen=True)
class SmartImageOutcome:
    """A smart image: its recipe, and either the cached image (no job) or the job that draws it.

    POST /v1/ai/smart-image(/regenerate) answers with it (serializers.SmartImageOutput), at once
    when cached, else as the job's result once the job has drawn the image."""

    recipe: SmartImageRecipe
    cached: bool
    job: Job | None = None
    processing_ms: int = 0


def provider_model(chosen: Chosen) -> str:
    """The model name a provider is configured with (its name when it has no model setting)."""
    return str(getattr(chosen.provider, "model", "") or chosen.name)


def draw_image(*, chosen: Chosen, request: ImageRequest) -> tuple[ImageResult, int]:
    """(the provider's image, milliseconds it took); ProviderError passes through."""
    started = time.perf_counter()
    result = chosen.provider.generate(request)
    return result, elapsed_ms(started)


def store_image(*, owner, recipe_id: str, result: ImageResult, index: int) -> Any:
    """The generated PNG as one of the owner's assets (type `generated`)."""
    return asset_create_from_bytes(owner=owner, data=result.png, type="generated",
                                   filename=f"{recipe_id}-{index}.png", mime_type="image/png",
                                   width=result.width or None, height=result.height or None)


def update_design_slot(*, owner, design_id: str | None, slot: str, layer_id: str | None,
                       state: dict[str, Any]) -> None:
    """Writes smartAssets[slot] (and points the layer at it) as a new version of the design,
    re-reading it if someone else changed it meanwhile; a deleted design is left alone."""
    if not design_id:
        return
    for _attempt in range(VERSION_RETRIES):
        try:
            design = design_get_for_user(user=owner, design_id=design_id)
        except ApiError:
            return
        document = with_slot(design.design_json, slot=slot, layer_id=layer_id, state=state)
        if document == design.design_json:  # already shows it (a repeated cached request)
            return
        try:
            design_update(design=design, changes={"design_json": document},
                          expected_version=design.version, source=DesignRevision.Source.AI_GENERATE)
            return
        except ApiError as error:
            if error.code is not ErrorCode.PRECONDITION_FAILED:
                raise
    raise ApiError(ErrorCode.CONFLICT, "The design kept changing while its smart image was saved; retry.",
                   retryable=True)


def _slot_state(recipe: SmartImageRecipe) -> dict[str, Any]:
    state: dict[str, Any] = {"status": recipe.status, "recipeId": recipe.pk,
                             "recipe": {"type": recipe.type, "prompt": recipe.prompt,
                                        "options": dict(recipe.options or {})}}
    if recipe.status == SmartImageRecipe.Status.COMPLETED:
        state["assetId"] = recipe.asset_id
    if recipe.status == SmartImageRecipe.Status.FAILED:
        state["error"] = recipe.error[:300] or "The image could not be generated."
    return state


def _emit(recipe: SmartImageRecipe, *, event: EventType, **extra: Any) -> None:
    webhooks.event_emit(user=recipe.owner, event=event, recipe_id=recipe.pk,
                        design_id=recipe.design_id, layer_id=recipe.layer_id,
                        asset_id=recipe.asset_id, **extra)


def _image_request(*, design, layer_id: str, recipe: dict[str, Any], context: dict[str, Any],
                   resolution: str, reference: bytes | None) -> tuple[ImageRequest, str]:
    """The provider request for a layer of the design, and the smart-asset slot it fills."""
    document = design.design_json
    readable = to_v14(document) if str(document.get("schemaVersion", "")).startswith("2") else document
    layer = find_layer(readable, layer_id)
    if layer is None:
        raise ApiError(ErrorCode.VALIDATION_ERROR, f"layerId: the design has no layer {layer_id!r}.",
                       details={"layerId": [f"The design has no layer {layer_id!r}."]})
    if layer.get("type") != "image":
        raise ApiError(ErrorCode.VALIDATION_ERROR, f"layerId: {layer_id!r} is a {layer.get('type')} layer.",
                       details={"layerId": ["Smart images go into image layers."]})
    width, height = image_size(layer=layer, canvas=readable.get("canvas") or {}, resolution=resolution)
    colors = tuple(context.get("brandColors") or ()) or document_colors(readable)
    request = ImageRequest(recipe_type=recipe["type"], prompt=normalised_prompt(recipe["prompt"]), width=width,
                           height=height, options=dict(recipe.get("options") or {}), context=dict(context),
                           reference=reference, brand_colors=colors)
    return request, str(layer.get("smartAssetId") or f"smart_{layer_id}")


@transaction.atomic
def smart_image_request(*, owner, sandbox: bool, design_id: str, layer_id: str, recipe: dict[str, Any],
                        holistic_context: dict[str, Any], image_resolution: str = "1k",
                        image_model: str | None = None, reference_asset_id: str | None = None
                        ) -> SmartImageOutcome:
    """A smart image for a layer: the cached one for an identical request (no charge), else a
    new recipe and a job that draws it (its credits reserved now, refunded if it fails)."""
    started = time.perf_counter()
    design = design_get_for_user(user=owner, design_id=design_id)
    reference_asset = (asset_get_for_user(user=owner, asset_id=reference_asset_id)
                       if reference_asset_id else None)
    reference = asset_read_bytes(asset=reference_asset) if reference_asset is not None else None
    request, slot = _image_request(design=design, layer_id=layer_id, recipe=recipe, context=holistic_context,
                                   resolution=image_resolution, reference=reference)
    chosen = image_provider(requested=image_model, sandbox=sandbox)
    model = provider_model(chosen)
    key = cache_key(request=request, provider=chosen.name, model=model)
    hit = recipe_cached(user=owner, cache_key=key)
    if hit is not None:
        if hit.design_id != design.pk or hit.layer_id != layer_id:
            hit = _copy_recipe(hit, design=design, layer_id=layer_id, slot=slot)
        update_design_slot(owner=owner, design_id=design.pk, slot=slot, layer_id=layer_id, state=_slot_state(hit))
        _emit(hit, event=SMART_IMAGE_COMPLETED, cached=True)
        return SmartImageOutcome(recipe=hit, cached=True, processing_ms=elapsed_ms(started))
    fields = {"owner": owner, "design": design, "layer_id": layer_id, "smart_asset_id": slot,
              "type": request.recipe_type, "prompt": request.prompt, "options": request.options,
              "holistic_context": request.context, "resolution": image_resolution, "width": request.width,
              "height": request.height, "reference": reference_asset, "provider": chosen.name, "model": model,
              "seed": seed_from(key), "cache_key": key}
    created = SmartImageRecipe.objects.create(**fields)
    job = job_create(owner=owner, kind=JOB_KIND,
                     input={"recipe_id": created.pk, "sandbox": sandbox, "note": chosen.note},
                     credits_reserved=cost_of("smart_image", resolution=image_resolution), sandbox=sandbox)
    return SmartImageOutcome(recipe=created, cached=False, job=job)


def _copy_recipe(source: SmartImageRecipe, *, design, layer_id: str, slot: str) -> SmartImageRecipe:
    """The cached image reused for another layer: a recipe of its own pointing at the same asset."""
    copy = SmartImageRecipe.objects.create(
        owner=source.owner, design=design, layer_id=layer_id, smart_asset_id=slot, type=source.type,
        prompt=source.prompt, options=source.options, holistic_context=source.holistic_context,
        resolution=source.resolution, width=source.width, height=source.height, reference=source.reference,
        provider=source.provider, model=source.model, seed=source.seed, cache_key=source.cache_key,
        asset=source.asset, status=SmartImageRecipe.Status.COMPLETED, cost_usd=Decimal(0))
    SmartImageRender.objects.create(recipe=copy, asset=source.asset, prompt=source.prompt, seed=source.seed,
                                    provider=source.provider, model=source.model)
    return copy


@transaction.atomic
def smart_image_regenerate_request(*, recipe: SmartImageRecipe, sandbox: bool,
                                   prompt_override: str | None = None) -> Job:
    """A job that draws the recipe again with a new seed (and the new prompt, if given) into a
    new asset under the same recipe id; credits reserved now, refunded if it fails."""
    if recipe.status == SmartImageRecipe.Status.PROCESSING:
        raise ApiError(ErrorCode.CONFLICT, "This smart image is still being generated; wait for it first.",
                       retryable=True)
    prompt = normalised_prompt(prompt_override) if prompt_override else recipe.prompt
    seed = secrets.randbelow(0x7FFFFFFF)
    while seed == recipe.seed:
        seed = secrets.randbelow(0x7FFFFFFF)
    return job_create(owner=recipe.owner, kind=JOB_KIND,
                      input={"recipe_id": recipe.pk, "sandbox": sandbox, "regenerate": True, "prompt": prompt,
                             "seed": seed},
                      credits_reserved=cost_of("smart_image", resolution=recipe.resolution), sandbox=sandbox)


def _request_for(recipe: SmartImageRecipe, *, prompt: str, seed: int) -> ImageRequest:
    reference = asset_read_bytes(asset=recipe.reference) if recipe.reference is not None else None
    colors = tuple((recipe.holistic_context or {}).get("brandColors") or ())
    if not colors and recipe.design is not None:
        colors = document_colors(recipe.design.design_json)
    return ImageRequest(recipe_type=recipe.type, prompt=prompt, width=recipe.width, height=recipe.height,
                        options=dict(recipe.options or {}), context=dict(recipe.holistic_context or {}),
                        seed=seed, reference=reference, brand_colors=colors)


def smart_image_job_run(*, job: Job) -> SmartImageOutcome:
    """Draws a recipe's image (first time or regeneration) and puts it in the design.

    Idempotent: a job whose image was already stored answers with it. A provider failure marks
    the slot failed (a first drawing), emits smart_image.failed and raises GENERATION_FAILED, so
    the job refunds its credits."""
    started = time.perf_counter()
    regenerate = bool(job.input.get("regenerate"))
    recipe = SmartImageRecipe.objects.select_related("owner", "design", "reference").get(pk=job.input["recipe_id"])
    done = SmartImageRender.objects.filter(recipe=recipe, job_id=job.pk).first()
    if done is not None:
        return SmartImageOutcome(recipe=recipe, cached=False, job=job, processing_ms=done.processing_ms)
    prompt = job.input.get("prompt") or recipe.prompt
    seed = int(job.input.get("seed", recipe.seed))
    chosen = image_provider_named(name=recipe.provider, sandbox=bool(job.input.get("sandbox")))
    job_progress(job_id=job.pk, progress=10, message="Drawing the image.")
    request = _request_for(recipe, prompt=prompt, seed=seed)
    try:
        result, _took = draw_image(chosen=chosen, request=request)
    except ProviderError as error:
        _fail(recipe, error=error, regenerate=regenerate)
        raise generation_failed(error, what="The smart image") from error
    job_progress(job_id=job.pk, progress=80, message="Saving the image.")
    with transaction.atomic():
        count = SmartImageRender.objects.filter(recipe=recipe).count()
        asset = store_image(owner=recipe.owner, recipe_id=recipe.pk, result=result, index=count + 1)
        recipe.asset, recipe.prompt, recipe.seed = asset, prompt, seed
        recipe.provider, recipe.model = chosen.name, result.model
        recipe.status, recipe.error = SmartImageRecipe.Status.COMPLETED, ""
        recipe.cost_usd = Decimal(str(usd(result.cost_usd)))
        if regenerate:
            recipe.cache_key = cache_key(request=request, provider=chosen.name, model=provider_model(chosen))
        recipe.updated_at = timezone.now()
        recipe.save()
        processing = elapsed_ms(started)
        SmartImageRender.objects.create(recipe=recipe, asset=asset, prompt=prompt, seed=seed, provider=chosen.name,
                                        model=result.model, cost_usd=recipe.cost_usd, processing_ms=processing,
                                        job_id=job.pk)
        update_design_slot(owner=recipe.owner, design_id=recipe.design_id, slot=recipe.smart_asset_id,
                           layer_id=recipe.layer_id, state=_slot_state(recipe))
        _emit(recipe, event=SMART_IMAGE_COMPLETED, cached=False, regenerated=regenerate)
    return SmartImageOutcome(recipe=recipe, cached=False, job=job, processing_ms=processing)


def _shows_an_image(recipe: SmartImageRecipe) -> bool:
    """True when the recipe's design slot already shows a finished image (an earlier request's)."""
    if recipe.design is None:
        return False
    slots = recipe.design.design_json.get("smartAssets") or {}
    current = slots.get(recipe.smart_asset_id) or {}
    return current.get("status") == "completed" and bool(current.get("assetId"))


def _fail(recipe: SmartImageRecipe, *, error: ProviderError, regenerate: bool) -> None:
    """Records the failure; the slot says `failed` only when it had no image (a good image stays)."""
    with transaction.atomic():
        if not regenerate:
            recipe.status, recipe.error = SmartImageRecipe.Status.FAILED, error.message[:500]
            recipe.updated_at = timezone.now()
            recipe.save(update_fields=["status", "error", "updated_at"])
            if not _shows_an_image(recipe):
                update_design_slot(owner=recipe.owner, design_id=recipe.design_id, slot=recipe.smart_asset_id,
                                   layer_id=recipe.layer_id, state=_slot_state(recipe))
        _emit(recipe, event=SMART_IMAGE_FAILED, error=error.message[:300], regenerated=regenerate)
