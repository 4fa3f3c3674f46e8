"""Admin of the exports app: read-only exports, file previews; its job links, dashboard cards."""

from django.contrib import admin
from django.urls import reverse

from radicpro.backoffice.dashboard import Card, Panel, PanelRow
from radicpro.backoffice.display import (
    EMPTY,
    ReadOnlyAdmin,
    RowColumnsMixin,
    admin_link,
    asset_preview,
    changelist_link,
    pretty_json,
)

from .models import Export
from .selectors import export_counts_by_status


def export_job_links(job) -> list[str]:
    """The admin list of the exports an export job renders (the jobs admin shows it)."""
    return [changelist_link(Export, "exports", job=job.pk)]


def export_dashboard_cards(*, summary) -> list[Card | Panel]:
    """The dashboard's exports card and its exports-by-status panel, for the summary's window."""
    counts = export_counts_by_status(since=summary.since, until=summary.until)
    url = reverse("admin:exports_export_changelist")
    return [Card(id="exports", value=sum(counts.values()), label="exports"),
            Panel(id="exports-by-status", caption="Exports by status",
                  rows=[PanelRow(label=status, count=count, url=f"{url}?status__exact={status}")
                        for status, count in counts.items()])]


@admin.register(Export)
class ExportAdmin(RowColumnsMixin, ReadOnlyAdmin):
    list_display = ["preview_small", "id", "owner_link", "design_link", "format", "resolution",
                    "state", "size_bytes", "created_at"]
    list_display_links = ["preview_small", "id"]
    list_filter = ["status", "format", "resolution", "created_at"]
    search_fields = ["id", "design__id", "design__title", "owner__email", "job__id"]
    ordering = ["-created_at", "-id"]
    date_hierarchy = "created_at"
    list_select_related = ["owner", "design", "asset"]
    fieldsets = [
        (None, {"fields": ["id", "preview", "state", "format", "resolution", "quality",
                           "transparent", "size", "size_bytes"]}),
        ("Related", {"fields": ["owner_link", "design_link", "design_version", "asset_link",
                                "job_link"]}),
        ("Problems", {"fields": ["warnings_json", "error_json"]}),
        ("Dates", {"fields": ["created_at", "completed_at"]}),
    ]
    readonly_fields = ["id", "preview", "state", "format", "resolution", "quality",
                       "transparent", "size", "size_bytes", "owner_link", "design_link",
                       "design_version", "asset_link", "job_link", "warnings_json",
                       "error_json", "created_at", "completed_at"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("owner", "design", "asset", "job")

    @admin.display(description="preview")
    def preview_small(self, obj: Export):
        return asset_preview(obj.asset, size=64)

    @admin.display(description="file")
    def preview(self, obj: Export):
        return asset_preview(obj.asset, size=480)

    @admin.display(description="asset")
    def asset_link(self, obj: Export):
        return admin_link(obj.asset, obj.asset_id) if obj.asset else EMPTY

    @admin.display(description="job")
    def job_link(self, obj: Export):
        return admin_link(obj.job, f"{obj.job_id} ({obj.job.status})") if obj.job else EMPTY

    @admin.display(description="warnings")
    def warnings_json(self, obj: Export):
        return pretty_json(obj.warnings) if obj.warnings else EMPTY

    @admin.display(description="error")
    def error_json(self, obj: Export):
        return pretty_json(obj.error)
