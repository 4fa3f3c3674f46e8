"""URLs of the assets app (under /v1/)."""

from django.urls import path
from rest_framework.routers import SimpleRouter

from . import apis

router = SimpleRouter(trailing_slash=False)
router.register("assets", apis.AssetViewSet, basename="asset")

urlpatterns = [
    path("files/<str:assetId>", apis.AssetFileApi.as_view(), name="asset-file"),
    *router.urls,
]
