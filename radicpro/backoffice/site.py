"""The admin site: Django's, with the operators' dashboard at /admin/dashboard/."""

from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.urls import path

from . import views
from .log import LogEntryAdmin


class RadicProAdminSite(admin.AdminSite):
    """Staff only (as every admin page); adds `admin:dashboard` and the admin log."""

    site_header = "Radic Pro back office"
    site_title = "Radic Pro admin"
    index_title = "Back office"

    def __init__(self, name: str = "admin") -> None:
        super().__init__(name)
        self.register(LogEntry, LogEntryAdmin)

    def get_urls(self):
        return [
            path("dashboard/", self.admin_view(views.DashboardView.as_view(site=self)),
                 name="dashboard"),
            *super().get_urls(),
        ]
