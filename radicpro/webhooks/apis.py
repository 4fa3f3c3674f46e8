"""Webhook endpoints: manage webhooks, read their delivery log, ping, redeliver."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, status
from rest_framework.decorators import action
from rest_framework.response import Response

from radicpro.api.pagination import DEFAULT_LIMIT, MAX_LIMIT
from radicpro.api.viewsets import ScopedGenericViewSet

from . import selectors, services
from .models import WebhookDelivery, WebhookEndpoint
from .serializers import (
    DeliveryOutput,
    DeliveryPageOutput,
    WebhookCreatedOutput,
    WebhookCreateInput,
    WebhookOutput,
    WebhookUpdateInput,
)

TAGS = ["webhooks"]
CREATE_DESCRIPTION = (
    "Subscribe a public http(s) URL to events. The signing secret is in this response only. "
    "Each delivery is a POST of `{\"event\", \"timestamp\", \"data\"}` signed two ways: "
    "Standard Webhooks headers `webhook-id` (the event id, the same on every retry and "
    "redelivery: use it to drop duplicates), `webhook-timestamp` and `webhook-signature` "
    "(`v1,` + base64 HMAC-SHA256 of `id.timestamp.body`; verify with "
    "`standardwebhooks.Webhook(secret)` for a `whsec_` secret, `Webhook(secret.encode())` "
    "for your own), and `X-Radic-Signature` (hex HMAC-SHA256 of the raw body keyed by the "
    "secret). Answer 2xx within the timeout; other answers, redirects included, are retried "
    "with backoff, and a webhook that keeps failing is disabled."
)
PAGE_PARAMETERS = [
    OpenApiParameter("page", OpenApiTypes.INT, description="Page number (from 1; default 1)."),
    OpenApiParameter("limit", OpenApiTypes.INT,
                     description=f"Items per page (default {DEFAULT_LIMIT}, max {MAX_LIMIT})."),
]


class WebhookViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ScopedGenericViewSet):
    """Create (secret shown once), list, read, change and delete webhooks."""

    model = WebhookEndpoint
    list_key = "webhooks"
    serializer_class = WebhookOutput
    lookup_url_kwarg = "webhookId"
    lookup_value_regex = "[^/]+"
    throttle_category = None

    def scoped_queryset(self, user):
        return selectors.webhooks_of(user=user)

    @extend_schema(operation_id="webhooks_create", request=WebhookCreateInput,
                   responses={201: WebhookCreatedOutput}, tags=TAGS, extensions={"x-errors": ["403", "409"]},
                   description=CREATE_DESCRIPTION)
    def create(self, request):
        data = WebhookCreateInput(data=request.data)
        data.is_valid(raise_exception=True)
        endpoint = services.webhook_create(owner=request.user, **data.validated_data)
        return Response(WebhookCreatedOutput(endpoint).data, status=status.HTTP_201_CREATED)

    @extend_schema(operation_id="webhooks_list", tags=TAGS, extensions={"x-errors": ["403"]})
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    @extend_schema(operation_id="webhooks_get", tags=TAGS, extensions={"x-errors": ["403"]})
    def retrieve(self, request, *args, **kwargs):
        return super().retrieve(request, *args, **kwargs)

    @extend_schema(operation_id="webhooks_update", request=WebhookUpdateInput,
                   responses={200: WebhookOutput}, tags=TAGS, extensions={"x-errors": ["403"]})
    def partial_update(self, request, *args, **kwargs):
        endpoint = self.get_object()
        data = WebhookUpdateInput(data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        endpoint = services.webhook_update(endpoint=endpoint, changes=data.validated_data)
        return Response(WebhookOutput(endpoint).data)

    @extend_schema(operation_id="webhooks_delete", responses={204: None}, tags=TAGS,
                   extensions={"x-errors": ["403"]})
    def destroy(self, request, *args, **kwargs):
        services.webhook_delete(endpoint=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(operation_id="webhooks_deliveries_list", responses={200: DeliveryPageOutput},
                   parameters=PAGE_PARAMETERS, extensions={"x-errors": ["403"]},
                   tags=TAGS, description="The webhook's delivery log, newest first.")
    @action(detail=True, methods=["get"], url_path="deliveries")
    def deliveries(self, request, *args, **kwargs):
        endpoint = self.get_object()
        self.list_key = "deliveries"
        page = self.paginate_queryset(selectors.deliveries_of(endpoint=endpoint))
        return self.get_paginated_response(DeliveryOutput(page, many=True).data)

    @extend_schema(operation_id="webhooks_test", request=None, responses={202: DeliveryOutput},
                   tags=TAGS, extensions={"x-errors": ["403", "409"]}, description="Send a `ping` event to this webhook; follow it in "
                   "the delivery log.")
    @action(detail=True, methods=["post"], url_path="test")
    def test(self, request, *args, **kwargs):
        delivery = services.webhook_ping(endpoint=self.get_object())
        return Response(DeliveryOutput(delivery).data, status=status.HTTP_202_ACCEPTED)


class WebhookDeliveryViewSet(ScopedGenericViewSet):
    """Redeliver one delivery of one of your webhooks."""

    model = WebhookDelivery
    list_key = "deliveries"
    serializer_class = DeliveryOutput
    lookup_url_kwarg = "deliveryId"
    lookup_value_regex = "[^/]+"
    throttle_category = None

    def scoped_queryset(self, user):
        return selectors.deliveries_of_user(user=user)

    @extend_schema(operation_id="webhooks_deliveries_redeliver", request=None,
                   responses={202: DeliveryOutput}, tags=TAGS,
                   extensions={"x-errors": ["403", "409"]}, description="Send the same event again (same body and webhook-id) as a new "
                   "delivery.")
    @action(detail=True, methods=["post"], url_path="redeliver")
    def redeliver(self, request, *args, **kwargs):
        delivery = services.delivery_redeliver(delivery=self.get_object())
        return Response(DeliveryOutput(delivery).data, status=status.HTTP_202_ACCEPTED)
