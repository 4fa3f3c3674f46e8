"""The dashboard page (staff only: the admin site wraps it in `admin_view`)."""

from typing import Any

from django.views.generic import TemplateView

from .dashboard import app_cards
from .selectors import dashboard_summary

WINDOWS = (24, 24 * 7, 24 * 30)


class DashboardView(TemplateView):
    """Jobs, failures, credits, top users and the apps' own cards over the last 24 h."""

    template_name = "admin/backoffice/dashboard.html"
    site: Any = None  # the AdminSite, given by as_view(site=...)

    def get_context_data(self, **kwargs):
        try:
            hours = int(self.request.GET.get("hours", WINDOWS[0]))
        except ValueError:
            hours = WINDOWS[0]
        if hours not in WINDOWS:
            hours = WINDOWS[0]
        summary = dashboard_summary(hours=hours)
        cards, panels = app_cards(summary=summary)
        return {
            **super().get_context_data(**kwargs),
            **self.site.each_context(self.request),
            "title": "Dashboard",
            "summary": summary,
            "app_cards": cards,
            "app_panels": panels,
            "hours": hours,
            "windows": [(window, f"{window // 24} d" if window > 24 else f"{window} h")
                        for window in WINDOWS],
        }
