"""Retention of design revisions (RADICPRO_RETAIN_DESIGN_REVISIONS): each design keeps its newest
N revisions; older ones go (the design itself, at its current version, is never touched)."""

from datetime import datetime

from django.conf import settings
from django.db.models import Count

from radicpro.retention.registry import BATCH

from .models import DesignRevision


def revisions_policy() -> str:
    keep = settings.RADICPRO_RETAIN_DESIGN_REVISIONS
    return (f"Each design keeps its newest {keep} revisions" if keep > 0
            else "Design revisions are kept forever")


def revisions_purge(*, now: datetime) -> int:
    keep = settings.RADICPRO_RETAIN_DESIGN_REVISIONS
    if keep <= 0:
        return 0
    crowded = (DesignRevision.objects.values("design_id").annotate(n=Count("id"))
               .filter(n__gt=keep).order_by().values_list("design_id", flat=True))
    deleted = 0
    while True:
        designs = list(crowded[:BATCH])
        if not designs:
            return deleted
        for design_id in designs:
            versions = DesignRevision.objects.filter(design_id=design_id).order_by("-version")
            oldest_kept = versions.values_list("version", flat=True)[keep - 1]
            deleted += versions.filter(version__lt=oldest_kept).delete()[0]
