"""Admin of the campaigns app: campaigns with their brand and designs linked."""

from django.contrib import admin
from django.db.models import Count

from radicpro.backoffice.display import ReadOnlyAdmin, RowColumnsMixin, admin_link, changelist_link

from .models import Campaign


@admin.register(Campaign)
class CampaignAdmin(RowColumnsMixin, ReadOnlyAdmin):
    list_display = ["id", "name", "owner_link", "brand_link", "design_count", "created_at"]
    search_fields = ["id", "name", "owner__email", "owner__id"]
    list_filter = ["created_at"]
    ordering = ["-created_at", "-id"]
    list_select_related = ["owner", "brand"]
    fields = ["id", "name", "description", "owner_link", "brand_link", "designs_link",
              "created_at", "updated_at"]
    readonly_fields = fields

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(designs_total=Count("designs"))

    @admin.display(description="brand kit", ordering="brand__name")
    def brand_link(self, obj: Campaign):
        return admin_link(obj.brand)

    @admin.display(description="designs", ordering="designs_total")
    def design_count(self, obj: Campaign) -> int:
        return obj.designs_total

    @admin.display(description="designs")
    def designs_link(self, obj: Campaign):
        # Designs sit above this app: their model comes through the relation they declare.
        return changelist_link(obj.designs.model, f"{obj.designs_total} designs", campaign=obj.pk)
