"""Campaign writes: create, update, delete (designs stay, unlinked)."""

from typing import Any

from django.db import transaction

from radicpro.api.errors import ApiError, ErrorCode

from .models import Campaign

UPDATABLE_FIELDS = ("name", "description", "brand")


def _check_brand(*, owner, brand) -> None:
    if brand is not None and brand.owner_id != owner.pk:
        raise ApiError(ErrorCode.VALIDATION_ERROR, "brandKitId: Brand kit does not exist.",
                       details={"brandKitId": ["Brand kit does not exist."]})


@transaction.atomic
def campaign_create(*, owner, name: str, description: str = "", brand=None) -> Campaign:
    _check_brand(owner=owner, brand=brand)
    return Campaign.objects.create(owner=owner, name=name, description=description, brand=brand)


@transaction.atomic
def campaign_update(*, campaign: Campaign, changes: dict[str, Any]) -> Campaign:
    """Sets the given fields (name, description, brand; brand None unlinks it)."""
    unknown = set(changes) - set(UPDATABLE_FIELDS)
    if unknown:
        raise ApiError(ErrorCode.VALIDATION_ERROR, "These fields cannot be changed.",
                       details={name: ["Cannot be changed."] for name in sorted(unknown)})
    if "brand" in changes:
        _check_brand(owner=campaign.owner, brand=changes["brand"])
    for name, value in changes.items():
        setattr(campaign, name, value)
    campaign.save(update_fields=[*changes, "updated_at"])
    return campaign


@transaction.atomic
def campaign_delete(*, campaign: Campaign) -> None:
    """Deletes the campaign; its designs are kept and no longer belong to a campaign."""
    campaign.delete()
