"""Admin of the designs app."""

from django.contrib import admin

from .models import Design, DesignRevision


@admin.register(Design)
class DesignAdmin(admin.ModelAdmin):
    list_display = ["id", "title", "format", "owner", "version", "is_archived", "updated_at"]
    list_filter = ["format", "is_archived"]
    search_fields = ["id", "title", "owner__email"]
    raw_id_fields = ["owner", "campaign", "brand", "thumbnail"]


@admin.register(DesignRevision)
class DesignRevisionAdmin(admin.ModelAdmin):
    list_display = ["design", "version", "source", "created_at"]
    raw_id_fields = ["design"]
