"""The admin site: Django's, with the operators' dashboard at /admin/dashboard/."""

from django.contrib import admin
from django.urls import path

from . import views


class RadicProAdminSite(admin.AdminSite):
    """Staff only (as every admin page); adds `admin:dashboard`."""

    site_header = "Radic Pro back office"
    site_title = "Radic Pro admin"
    index_title = "Back office"

    def get_urls(self):
        return [
            path("dashboard/", self.admin_view(views.DashboardView.as_view(site=self)),
                 name="dashboard"),
            *super().get_urls(),
        ]
