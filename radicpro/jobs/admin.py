"""Admin for jobs (read-mostly: the workers own the rows)."""

from django.contrib import admin

from .models import Job


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    list_display = ["id", "owner", "kind", "status", "progress", "attempts", "created_at"]
    list_filter = ["status", "kind"]
    search_fields = ["id", "owner__email"]
    raw_id_fields = ["owner"]
    readonly_fields = ["created_at", "started_at", "completed_at", "updated_at"]
