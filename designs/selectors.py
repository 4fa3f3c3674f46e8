"""Design reads: the user's designs (listed, filtered, sorted), one design, its revisions."""

from django.db.models import QuerySet

from assets.selectors import asset_signed_url
from radicpro.api.errors import ApiError, ErrorCode

from .models import Design, DesignRevision

SORT_FIELDS = {"createdAt": "created_at", "updatedAt": "updated_at", "title": "title"}
# What a listed design needs: never the document (design_json), and of the thumbnail only what
# signing its URL takes.
LIST_FIELDS = ("id", "owner_id", "title", "format", "thumbnail_id", "thumbnail__file",
               "is_archived", "campaign_id", "version", "created_at", "updated_at")


def designs_of(*, user) -> QuerySet[Design]:
    """Every design of ``user`` (archived included), with the thumbnail joined."""
    return Design.objects.filter(owner=user).select_related("thumbnail")


def design_list(*, user, campaign=None, include_archived: bool = False,
                sort: str = "updatedAt", order: str = "desc") -> QuerySet[Design]:
    """The user's designs: only unarchived ones unless ``include_archived``; optionally those
    of one campaign; sorted by ``sort`` (a key of SORT_FIELDS) then id, in ``order`` (each
    sort has an index on owner, field, id). Only the LIST_FIELDS are loaded."""
    queryset = designs_of(user=user).only(*LIST_FIELDS)
    if not include_archived:
        queryset = queryset.filter(is_archived=False)
    if campaign is not None:
        queryset = queryset.filter(campaign=campaign)
    prefix = "-" if order == "desc" else ""
    return queryset.order_by(prefix + SORT_FIELDS[sort], prefix + "id")


# What GET /v1/designs/{id} shows: the design, and of its thumbnail only what signing takes.
DETAIL_FIELDS = ("id", "owner_id", "campaign_id", "brand_id", "title", "format", "design_json",
                 "version", "creative_concept", "is_archived", "created_at", "updated_at",
                 "thumbnail_id", "thumbnail__file")


def design_detail(*, user, design_id: str) -> Design:
    """The user's design as GET /v1/designs/{id} shows it (DETAIL_FIELDS only: a read, never
    saved); DESIGN_NOT_FOUND when it does not exist or is someone else's."""
    found = list(designs_of(user=user).only(*DETAIL_FIELDS).filter(pk=str(design_id))
                 .order_by()[:1])
    if not found:
        raise ApiError(ErrorCode.DESIGN_NOT_FOUND)
    return found[0]


def design_get_for_user(*, user, design_id: str) -> Design:
    """The user's design; DESIGN_NOT_FOUND when it does not exist or is someone else's."""
    design = designs_of(user=user).filter(pk=str(design_id)).first()
    if design is None:
        raise ApiError(ErrorCode.DESIGN_NOT_FOUND)
    return design


def design_revisions_of(*, design: Design) -> QuerySet[DesignRevision]:
    """The design's revisions, newest first."""
    return DesignRevision.objects.filter(design=design).order_by("-version")


def design_revision_list(*, design: Design) -> QuerySet[DesignRevision]:
    """The design's revisions, newest first, without their documents (for listing)."""
    return design_revisions_of(design=design).defer("design_json")


def design_revision_get(*, design: Design, version: int) -> DesignRevision:
    revision = design_revisions_of(design=design).filter(version=version).first()
    if revision is None:
        raise ApiError(ErrorCode.NOT_FOUND, f"Design {design.pk} has no revision {version}.",
                       details={"version": [f"No revision {version}."]})
    return revision


def design_thumbnail_url(*, design: Design) -> str | None:
    """A signed URL of the design's thumbnail, or None until a worker has drawn one."""
    if design.thumbnail_id is None or design.thumbnail is None:
        return None
    url, _expires_at = asset_signed_url(asset=design.thumbnail)
    return url
