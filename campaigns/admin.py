"""Admin of the campaigns app."""

from django.contrib import admin

from .models import Campaign


@admin.register(Campaign)
class CampaignAdmin(admin.ModelAdmin):
    list_display = ["id", "name", "owner", "created_at"]
    search_fields = ["id", "name", "owner__email"]
    raw_id_fields = ["owner", "brand"]
