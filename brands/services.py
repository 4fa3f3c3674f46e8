"""Brand kit writes: create, partial update, delete, one default per user, logo, fonts."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db import transaction

from assets import services as asset_services
from assets.models import Asset
from assets.selectors import assets_of
from radicpro.api.errors import ApiError, ErrorCode

from .models import BrandFont, BrandKit

FONT_MIME_TYPES = {"ttf": "font/ttf", "otf": "font/otf", "woff": "font/woff", "woff2": "font/woff2"}
LOGO_SOURCE_TYPES = (Asset.Type.LOGO, Asset.Type.PRODUCT, Asset.Type.REFERENCE,
                     Asset.Type.GENERATED)
MAX_BRAND_FONTS = 20


def _lock_owner(owner) -> None:
    """Serialises a user's brand writes (their user row is the lock, always taken first)."""
    list(get_user_model().objects.select_for_update().filter(pk=owner.pk).values_list("pk"))


def _logo_asset(*, owner, asset_id: str | None) -> Asset | None:
    if asset_id is None:
        return None
    asset = (assets_of(user=owner).filter(id=str(asset_id), type__in=LOGO_SOURCE_TYPES)
             .first())
    if asset is None:
        raise ApiError(ErrorCode.VALIDATION_ERROR, "logoAssetId: No such image asset.",
                       details={"logoAssetId": ["No such image asset."]})
    return asset


def _merge(current: dict, changes: dict) -> dict:
    """Role-by-role merge: a role in `changes` replaces the old one, None removes it."""
    merged = dict(current or {})
    for role, value in changes.items():
        if value is None:
            merged.pop(role, None)
        else:
            merged[role] = value
    return merged


@transaction.atomic
def brand_create(*, owner, name: str, colors: dict | None = None, fonts: dict | None = None,
                 is_default: bool = False, logo_asset_id: str | None = None) -> BrandKit:
    """A new brand kit; the user's first brand (or one asked to be) becomes the default."""
    _lock_owner(owner)
    logo = _logo_asset(owner=owner, asset_id=logo_asset_id)
    has_default = BrandKit.objects.filter(owner=owner, is_default=True).exists()
    if is_default:
        BrandKit.objects.filter(owner=owner, is_default=True).update(is_default=False)
    brand = BrandKit.objects.create(
        owner=owner, name=name, colors=colors or {}, fonts=fonts or {}, logo=logo,
        is_default=is_default or not has_default)
    return brand


@transaction.atomic
def brand_update(*, brand: BrandKit, changes: dict) -> BrandKit:
    """Applies a partial update: colours and fonts merge role by role onto the stored kit.

    The owner's row, then the kit's row, are locked first, so concurrent patches of different
    roles all survive and default changes never interleave.
    """
    _lock_owner(brand.owner)
    brand = (BrandKit.objects.select_for_update(of=("self",)).select_related("logo")
             .get(pk=brand.pk))
    fields = ["updated_at"]
    if "name" in changes:
        brand.name = changes["name"]
        fields.append("name")
    if "colors" in changes:
        brand.colors = _merge(brand.colors, changes["colors"])
        fields.append("colors")
    if "fonts" in changes:
        brand.fonts = _merge(brand.fonts, changes["fonts"])
        fields.append("fonts")
    if "logo_asset_id" in changes:
        brand.logo = _logo_asset(owner=brand.owner, asset_id=changes["logo_asset_id"])
        fields.append("logo")
    if "is_default" in changes and changes["is_default"] != brand.is_default:
        if changes["is_default"]:
            (BrandKit.objects.filter(owner=brand.owner, is_default=True)
             .exclude(pk=brand.pk).update(is_default=False))
        brand.is_default = changes["is_default"]
        fields.append("is_default")
    brand.save(update_fields=fields)
    return brand


@transaction.atomic
def brand_delete(*, brand: BrandKit) -> None:
    """Deletes the kit and its font files; the newest other kit becomes the default."""
    owner, was_default = brand.owner, brand.is_default
    _lock_owner(owner)
    font_assets = [font.asset for font in BrandFont.objects.filter(brand=brand)
                   .select_related("asset")]
    brand.delete()
    for asset in font_assets:
        asset_services.asset_delete(asset=asset)
    if was_default:
        successor = (BrandKit.objects.filter(owner=owner).order_by("-created_at", "-id")
                     .first())
        if successor is not None and not BrandKit.objects.filter(
                owner=owner, is_default=True).exists():
            successor.is_default = True
            successor.save(update_fields=["is_default", "updated_at"])


@transaction.atomic
def brand_logo_upload(*, brand: BrandKit, upload) -> BrandKit:
    """Stores the uploaded logo (PNG, JPEG, WebP, GIF or sanitised SVG) and sets it."""
    asset = asset_services.asset_create_from_upload(owner=brand.owner, upload=upload,
                                                    type=Asset.Type.LOGO)
    brand.logo = asset
    brand.save(update_fields=["logo", "updated_at"])
    return brand


@transaction.atomic
def brand_font_add(*, brand: BrandKit, upload, family: str | None = None) -> BrandFont:
    """Validates a TTF/OTF/WOFF2 file with the renderer and registers it for the brand."""
    from rendering import FontFileInvalid, inspect_font_file

    if BrandFont.objects.filter(brand=brand).count() >= MAX_BRAND_FONTS:
        raise ApiError(ErrorCode.VALIDATION_ERROR,
                       f"A brand kit holds at most {MAX_BRAND_FONTS} fonts.",
                       details={"file": [f"At most {MAX_BRAND_FONTS} fonts per brand."]})
    data = asset_services.upload_read(upload=upload)
    try:
        info = inspect_font_file(data)
    except FontFileInvalid as exc:
        raise ApiError(ErrorCode.VALIDATION_ERROR, f"file: {exc.message}",
                       details={"file": [exc.message]}) from exc
    extension = info.format if info.format in FONT_MIME_TYPES else "ttf"
    filename = asset_services.display_filename(getattr(upload, "name", ""), extension)
    asset = asset_services.asset_create_from_bytes(
        owner=brand.owner, data=data, type=Asset.Type.FONT, filename=filename,
        mime_type=FONT_MIME_TYPES[extension])
    return BrandFont.objects.create(brand=brand, asset=asset,
                                    family=((family or "").strip() or info.family)[:200],
                                    weight=info.weight, style=info.style)


@transaction.atomic
def brand_font_delete(*, font: BrandFont) -> None:
    """Removes the font from the brand and deletes its file."""
    asset_services.asset_delete(asset=font.asset)

