"""Admin of the brands app."""

from django.contrib import admin

from .models import BrandFont, BrandKit


@admin.register(BrandKit)
class BrandKitAdmin(admin.ModelAdmin):
    list_display = ["id", "name", "owner", "is_default", "created_at"]
    list_filter = ["is_default"]
    search_fields = ["id", "name", "owner__email"]
    raw_id_fields = ["owner", "logo"]


@admin.register(BrandFont)
class BrandFontAdmin(admin.ModelAdmin):
    list_display = ["id", "family", "weight", "style", "brand", "created_at"]
    search_fields = ["id", "family", "brand__name"]
    raw_id_fields = ["brand", "asset"]
