"""Draws a design's thumbnail (a PNG, at most 400 px a side) and attaches it to the design."""

import logging

from django.conf import settings
from django.db import transaction

from assets.selectors import asset_source_for
from assets.services import asset_create_from_bytes, asset_delete
from brands.selectors import brand_font_library
from rendering import RenderError, default_font_library, fit_scale, render

from .models import Design

logger = logging.getLogger(__name__)

THUMBNAIL_MAX_SIDE = 400


def _is_current(design: Design | None, version: int) -> bool:
    """The design still exists, is at ``version``, and has no thumbnail of it yet."""
    return design is not None and design.version == version \
        and design.thumbnail_version < version


def thumbnail_png(design: Design) -> bytes:
    """The design drawn directly at the size that fits THUMBNAIL_MAX_SIDE, as PNG bytes."""
    fonts = brand_font_library(brand=design.brand) if design.brand_id else default_font_library()
    scale = fit_scale(design.design_json, max_side=THUMBNAIL_MAX_SIDE)
    return render(design.design_json, scale=scale, image_format="png",
                  assets=asset_source_for(user=design.owner), fonts=fonts,
                  memory_limit=settings.RADICPRO_RENDER_MEMORY_MB * 1024 * 1024).data


def design_thumbnail_render(*, design_id: str, version: int) -> str | None:
    """Renders the thumbnail of ``version`` and attaches it, unless the design has moved on
    (a later task draws that version) or already has it. Returns the new asset id or None.

    The drawing and the storing of the file happen outside any transaction. Only then is the
    design row locked, for a few statements, and the version checked again: a slow storage or a
    stalled worker never holds the lock, and a retry never attaches twice. The lock is FOR NO KEY
    UPDATE (the row's key never changes), so rows that merely refer to the design, such as a new
    export, never wait for it."""
    design = Design.objects.select_related("owner", "brand").filter(pk=design_id).first()
    if not _is_current(design, version):
        return None
    try:
        png = thumbnail_png(design)
    except RenderError as error:
        logger.warning("thumbnail of %s v%s cannot be rendered: %s", design_id, version, error)
        return None
    asset = asset_create_from_bytes(owner=design.owner, data=png, type="thumbnail",
                                    filename=f"{design_id}-v{version}.png", mime_type="image/png")
    with transaction.atomic():
        locked = Design.objects.select_for_update(no_key=True).filter(pk=design_id).first()
        if not _is_current(locked, version):
            asset_delete(asset=asset)  # the design moved on while this one was drawn
            return None
        previous = locked.thumbnail
        Design.objects.filter(pk=design_id).update(thumbnail=asset, thumbnail_version=version)
        if previous is not None:
            asset_delete(asset=previous)
    return asset.pk
