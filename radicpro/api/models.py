"""Models of the shared API package: Idempotency-Key records."""

from django.db import models
from django.utils import timezone


class IdempotencyRecord(models.Model):
    """A POST claimed under an Idempotency-Key, then its stored response (24 h)."""

    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", "In progress"
        DONE = "done", "Done"

    scope = models.CharField(max_length=100, help_text="user:<id> or ip:<address>")
    key = models.CharField(max_length=255)
    fingerprint = models.CharField(max_length=64, help_text="sha256 of method, path and body")
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.IN_PROGRESS)
    response_status = models.PositiveSmallIntegerField(null=True, blank=True)
    response_headers = models.JSONField(default=dict, blank=True)
    response_body = models.BinaryField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["scope", "key"],
                                               name="api_idempotency_scope_key_unique")]

    def __str__(self) -> str:
        return f"{self.scope} {self.key} ({self.status})"
