"""URLs of the brands app (under /v1/)."""

from rest_framework.routers import SimpleRouter

from . import apis

router = SimpleRouter(trailing_slash=False)
router.register("brands", apis.BrandViewSet, basename="brand")

urlpatterns = [*router.urls]
