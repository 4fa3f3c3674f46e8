"""Admin of the assets app: files with previews through signed URLs (read-only)."""

from django.contrib import admin
from django.utils.html import format_html

from radicpro.backoffice.display import (
    EMPTY,
    ReadOnlyAdmin,
    RowColumnsMixin,
    asset_preview,
)

from .models import Asset
from .selectors import asset_signed_url


def signed_file_url(asset: Asset, *, ttl: int) -> str:
    """A signed URL of the asset's file: how every admin page previews a file (apps.py)."""
    url, _expires_at = asset_signed_url(asset=asset, ttl=ttl)
    return url


@admin.register(Asset)
class AssetAdmin(RowColumnsMixin, ReadOnlyAdmin):
    list_display = ["preview_small", "id", "type", "filename", "mime_type", "size_bytes",
                    "dimensions", "owner_link", "created_at"]
    list_display_links = ["preview_small", "id"]
    list_filter = ["type", "mime_type", "created_at"]
    search_fields = ["id", "filename", "owner__email", "owner__id", "sha256"]
    ordering = ["-created_at", "-id"]
    date_hierarchy = "created_at"
    list_select_related = ["owner"]
    fields = ["id", "preview", "type", "filename", "mime_type", "size_bytes", "dimensions",
              "sha256", "storage_key", "owner_link", "created_at"]
    readonly_fields = fields

    @admin.display(description="preview")
    def preview_small(self, obj: Asset):
        return asset_preview(obj, size=64)

    @admin.display(description="preview")
    def preview(self, obj: Asset):
        return asset_preview(obj, size=480)

    @admin.display(description="pixels")
    def dimensions(self, obj: Asset) -> str:
        return f"{obj.width} × {obj.height}" if obj.width and obj.height else EMPTY

    @admin.display(description="storage key")
    def storage_key(self, obj: Asset):
        return format_html("<code>{}</code>", obj.file.name)

