"""URLs of the webhooks app (under /v1/)."""

from django.urls import path
from rest_framework.routers import SimpleRouter

from . import apis

router = SimpleRouter(trailing_slash=False)
router.register("webhooks", apis.WebhookViewSet, basename="webhook")

urlpatterns = [
    path("webhooks/deliveries/<str:deliveryId>/redeliver",
         apis.WebhookDeliveryViewSet.as_view({"post": "redeliver"}),
         name="webhook-delivery-redeliver"),
    *router.urls,
]
