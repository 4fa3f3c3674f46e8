"""Admin of the assets app."""

from django.contrib import admin

from .models import Asset


@admin.register(Asset)
class AssetAdmin(admin.ModelAdmin):
    list_display = ["id", "type", "filename", "mime_type", "size_bytes", "owner", "created_at"]
    list_filter = ["type", "mime_type"]
    search_fields = ["id", "filename", "owner__email", "sha256"]
    raw_id_fields = ["owner"]
    readonly_fields = ["sha256", "size_bytes", "width", "height"]
