"""Admin of the aiengine app: smart-image recipes, their images and renders; its dashboard card."""

from django.contrib import admin

from radicpro.backoffice.dashboard import Card, Panel, PanelRow
from radicpro.backoffice.display import (
    EMPTY,
    ReadOnlyAdmin,
    RowColumnsMixin,
    admin_link,
    asset_preview,
    pretty_json,
)
from radicpro.jobs.models import Job

from .models import ProviderCall, SmartImageRecipe, SmartImageRender
from .selectors import provider_usage
from .services.generation import JOB_KIND as GENERATION
from .services.smart_images import JOB_KIND as SMART_IMAGE


def generation_dashboard_cards(*, summary) -> list[Card]:
    """The dashboard's generations card (with the smart images drawn), for the summary's window."""
    smart_images = summary.jobs_by_kind.get(SMART_IMAGE, 0)
    return [Card(id="generations", value=summary.jobs_by_kind.get(GENERATION, 0),
                 label=f"generations ({smart_images} smart images)")]


def provider_dashboard_cards(*, summary) -> list[Card | Panel]:
    """AI provider calls (with failures) and what they cost, per capability and provider."""
    usage = provider_usage(since=summary.since, until=summary.until)
    calls = sum(row["calls"] for row in usage)
    errors = sum(row["errors"] for row in usage)
    spend = sum((row["spend"] or 0) for row in usage)
    return [
        Card(id="provider-calls", value=calls, label=f"AI provider calls ({errors} failed)",
             alarming=bool(calls) and errors / calls > 0.1),
        Card(id="provider-spend", value=f"${spend:,.2f}", label="AI provider spend"),
        Panel(id="provider-usage", caption="AI provider calls (spend in USD)",
              rows=[PanelRow(label=f"{row['capability']} · {row['provider']} · "
                             f"${row['spend'] or 0:,.4f}"
                             + (f" · {row['errors']} failed" if row["errors"] else ""),
                             count=row["calls"]) for row in usage],
              empty="No provider call in this window."),
    ]


class SmartImageRenderInline(admin.TabularInline):
    model = SmartImageRender
    extra = 0
    can_delete = False
    fields = ["image", "prompt", "seed", "provider", "model", "cost_usd", "processing_ms",
              "job_link", "created_at"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("asset")

    @admin.display(description="image")
    def image(self, obj: SmartImageRender):
        return asset_preview(obj.asset, size=96)

    @admin.display(description="job")
    def job_link(self, obj: SmartImageRender):
        if not obj.job_id:
            return EMPTY
        return admin_link(Job(pk=obj.job_id), obj.job_id)


@admin.register(SmartImageRecipe)
class SmartImageRecipeAdmin(RowColumnsMixin, ReadOnlyAdmin):
    list_display = ["preview_small", "id", "owner_link", "design_link", "type", "resolution",
                    "provider", "model", "state", "cost_usd", "created_at"]
    list_display_links = ["preview_small", "id"]
    list_filter = ["status", "provider", "type", "resolution", "created_at"]
    search_fields = ["id", "owner__email", "design__id", "prompt", "cache_key"]
    ordering = ["-created_at", "-id"]
    date_hierarchy = "created_at"
    list_select_related = ["owner", "design", "asset"]
    inlines = [SmartImageRenderInline]
    fieldsets = [
        (None, {"fields": ["id", "preview", "state", "error", "type", "prompt", "resolution",
                           "size", "provider", "model", "seed", "cost_usd"]}),
        ("Related", {"fields": ["owner_link", "design_link", "layer_id", "smart_asset_id",
                                "asset_link", "reference_preview"]}),
        ("Options and context", {"fields": ["options_json", "context_json", "cache_key"]}),
        ("Dates", {"fields": ["created_at", "updated_at"]}),
    ]
    readonly_fields = ["id", "preview", "state", "error", "type", "prompt", "resolution", "size",
                       "provider", "model", "seed", "cost_usd", "owner_link", "design_link",
                       "layer_id", "smart_asset_id", "asset_link", "reference_preview",
                       "options_json", "context_json", "cache_key", "created_at", "updated_at"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("owner", "design", "asset",
                                                            "reference")

    @admin.display(description="image")
    def preview_small(self, obj: SmartImageRecipe):
        return asset_preview(obj.asset, size=64)

    @admin.display(description="image")
    def preview(self, obj: SmartImageRecipe):
        return asset_preview(obj.asset, size=360)

    @admin.display(description="image asset")
    def asset_link(self, obj: SmartImageRecipe):
        return admin_link(obj.asset, obj.asset_id) if obj.asset else EMPTY

    @admin.display(description="reference photo")
    def reference_preview(self, obj: SmartImageRecipe):
        return asset_preview(obj.reference, size=160)

    @admin.display(description="options")
    def options_json(self, obj: SmartImageRecipe):
        return pretty_json(obj.options)

    @admin.display(description="holistic context")
    def context_json(self, obj: SmartImageRecipe):
        return pretty_json(obj.holistic_context)


@admin.register(SmartImageRender)
class SmartImageRenderAdmin(ReadOnlyAdmin):
    """Every image a recipe produced (first drawing and regenerations)."""

    list_display = ["preview_small", "recipe_link", "provider", "model", "seed", "cost_usd",
                    "processing_ms", "job_id", "created_at"]
    list_filter = ["provider", "created_at"]
    search_fields = ["recipe__id", "job_id", "prompt", "recipe__owner__email"]
    ordering = ["-created_at", "-id"]
    list_select_related = ["recipe", "asset"]
    fields = ["preview", "recipe_link", "prompt", "seed", "provider", "model", "cost_usd",
              "processing_ms", "job_id", "created_at"]
    readonly_fields = fields

    @admin.display(description="image")
    def preview_small(self, obj: SmartImageRender):
        return asset_preview(obj.asset, size=64)

    @admin.display(description="image")
    def preview(self, obj: SmartImageRender):
        return asset_preview(obj.asset, size=360)

    @admin.display(description="recipe", ordering="recipe__created_at")
    def recipe_link(self, obj: SmartImageRender):
        return admin_link(obj.recipe, obj.recipe_id)


@admin.register(ProviderCall)
class ProviderCallAdmin(ReadOnlyAdmin):
    """Every AI provider call: what the dashboard's calls and spend cards add up."""

    list_display = ["created_at", "capability", "provider", "model", "outcome", "cost_usd",
                    "duration_ms"]
    list_filter = ["capability", "provider", "outcome", "created_at"]
    search_fields = ["provider", "model"]
    ordering = ["-created_at", "-id"]
    date_hierarchy = "created_at"
    fields = list_display
    readonly_fields = fields
