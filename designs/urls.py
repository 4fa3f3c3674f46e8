"""URLs of the designs app (under /v1/)."""

from django.urls import path
from rest_framework.routers import SimpleRouter

from . import apis

router = SimpleRouter(trailing_slash=False)
router.register("designs", apis.DesignViewSet, basename="design")

urlpatterns = [
    path("schemas/design/<str:version>", apis.DesignSchemaApi.as_view(), name="design-schema"),
    path("formats", apis.FormatListApi.as_view(), name="formats"),
    *router.urls,
]
