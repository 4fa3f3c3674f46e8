"""Admin of designs: previews, the document readable (pretty JSON + layers), revisions.

Read-only: a design changes only through the designs services, which bump its version and keep
a revision of every change.
"""

from django.contrib import admin
from django.utils.html import format_html

from radicpro.backoffice.display import (
    EMPTY,
    ReadOnlyAdmin,
    RowColumnsMixin,
    admin_link,
    asset_preview,
    changelist_link,
    layer_summary,
    pretty_json,
    status_badge,
    table,
)

from .models import Design, DesignRevision

RECENT_EXPORTS = 10


class DesignRevisionInline(admin.TabularInline):
    model = DesignRevision
    extra = 0
    can_delete = False
    show_change_link = True
    fields = ["version", "title", "source", "created_at"]
    readonly_fields = fields
    ordering = ["-version"]

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Design)
class DesignAdmin(RowColumnsMixin, ReadOnlyAdmin):
    list_display = ["preview_small", "id", "title", "format", "owner_link", "campaign_link",
                    "version", "is_archived", "updated_at"]
    list_display_links = ["preview_small", "id", "title"]
    list_filter = ["format", "is_archived", "creative_concept", "updated_at"]
    search_fields = ["id", "title", "owner__email", "owner__id", "campaign__name", "brand__name"]
    ordering = ["-updated_at", "-id"]
    date_hierarchy = "updated_at"
    list_select_related = ["owner", "campaign", "thumbnail"]
    inlines = [DesignRevisionInline]
    fieldsets = [
        (None, {"fields": ["id", "title", "preview", "format", "version", "is_archived",
                           "creative_concept"]}),
        ("Related", {"fields": ["owner_link", "campaign_link", "brand_link", "thumbnail_link",
                                "exports_table", "recipes_link"]}),
        ("Document (designJson)", {"fields": ["layers", "document"]}),
        ("Dates", {"fields": ["created_at", "updated_at"]}),
    ]
    readonly_fields = ["id", "title", "preview", "format", "version", "is_archived",
                       "creative_concept", "owner_link", "campaign_link", "brand_link",
                       "thumbnail_link", "exports_table", "recipes_link", "layers", "document",
                       "created_at", "updated_at"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("owner", "campaign", "brand",
                                                            "thumbnail")

    @admin.display(description="preview")
    def preview_small(self, obj: Design):
        return asset_preview(obj.thumbnail, size=64)

    @admin.display(description="preview")
    def preview(self, obj: Design):
        if obj.thumbnail is None:
            return "No thumbnail yet."
        stale = "" if obj.thumbnail_version == obj.version else \
            f" (drawn from version {obj.thumbnail_version})"
        return format_html("{}{}", asset_preview(obj.thumbnail, size=360), stale)

    @admin.display(description="campaign", ordering="campaign__name")
    def campaign_link(self, obj: Design):
        return admin_link(obj.campaign)

    @admin.display(description="brand kit")
    def brand_link(self, obj: Design):
        return admin_link(obj.brand)

    @admin.display(description="thumbnail asset")
    def thumbnail_link(self, obj: Design):
        return admin_link(obj.thumbnail, obj.thumbnail_id) if obj.thumbnail else EMPTY

    @admin.display(description="exports")
    def exports_table(self, obj: Design):
        exports = obj.exports.select_related("asset").order_by("-created_at")[:RECENT_EXPORTS]
        rows = [(admin_link(export, export.id), export.format, export.resolution,
                 f"v{export.design_version}", status_badge(export.status),
                 export.created_at.strftime("%Y-%m-%d %H:%M")) for export in exports]
        if not rows:
            return EMPTY
        # exports sits above designs: its model comes through the relation it declares.
        return table(["export", "format", "scale", "version", "status", "created"], rows) \
            + changelist_link(obj.exports.model, "all exports of this design", design=obj.pk)

    @admin.display(description="smart images")
    def recipes_link(self, obj: Design):
        # aiengine sits above designs: its model comes through the relation it declares.
        return changelist_link(obj.smart_image_recipes.model, "smart-image recipes of this design",
                               design=obj.pk)

    @admin.display(description="layers")
    def layers(self, obj: Design):
        return layer_summary(obj.design_json)

    @admin.display(description="designJson (read-only)")
    def document(self, obj: Design):
        return pretty_json(obj.design_json)


@admin.register(DesignRevision)
class DesignRevisionAdmin(RowColumnsMixin, ReadOnlyAdmin):
    list_display = ["design_link", "version", "title", "source", "created_at"]
    list_filter = ["source", "created_at"]
    search_fields = ["design__id", "design__title", "title"]
    ordering = ["-created_at"]
    list_select_related = ["design"]
    fields = ["design_link", "version", "title", "source", "created_at", "layers", "document"]
    readonly_fields = fields

    @admin.display(description="layers")
    def layers(self, obj: DesignRevision):
        return layer_summary(obj.design_json)

    @admin.display(description="designJson at this version")
    def document(self, obj: DesignRevision):
        return pretty_json(obj.design_json)
