"""The admin app, pointed at the Radic Pro admin site (which adds the dashboard)."""

from django.contrib.admin.apps import AdminConfig


class RadicProAdminConfig(AdminConfig):
    """django.contrib.admin with `admin.site` being `RadicProAdminSite`."""

    default_site = "radicpro.backoffice.site.RadicProAdminSite"

    def ready(self) -> None:
        super().ready()
        from .dashboard import register_dashboard_cards
        from .liveness import liveness_dashboard_cards

        register_dashboard_cards("liveness", liveness_dashboard_cards)
