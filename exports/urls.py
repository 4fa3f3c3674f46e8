"""URLs of the exports app (under /v1/)."""

from django.urls import path
from rest_framework.routers import SimpleRouter

from . import apis

router = SimpleRouter(trailing_slash=False)
router.register("exports", apis.ExportViewSet, basename="export")

urlpatterns = [
    path("export", apis.ExportApi.as_view(), name="export-create"),
    path("export/batch", apis.ExportBatchApi.as_view(), name="export-batch"),
    *router.urls,
]
