"""Webhook reads, always scoped to the owner."""

from django.db.models import Q, QuerySet

from radicpro.api.errors import ApiError, ErrorCode

from .models import WebhookDelivery, WebhookEndpoint


def webhooks_of(*, user) -> QuerySet[WebhookEndpoint]:
    """The user's endpoints, newest first."""
    return WebhookEndpoint.objects.filter(owner=user).order_by("-created_at", "-id")


def webhook_get_for_user(*, user, webhook_id: str) -> WebhookEndpoint:
    endpoint = webhooks_of(user=user).filter(pk=webhook_id).first()
    if endpoint is None:
        raise ApiError(ErrorCode.NOT_FOUND, "Webhook not found.")
    return endpoint


def deliveries_of(*, endpoint: WebhookEndpoint) -> QuerySet[WebhookDelivery]:
    """An endpoint's deliveries, newest first, with their event's type (not its body)."""
    return (WebhookDelivery.objects.filter(endpoint=endpoint)
            .select_related("event").defer("event__payload", "event__body")
            .order_by("-created_at", "-id"))


def deliveries_of_user(*, user) -> QuerySet[WebhookDelivery]:
    """Every delivery to the user's endpoints."""
    return (WebhookDelivery.objects.filter(endpoint__owner=user)
            .select_related("event").defer("event__payload", "event__body"))


def failing_endpoints(*, limit: int = 10) -> tuple[int, list[WebhookEndpoint]]:
    """Endpoints whose latest deliveries failed every attempt, or that were disabled for it:
    how many there are, and the worst `limit` (most consecutive failures first)."""
    failing = WebhookEndpoint.objects.filter(
        Q(failure_count__gt=0) | Q(is_active=False) & ~Q(disabled_reason=""))
    worst = list(failing.select_related("owner").order_by("-failure_count", "-updated_at")[:limit])
    return failing.count(), worst
