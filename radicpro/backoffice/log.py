"""The admin log, readable in the admin: who did what to which object, and why."""

from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html


class LogEntryAdmin(admin.ModelAdmin):
    """Read-only: the log is the record of the operators' actions (grants, retries, ...)."""

    list_display = ["action_time", "user", "action", "object_link", "change"]
    list_filter = ["action_flag", "content_type", "action_time"]
    search_fields = ["object_repr", "object_id", "change_message", "user__email"]
    date_hierarchy = "action_time"
    ordering = ["-action_time"]
    list_select_related = ["user", "content_type"]
    fields = ["action_time", "user", "action", "object_link", "change"]
    readonly_fields = tuple(str(name) for name in fields)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="action", ordering="action_flag")
    def action(self, obj: LogEntry) -> str:
        return {1: "added", 2: "changed", 3: "deleted"}.get(obj.action_flag, str(obj.action_flag))

    @admin.display(description="object", ordering="object_repr")
    def object_link(self, obj: LogEntry):
        label = f"{obj.content_type.name if obj.content_type else ''}: {obj.object_repr}"
        if obj.is_deletion() or obj.content_type is None:
            return label
        try:
            url = reverse(f"admin:{obj.content_type.app_label}_{obj.content_type.model}_change",
                          args=[obj.object_id])
        except NoReverseMatch:
            return label
        return format_html('<a href="{}">{}</a>', url, label)

    @admin.display(description="change")
    def change(self, obj: LogEntry) -> str:
        return obj.get_change_message()
