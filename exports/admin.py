"""Admin of the exports app: read-only views of exports."""

from django.contrib import admin

from .models import Export


@admin.register(Export)
class ExportAdmin(admin.ModelAdmin):
    list_display = ["id", "owner", "design", "format", "resolution", "status", "size_bytes",
                    "created_at"]
    list_filter = ["status", "format", "resolution"]
    search_fields = ["id", "design__id", "owner__email"]
    raw_id_fields = ["owner", "design", "asset", "job"]
    readonly_fields = ["created_at", "completed_at"]
