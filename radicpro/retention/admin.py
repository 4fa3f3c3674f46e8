"""Retention in the admin: every run (kind, policy, how much went, errors), read-only."""

from django.contrib import admin

from radicpro.backoffice.display import ReadOnlyAdmin, status_badge

from .models import RetentionRun
from .registry import retention_kinds


@admin.register(RetentionRun)
class RetentionRunAdmin(ReadOnlyAdmin):
    list_display = ["kind", "policy", "deleted", "outcome", "started_at", "duration_ms"]
    list_filter = ["kind", "started_at"]
    ordering = ["-started_at", "-id"]
    date_hierarchy = "started_at"
    fields = ["kind", "policy", "deleted", "error", "started_at", "duration_ms"]
    readonly_fields = fields  # type: ignore[assignment]  # every field shown is read-only

    @admin.display(description="outcome", ordering="error")
    def outcome(self, obj: RetentionRun):
        return status_badge("failed" if obj.error else "completed")

    def changelist_view(self, request, extra_context=None):
        """The policies in force head the list (from settings, as the next run applies them)."""
        extra_context = {**(extra_context or {}), "subtitle": "Policies: " + "; ".join(
            f"{kind.name}: {kind.policy()}" for kind in retention_kinds())}
        return super().changelist_view(request, extra_context)
