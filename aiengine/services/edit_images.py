"""Smart images an edit asks for (another subject in an image slot), drawn when the edit is suggested so the
suggested patch shows the new subject once applied and exported."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from aiengine.creative.art import subject_by_id
from aiengine.models import SmartImageRecipe, SmartImageRender
from aiengine.providers.base import ImageRequest, ProviderError
from aiengine.providers.local.image import hero_style_of
from aiengine.providers.settings import image_provider
from aiengine.selectors import recipe_cached, recipes_of
from documents import apply_operations
from radicpro.billing.costs import cost_of
from radicpro.billing.services import credits_refund, credits_reserve, credits_settle

from .common import (
    cache_key,
    document_colors,
    generation_failed,
    holistic_context,
    image_size,
    normalised_prompt,
    seed_from,
    slot_layers,
    usd,
)
from .smart_images import _copy_recipe, _request_for, draw_image, provider_model, store_image

PENDING = ("pending", "queued")


def _previous(owner, slot: dict[str, Any]) -> SmartImageRecipe | None:
    """The recipe that drew the slot before the edit (the owner's), if any."""
    recipe_id = slot.get("recipeId")
    return recipes_of(user=owner).filter(pk=recipe_id).first() if recipe_id else None


def _request(*, previous: SmartImageRecipe | None, after: dict[str, Any], layer: dict[str, Any],
             entry: dict[str, Any]) -> tuple[ImageRequest, str]:
    """The provider request for the re-pointed slot and its resolution: the earlier image's size, context,
    colours and seed (and, when the local engine drew it, its hero style), with the new prompt and subject."""
    recipe = entry.get("recipe") or {}
    options = dict(recipe.get("options") or {})
    subject = subject_by_id(str(options.get("subject") or ""))
    prompt = normalised_prompt(str(recipe.get("prompt") or ""))
    if previous is not None:
        before = _request_for(previous, prompt=previous.prompt, seed=previous.seed)
        if previous.provider == "local" and not previous.reference_id:
            options.setdefault("heroStyle", hero_style_of(before))
        request = replace(before, recipe_type=str(recipe.get("type") or previous.type), prompt=prompt,
                          options=options, reference=None, subject=subject.id if subject else "")
        return request, previous.resolution
    width, height = image_size(layer=layer, canvas=after.get("canvas") or {}, resolution="1k")
    context = holistic_context(after, prompt=str((after.get("meta") or {}).get("title") or prompt), layer=layer)
    request = ImageRequest(recipe_type=str(recipe.get("type") or "product_shot"), prompt=prompt, width=width,
                           height=height, options=options, context=context,
                           brand_colors=tuple(context.get("brandColors") or ()) or document_colors(after),
                           subject=subject.id if subject else "")
    return request, "1k"


def edit_images_draw(*, owner, sandbox: bool, design, document: dict[str, Any],
                     operations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`operations` with every smart-asset slot they leave pending (a new recipe) drawn now through the
    configured image provider: the operation then sets the slot completed with the new asset and recipe.
    An identical earlier image is reused free; a new one costs what the cost table says for a smart image
    (reserved before drawing, refunded if the provider fails: GENERATION_FAILED)."""
    if not any(op.get("op") == "update_smart_asset" for op in operations):
        return operations
    after = apply_operations(document, operations)
    result = list(operations)
    for index, operation in enumerate(operations):
        if operation.get("op") != "update_smart_asset":
            continue
        key = operation["key"]
        entry = (after.get("smartAssets") or {}).get(key) or {}
        layers = slot_layers(after, key)
        if entry.get("status") not in PENDING or not (entry.get("recipe") or {}).get("prompt") or not layers:
            continue
        previous = _previous(owner, (document.get("smartAssets") or {}).get(key) or {})
        request, resolution = _request(previous=previous, after=after, layer=layers[0], entry=entry)
        chosen = image_provider(requested=None, sandbox=sandbox)
        key_hash = cache_key(request=request, provider=chosen.name, model=provider_model(chosen))
        recipe = recipe_cached(user=owner, cache_key=key_hash)
        if recipe is not None:
            recipe = _copy_recipe(recipe, design=design, layer_id=layers[0]["id"], slot=key)
        else:
            seed = previous.seed if previous is not None else seed_from(key_hash)
            request = replace(request, seed=seed)
            recipe = _draw(owner=owner, sandbox=sandbox, design=design, layer_id=layers[0]["id"], slot=key,
                           request=request, resolution=resolution, chosen=chosen, key_hash=key_hash)
        changes = {**operation["changes"], "status": "completed", "recipeId": recipe.pk, "assetId": recipe.asset_id,
                   "recipe": {"type": recipe.type, "prompt": recipe.prompt, "options": dict(recipe.options or {})}}
        result[index] = {**operation, "changes": changes}
    return result


def _draw(*, owner, sandbox: bool, design, layer_id: str, slot: str, request: ImageRequest, resolution: str,
          chosen, key_hash: str) -> SmartImageRecipe:
    reservation = credits_reserve(user=owner, amount=cost_of("smart_image", resolution=resolution),
                                  reason="smart_image", reference=design.pk, sandbox=sandbox)
    try:
        image, took = draw_image(chosen=chosen, request=request)
    except ProviderError as error:
        credits_refund(reservation=reservation, reason="smart_image failed")
        raise generation_failed(error, what="The new subject's image") from error
    except BaseException:
        credits_refund(reservation=reservation, reason="smart_image failed")
        raise
    recipe = SmartImageRecipe.objects.create(
        owner=owner, design=design, layer_id=layer_id, smart_asset_id=slot, type=request.recipe_type,
        prompt=request.prompt, options=request.options, holistic_context=request.context, resolution=resolution,
        width=request.width, height=request.height, provider=chosen.name, model=image.model, seed=request.seed,
        cache_key=key_hash, status=SmartImageRecipe.Status.PROCESSING, cost_usd=Decimal(str(usd(image.cost_usd))))
    asset = store_image(owner=owner, recipe_id=recipe.pk, result=image, index=1)
    recipe.asset, recipe.status = asset, SmartImageRecipe.Status.COMPLETED
    recipe.save(update_fields=["asset", "status"])
    SmartImageRender.objects.create(recipe=recipe, asset=asset, prompt=request.prompt, seed=request.seed,
                                    provider=chosen.name, model=image.model, cost_usd=recipe.cost_usd,
                                    processing_ms=took)
    credits_settle(reservation=reservation)
    return recipe
