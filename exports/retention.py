"""Retention of exported files (RADICPRO_RETAIN_EXPORT_FILES_DAYS): the file goes, the export's
record stays (its `url` is then empty; export again to get a new file)."""

from datetime import datetime, timedelta

from django.conf import settings

from assets.models import Asset
from assets.services import asset_delete
from radicpro.retention.registry import BATCH, days_policy

from .models import Export


def export_files_policy() -> str:
    return days_policy(settings.RADICPRO_RETAIN_EXPORT_FILES_DAYS, "Exported files")


def export_files_purge(*, now: datetime) -> int:
    days = settings.RADICPRO_RETAIN_EXPORT_FILES_DAYS
    if days <= 0:
        return 0
    old = Export.objects.filter(created_at__lt=now - timedelta(days=days), asset__isnull=False)
    deleted = 0
    while True:
        asset_ids = list(old.order_by().values_list("asset_id", flat=True)[:BATCH])
        if not asset_ids:
            return deleted
        for asset in Asset.objects.filter(pk__in=asset_ids):
            asset_delete(asset=asset)  # the export's asset becomes NULL (SET_NULL)
            deleted += 1
