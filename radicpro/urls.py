"""Root URLs: the API under /v1/, health checks, the admin."""

from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path
from drf_spectacular.views import SpectacularJSONAPIView, SpectacularSwaggerView

from radicpro.api import health
from radicpro.api.observability import metrics_view

v1: list[URLPattern | URLResolver] = [
    path("openapi.json", SpectacularJSONAPIView.as_view(), name="openapi-schema"),
    path("docs", SpectacularSwaggerView.as_view(url_name="openapi-schema"), name="api-docs"),
    path("", include("radicpro.accounts.urls")),
    path("", include("radicpro.jobs.urls")),
    path("", include("radicpro.billing.urls")),
    path("", include("radicpro.webhooks.urls")),
    path("", include("designs.urls")),
    path("", include("brands.urls")),
    path("", include("assets.urls")),
    path("", include("campaigns.urls")),
    path("", include("aiengine.urls")),
    path("", include("assistant.urls")),
    path("", include("exports.urls")),
]

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("metrics", metrics_view, name="metrics"),
    path("v1/", include(v1)),
    path("admin/", admin.site.urls),
]
