"""One run of one retention kind: what its policy was and how much it deleted."""

from django.db import models
from django.utils import timezone


class RetentionRun(models.Model):
    kind = models.CharField(max_length=40)
    policy = models.CharField(max_length=300)
    deleted = models.PositiveIntegerField(default=0)
    error = models.CharField(max_length=1000, blank=True)
    started_at = models.DateTimeField(default=timezone.now, db_index=True)
    duration_ms = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-started_at", "-id"]
        indexes = [models.Index(fields=["kind", "-started_at"])]

    def __str__(self) -> str:
        return f"{self.kind} at {self.started_at:%Y-%m-%d %H:%M}: {self.deleted} deleted"
