"""Campaign reads, and turning ids in a request body into the user's brands and campaigns."""

from django.db.models import Count, QuerySet

from brands.models import BrandKit
from brands.selectors import brand_get_for_user
from radicpro.api.errors import ApiError, ErrorCode

from .models import Campaign


def campaigns_of(*, user) -> QuerySet[Campaign]:
    """The user's campaigns, newest first, each with ``design_count`` (one query per page)."""
    return (Campaign.objects.filter(owner=user)
            .annotate(design_count=Count("designs"))
            .order_by("-created_at", "-id"))


def campaign_get_for_user(*, user, campaign_id: str) -> Campaign:
    """The user's campaign with ``design_count``; NOT_FOUND when it is not theirs."""
    campaign = campaigns_of(user=user).filter(pk=str(campaign_id)).first()
    if campaign is None:
        raise ApiError(ErrorCode.NOT_FOUND, "Campaign does not exist.")
    return campaign


def _refused(field: str, what: str) -> ApiError:
    message = f"{what} does not exist."
    return ApiError(ErrorCode.VALIDATION_ERROR, f"{field}: {message}",
                    details={field: [message]})


def referenced_campaign(*, user, campaign_id: str | None,
                        field: str = "campaignId") -> Campaign | None:
    """The campaign a request body names, or None; another user's or an unknown id is a
    VALIDATION_ERROR naming ``field`` (the endpoint exists; the reference does not)."""
    if campaign_id is None:
        return None
    campaign = Campaign.objects.filter(owner=user, pk=str(campaign_id)).first()
    if campaign is None:
        raise _refused(field, "Campaign")
    return campaign


def referenced_brand(*, user, brand_id: str | None, field: str = "brandKitId") -> BrandKit | None:
    """The brand kit a request body names, or None; another user's or an unknown id is a
    VALIDATION_ERROR naming ``field``."""
    if brand_id is None:
        return None
    try:
        return brand_get_for_user(user=user, brand_id=str(brand_id))
    except ApiError as exc:
        if exc.status != 404:
            raise
        raise _refused(field, "Brand kit") from exc
