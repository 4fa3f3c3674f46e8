"""Brand kit reads: scoped lookups, the document's brand block, the brand's font library."""

from __future__ import annotations

import threading
from collections import OrderedDict

from django.db.models import QuerySet

from assets.selectors import asset_read_bytes
from radicpro.api.errors import ApiError, ErrorCode

from .models import BrandFont, BrandKit

FONT_LIBRARY_CACHE_SIZE = 32
_libraries: OrderedDict[tuple, object] = OrderedDict()
_libraries_lock = threading.Lock()


def brands_of(*, user) -> QuerySet[BrandKit]:
    """The user's brand kits (default first, then newest), with their logos."""
    return (BrandKit.objects.filter(owner=user).select_related("logo")
            .order_by("-is_default", "-created_at", "-id"))


def brand_get_for_user(*, user, brand_id: str) -> BrandKit:
    """The user's brand kit; anyone else's (or none) is a 404 BRAND_NOT_FOUND."""
    brand = BrandKit.objects.select_related("logo").filter(owner=user, id=str(brand_id)).first()
    if brand is None:
        raise ApiError(ErrorCode.BRAND_NOT_FOUND)
    return brand


def brand_default_for_user(*, user) -> BrandKit | None:
    """The user's default brand kit, if any."""
    return BrandKit.objects.select_related("logo").filter(owner=user, is_default=True).first()


def brand_fonts_of(*, brand: BrandKit) -> QuerySet[BrandFont]:
    return BrandFont.objects.filter(brand=brand).select_related("asset").order_by("created_at", "id")


def brand_font_get(*, brand: BrandKit, font_id: str) -> BrandFont:
    """One of the brand's fonts; 404 NOT_FOUND otherwise."""
    font = brand_fonts_of(brand=brand).filter(id=str(font_id)).first()
    if font is None:
        raise ApiError(ErrorCode.NOT_FOUND, "Font does not exist.")
    return font


def brand_document_block(*, brand: BrandKit) -> dict:
    """The design document's `brand` block (already in wire form: camelCase keys)."""
    block = {
        "brandKitId": brand.id,
        "colors": dict(brand.colors or {}),
        "fonts": {role: dict(font) for role, font in (brand.fonts or {}).items()},
    }
    if brand.logo_id:
        block["logoAssetId"] = brand.logo_id
    return block


def brand_font_library(*, brand: BrandKit):
    """The shipped fonts plus the brand's uploaded fonts (a FontLibrary, cached per version)."""
    from rendering import FontFileInvalid, FontLibrary, default_font_library

    fonts = list(brand_fonts_of(brand=brand))
    if not fonts:
        return default_font_library()
    key = (brand.id, tuple((font.id, font.asset.sha256, font.family) for font in fonts))
    with _libraries_lock:
        library = _libraries.get(key)
        if library is not None:
            _libraries.move_to_end(key)
            return library
    library = FontLibrary()
    for font in fonts:
        data = asset_read_bytes(asset=font.asset)
        if data is None:
            continue
        try:
            library.register_font(data, family=font.family)
        except FontFileInvalid:
            continue
    with _libraries_lock:
        _libraries[key] = library
        while len(_libraries) > FONT_LIBRARY_CACHE_SIZE:
            _libraries.popitem(last=False)
    return library
