"""Campaign endpoints (spec §8): list with designCount, create, get, patch, delete."""

from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status
from rest_framework.response import Response

from radicpro.api.errors import ErrorCode
from radicpro.api.viewsets import ScopedGenericViewSet

from . import services
from .models import Campaign
from .selectors import campaign_get_for_user, campaigns_of, referenced_brand
from .serializers import CampaignCreateInput, CampaignOutput, CampaignUpdateInput

TAGS = ["campaigns"]


class CampaignViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ScopedGenericViewSet):
    """A user's campaigns; another user's campaign does not exist (404 NOT_FOUND)."""

    model = Campaign
    list_key = "campaigns"
    not_found_code = ErrorCode.NOT_FOUND
    serializer_class = CampaignOutput
    throttle_category = "design_crud"
    lookup_url_kwarg = "campaignId"
    lookup_value_regex = "[^/]+"

    def scoped_queryset(self, user):
        return campaigns_of(user=user)

    @extend_schema(operation_id="campaigns_list", tags=TAGS,
                   description="Your campaigns, newest first, each with its designCount.")
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    @extend_schema(operation_id="campaigns_get", tags=TAGS)
    def retrieve(self, request, *args, **kwargs):
        return super().retrieve(request, *args, **kwargs)

    @extend_schema(operation_id="campaigns_create", request=CampaignCreateInput,
                   responses={201: CampaignOutput}, tags=TAGS,
                   description="brandKitId must be one of your brand kits (else 400 "
                   "VALIDATION_ERROR naming brandKitId).")
    def create(self, request):
        data = CampaignCreateInput(data=request.data)
        data.is_valid(raise_exception=True)
        values = dict(data.validated_data)
        brand = referenced_brand(user=request.user, brand_id=values.pop("brand_kit_id"))
        campaign = services.campaign_create(owner=request.user, brand=brand, **values)
        campaign.design_count = 0
        return Response(CampaignOutput(campaign).data, status=status.HTTP_201_CREATED)

    @extend_schema(operation_id="campaigns_update", request=CampaignUpdateInput,
                   responses={200: CampaignOutput}, tags=TAGS)
    def partial_update(self, request, *args, **kwargs):
        campaign = self.get_object()
        data = CampaignUpdateInput(data=request.data)
        data.is_valid(raise_exception=True)
        changes = dict(data.validated_data)
        if "brand_kit_id" in changes:
            changes["brand"] = referenced_brand(user=request.user,
                                                brand_id=changes.pop("brand_kit_id"))
        services.campaign_update(campaign=campaign, changes=changes)
        fresh = campaign_get_for_user(user=request.user, campaign_id=campaign.pk)
        return Response(CampaignOutput(fresh).data)

    @extend_schema(operation_id="campaigns_delete", responses={204: None}, tags=TAGS,
                   description="Deletes the campaign; its designs stay, unlinked "
                   "(campaignId becomes null).")
    def destroy(self, request, *args, **kwargs):
        services.campaign_delete(campaign=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)
