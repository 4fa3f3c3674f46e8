"""Root URLs: the API under /v1/, health checks, the admin."""

from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path
from drf_spectacular.views import SpectacularJSONAPIView, SpectacularSwaggerView

from radicpro.api import health
from radicpro.api.observability import metrics_view

# The busiest first: Django tries the patterns in order (no two of these match the same path).
v1: list[URLPattern | URLResolver] = [
    path("", include("designs.urls")),
    path("", include("radicpro.accounts.urls")),
    path("", include("radicpro.jobs.urls")),
    path("", include("exports.urls")),
    path("", include("assets.urls")),
    path("", include("campaigns.urls")),
    path("", include("brands.urls")),
    path("", include("aiengine.urls")),
    path("", include("assistant.urls")),
    path("", include("radicpro.billing.urls")),
    path("", include("radicpro.webhooks.urls")),
    path("openapi.json", SpectacularJSONAPIView.as_view(), name="openapi-schema"),
    path("docs", SpectacularSwaggerView.as_view(url_name="openapi-schema"), name="api-docs"),
]

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("metrics", metrics_view, name="metrics"),
    path("v1/", include(v1)),
    path("admin/", admin.site.urls),
]
