"""Admin of webhooks: endpoints (secret hidden; enable/disable), events and signed deliveries.

Everything is read-only here: URLs are checked, secrets shown once and deliveries signed by the
webhooks services, which the actions call.
"""

from django.contrib import admin, messages
from django.utils.html import format_html

from radicpro.api.errors import ApiError
from radicpro.backoffice.display import (
    EMPTY,
    ReadOnlyAdmin,
    RowColumnsMixin,
    admin_link,
    can_change,
    changelist_link,
    pretty_json,
    status_badge,
    table,
)

from .models import WebhookDelivery, WebhookEndpoint, WebhookEvent
from .services import delivery_redeliver, webhook_update


def _code(code: int | None):
    if code is None:
        return EMPTY
    colour = "#1a7f37" if 200 <= code < 300 else "#cf222e"
    return format_html('<strong style="color:{}">{}</strong>', colour, code)


@admin.register(WebhookEndpoint)
class WebhookEndpointAdmin(RowColumnsMixin, ReadOnlyAdmin):
    list_display = ["id", "owner_link", "url", "state", "event_list", "failure_count",
                    "created_at"]
    list_filter = ["is_active", "created_at"]
    search_fields = ["id", "url", "owner__email", "description"]
    ordering = ["-created_at"]
    list_select_related = ["owner"]
    actions = ["enable", "disable"]
    fields = ["id", "owner_link", "url", "event_list", "description", "state", "disabled_reason",
              "failure_count", "deliveries_link", "created_at", "updated_at"]
    readonly_fields = tuple(str(name) for name in fields)

    @admin.display(description="state", ordering="is_active")
    def state(self, obj: WebhookEndpoint):
        return status_badge("enabled" if obj.is_active else "disabled")

    @admin.display(description="events")
    def event_list(self, obj: WebhookEndpoint) -> str:
        return ", ".join(obj.events or [])

    @admin.display(description="deliveries")
    def deliveries_link(self, obj: WebhookEndpoint):
        return changelist_link(WebhookDelivery, "delivery log", endpoint=obj.pk)

    def has_toggle_permission(self, request) -> bool:
        return can_change(request, WebhookEndpoint)

    def _set_active(self, request, queryset, active: bool) -> None:
        changed = 0
        for endpoint in queryset:
            if endpoint.is_active == active:
                continue
            webhook_update(endpoint=endpoint, changes={"is_active": active})
            self.log_change(request, endpoint, "Enabled the endpoint." if active
                            else "Disabled the endpoint.")
            changed += 1
        word = "Enabled" if active else "Disabled"
        self.message_user(request, f"{word} {changed} endpoint{'s' if changed != 1 else ''}.",
                          messages.SUCCESS)

    @admin.action(description="Enable the selected endpoints (clears their failures)",
                  permissions=["toggle"])
    def enable(self, request, queryset):
        self._set_active(request, queryset, True)

    @admin.action(description="Disable the selected endpoints", permissions=["toggle"])
    def disable(self, request, queryset):
        self._set_active(request, queryset, False)


@admin.register(WebhookEvent)
class WebhookEventAdmin(RowColumnsMixin, ReadOnlyAdmin):
    list_display = ["id", "owner_link", "type", "created_at"]
    list_filter = ["type", "created_at"]
    search_fields = ["id", "owner__email", "owner__id"]
    ordering = ["-created_at"]
    date_hierarchy = "created_at"
    list_select_related = ["owner"]
    fields = ["id", "owner_link", "type", "payload_json", "deliveries_link", "created_at"]
    readonly_fields = tuple(str(name) for name in fields)

    @admin.display(description="payload (as signed and sent)")
    def payload_json(self, obj: WebhookEvent):
        return pretty_json(obj.payload)

    @admin.display(description="deliveries")
    def deliveries_link(self, obj: WebhookEvent):
        return changelist_link(WebhookDelivery, "deliveries of this event", event=obj.pk)


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(RowColumnsMixin, ReadOnlyAdmin):
    list_display = ["id", "endpoint_link", "event_link", "state", "response", "attempts",
                    "is_redelivery", "duration_ms", "created_at"]
    list_filter = ["status", "is_redelivery", "response_code", "created_at"]
    search_fields = ["id", "endpoint__id", "endpoint__url", "event__id",
                     "endpoint__owner__email"]
    ordering = ["-created_at"]
    date_hierarchy = "created_at"
    list_select_related = ["endpoint", "event"]
    actions = ["redeliver"]
    fields = ["id", "endpoint_link", "event_link", "state", "is_redelivery", "attempts",
              "response", "error", "response_body", "duration_ms", "attempts_table",
              "next_attempt_at", "leased_until", "created_at", "updated_at"]
    readonly_fields = tuple(str(name) for name in fields)

    @admin.display(description="endpoint", ordering="endpoint__url")
    def endpoint_link(self, obj: WebhookDelivery):
        return admin_link(obj.endpoint, obj.endpoint.url)

    @admin.display(description="event", ordering="event__type")
    def event_link(self, obj: WebhookDelivery):
        return admin_link(obj.event, f"{obj.event.type} ({obj.event_id})")

    @admin.display(description="response", ordering="response_code")
    def response(self, obj: WebhookDelivery):
        return _code(obj.response_code)

    @admin.display(description="attempt log")
    def attempts_table(self, obj: WebhookDelivery):
        rows = [(entry.get("attempt", ""), entry.get("at", ""),
                 _code(entry.get("response_code") or entry.get("status_code")),
                 entry.get("error", ""), entry.get("duration_ms", ""))
                for entry in obj.attempt_log or [] if isinstance(entry, dict)]
        return table(["attempt", "at", "response", "error", "ms"], rows)

    def has_redeliver_permission(self, request) -> bool:
        return can_change(request, WebhookDelivery)

    @admin.action(description="Redeliver the selected deliveries (same event, same signature id)",
                  permissions=["redeliver"])
    def redeliver(self, request, queryset):
        for delivery in queryset.select_related("endpoint"):
            try:
                again = delivery_redeliver(delivery=delivery)
            except ApiError as error:
                self.message_user(request, f"Not redelivered: {delivery.id}: {error.message}",
                                  messages.ERROR)
                continue
            self.log_change(request, delivery, f"Redelivered as {again.id}.")
            again.refresh_from_db()
            self.message_user(request, format_html(
                "Redelivered {} as {} ({}, response {}).", delivery.id,
                admin_link(again, again.id), again.status, again.response_code or EMPTY),
                messages.SUCCESS)
