"""URLs of the jobs app (under /v1/)."""

from rest_framework.routers import SimpleRouter

from . import apis

router = SimpleRouter(trailing_slash=False)
router.register("jobs", apis.JobViewSet, basename="job")

urlpatterns = router.urls
