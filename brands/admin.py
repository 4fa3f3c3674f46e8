"""Admin of the brands app: brand kits with colour swatches, the logo and their fonts."""

from django.contrib import admin
from django.db.models import Count

from radicpro.backoffice.display import (
    EMPTY,
    ReadOnlyAdmin,
    RowColumnsMixin,
    admin_link,
    asset_preview,
    changelist_link,
    pretty_json,
    swatches,
    table,
)

from .models import BrandFont, BrandKit


class BrandFontInline(admin.TabularInline):
    model = BrandFont
    extra = 0
    can_delete = False
    show_change_link = True
    fields = ["family", "weight", "style", "asset", "created_at"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(BrandKit)
class BrandKitAdmin(RowColumnsMixin, ReadOnlyAdmin):
    list_display = ["logo_small", "id", "name", "owner_link", "colour_swatches", "is_default",
                    "design_count", "created_at"]
    list_display_links = ["logo_small", "id", "name"]
    list_filter = ["is_default", "created_at"]
    search_fields = ["id", "name", "owner__email", "owner__id"]
    ordering = ["-created_at", "-id"]
    list_select_related = ["owner", "logo"]
    inlines = [BrandFontInline]
    fields = ["id", "name", "owner_link", "is_default", "logo_preview", "logo_link",
              "colour_swatches", "font_roles", "colors_json", "designs_link", "created_at",
              "updated_at"]
    readonly_fields = fields

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(designs_total=Count("designs"))

    @admin.display(description="logo")
    def logo_small(self, obj: BrandKit):
        return asset_preview(obj.logo, size=48)

    @admin.display(description="logo")
    def logo_preview(self, obj: BrandKit):
        return asset_preview(obj.logo, size=240)

    @admin.display(description="logo asset")
    def logo_link(self, obj: BrandKit):
        return admin_link(obj.logo, obj.logo_id) if obj.logo else EMPTY

    @admin.display(description="colours")
    def colour_swatches(self, obj: BrandKit):
        return swatches(obj.colors)

    @admin.display(description="fonts")
    def font_roles(self, obj: BrandKit):
        fonts = obj.fonts if isinstance(obj.fonts, dict) else {}
        rows = [(role, (spec or {}).get("family", EMPTY) if isinstance(spec, dict) else spec,
                 ", ".join(str(weight) for weight in (spec or {}).get("weights", []))
                 if isinstance(spec, dict) else "")
                for role, spec in fonts.items()]
        return table(["role", "family", "weights"], rows)

    @admin.display(description="colours (JSON)")
    def colors_json(self, obj: BrandKit):
        return pretty_json(obj.colors)

    @admin.display(description="designs", ordering="designs_total")
    def design_count(self, obj: BrandKit) -> int:
        return obj.designs_total

    @admin.display(description="designs")
    def designs_link(self, obj: BrandKit):
        # Designs sit above this app: their model comes through the relation they declare.
        return changelist_link(obj.designs.model, f"{obj.designs_total} designs", brand=obj.pk)


@admin.register(BrandFont)
class BrandFontAdmin(ReadOnlyAdmin):
    list_display = ["id", "family", "weight", "style", "brand_link", "created_at"]
    list_filter = ["style", "weight"]
    search_fields = ["id", "family", "brand__name", "brand__id"]
    ordering = ["brand", "family", "weight"]
    list_select_related = ["brand"]
    fields = ["id", "family", "weight", "style", "brand_link", "asset_link", "created_at"]
    readonly_fields = fields

    @admin.display(description="brand kit", ordering="brand__name")
    def brand_link(self, obj: BrandFont):
        return admin_link(obj.brand)

    @admin.display(description="file")
    def asset_link(self, obj: BrandFont):
        return admin_link(obj.asset, f"{obj.asset.filename} ({obj.asset_id})")
