"""Export reads: a user's exports, one export, a job's exports, a file URL, counts by status."""

from datetime import datetime

from django.db.models import Count, QuerySet

from assets.selectors import asset_signed_url
from radicpro.api.errors import ApiError, ErrorCode

from .models import Export


def exports_of(*, user, design_id: str | None = None) -> QuerySet[Export]:
    """The user's exports, newest first; only one design's when `design_id` is given."""
    queryset = Export.objects.filter(owner=user).select_related("asset")
    if design_id:
        queryset = queryset.filter(design_id=design_id)
    return queryset.order_by("-created_at", "-id")


def export_get_for_user(*, user, export_id: str) -> Export:
    """The user's export (NOT_FOUND when it is unknown or someone else's)."""
    export = exports_of(user=user).filter(pk=str(export_id)[:40]).first()
    if export is None:
        raise ApiError(ErrorCode.NOT_FOUND, "Export does not exist.")
    return export


def exports_of_job(*, job_id: str) -> list[Export]:
    """The exports one job renders, in request order."""
    return list(Export.objects.filter(job_id=job_id).select_related("asset")
                .order_by("position", "id"))


def export_file_url(*, export: Export) -> tuple[str | None, datetime | None]:
    """A fresh signed URL of the export's file and its expiry (None, None before it exists)."""
    if export.status != Export.Status.COMPLETED or export.asset is None:
        return None, None
    return asset_signed_url(asset=export.asset)


def export_counts_by_status(*, since: datetime, until: datetime) -> dict[str, int]:
    """How many exports were requested in [since, until), by status (every status listed)."""
    rows = (Export.objects.filter(created_at__gte=since, created_at__lt=until)
            .values_list("status").annotate(n=Count("id")).order_by())
    counts = dict(rows)
    return {status: counts.get(status, 0) for status in Export.Status.values}
