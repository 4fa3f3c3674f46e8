"""URLs of the campaigns app (under /v1/)."""

from rest_framework.routers import SimpleRouter

from . import apis

router = SimpleRouter(trailing_slash=False)
router.register("campaigns", apis.CampaignViewSet, basename="campaign")

urlpatterns = [*router.urls]
