"""Webhook endpoints (where to send), events (what happened) and deliveries (each send's log)."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from radicpro.api.ids import PrefixedIdField


class WebhookEndpoint(models.Model):
    """A URL that receives the owner's subscribed events, signed with `secret`.

    `secret` is a signing secret, not a password: it has to be kept in the clear because every
    delivery is signed with it (HMAC). It is shown to the client once, at creation.
    """

    id = PrefixedIdField(prefix="wh")
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="webhook_endpoints")
    url = models.CharField(max_length=2000)
    events = models.JSONField(default=list)
    secret = models.CharField(max_length=200)
    description = models.CharField(max_length=500, blank=True)
    is_active = models.BooleanField(default=True)
    disabled_reason = models.CharField(max_length=500, blank=True)
    failure_count = models.PositiveIntegerField(
        default=0, help_text="Consecutive deliveries that failed every attempt.")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["owner", "is_active"])]

    def __str__(self) -> str:
        return f"{self.id} → {self.url}"


class WebhookEvent(models.Model):
    """Something that happened, with the exact body every delivery of it sends."""

    id = PrefixedIdField(prefix="evt")
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="webhook_events")
    type = models.CharField(max_length=64)
    payload = models.JSONField(help_text='{"event", "timestamp", "data"} as sent.')
    body = models.TextField(help_text="The payload's exact serialisation: what is signed and sent.")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.id} ({self.type})"


class WebhookDelivery(models.Model):
    """One event sent to one endpoint: retried with backoff until it succeeds or gives up."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        SUCCEEDED = "succeeded", "Succeeded"
        FAILED = "failed", "Failed"

    id = PrefixedIdField(prefix="whd")
    event = models.ForeignKey(WebhookEvent, on_delete=models.CASCADE, related_name="deliveries")
    endpoint = models.ForeignKey(WebhookEndpoint, on_delete=models.CASCADE,
                                 related_name="deliveries")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    is_redelivery = models.BooleanField(default=False)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    leased_until = models.DateTimeField(
        null=True, blank=True, help_text="Set while an attempt is in flight; a crashed worker's "
        "lease runs out and the attempt may be made again.")
    response_code = models.PositiveIntegerField(null=True, blank=True)
    error = models.CharField(max_length=1000, blank=True)
    response_body = models.CharField(max_length=1024, blank=True,
                                     help_text="The first 1 KB of the last response.")
    duration_ms = models.PositiveIntegerField(null=True, blank=True)
    attempt_log = models.JSONField(default=list, help_text="One entry per attempt.")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["endpoint", "-created_at"]),
                   models.Index(fields=["status", "next_attempt_at"])]
        verbose_name_plural = "webhook deliveries"

    def __str__(self) -> str:
        return f"{self.id} ({self.status})"
