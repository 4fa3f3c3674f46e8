"""Admin of the aiengine app: smart-image recipes with their renders, read-only."""

from django.contrib import admin

from .models import SmartImageRecipe, SmartImageRender


class SmartImageRenderInline(admin.TabularInline):
    model = SmartImageRender
    extra = 0
    can_delete = False
    readonly_fields = ["asset", "prompt", "seed", "provider", "model", "cost_usd", "processing_ms", "job_id",
                       "created_at"]


@admin.register(SmartImageRecipe)
class SmartImageRecipeAdmin(admin.ModelAdmin):
    list_display = ["id", "owner", "design", "type", "provider", "model", "status", "created_at"]
    list_filter = ["status", "provider", "type"]
    search_fields = ["id", "owner__email", "design__id", "prompt"]
    raw_id_fields = ["owner", "design", "asset", "reference"]
    readonly_fields = ["cache_key", "created_at", "updated_at"]
    inlines = [SmartImageRenderInline]
