"""Admin views of webhooks: endpoints (secret hidden), events and the delivery log."""

from django.contrib import admin

from .models import WebhookDelivery, WebhookEndpoint, WebhookEvent


@admin.register(WebhookEndpoint)
class WebhookEndpointAdmin(admin.ModelAdmin):
    list_display = ["id", "owner", "url", "is_active", "failure_count", "created_at"]
    list_filter = ["is_active"]
    search_fields = ["id", "url", "owner__email"]
    exclude = ["secret"]
    raw_id_fields = ["owner"]


@admin.register(WebhookEvent)
class WebhookEventAdmin(admin.ModelAdmin):
    list_display = ["id", "owner", "type", "created_at"]
    list_filter = ["type"]
    search_fields = ["id", "owner__email"]
    raw_id_fields = ["owner"]


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(admin.ModelAdmin):
    list_display = ["id", "endpoint", "event", "status", "attempts", "response_code",
                    "created_at"]
    list_filter = ["status"]
    search_fields = ["id", "endpoint__id", "event__id"]
    raw_id_fields = ["endpoint", "event"]
