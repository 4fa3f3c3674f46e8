"""URLs of the aiengine app (under /v1/)."""

from django.urls import include, path

from . import apis

urlpatterns = [
    path("ai/generate-designs", apis.GenerateDesignsApi.as_view(), name="ai-generate-designs"),
    path("ai/edit-design", apis.EditDesignApi.as_view(), name="ai-edit-design"),
    path("ai/smart-image", apis.SmartImageApi.as_view(), name="ai-smart-image"),
    path("ai/smart-image/<str:recipeId>/regenerate", apis.SmartImageRegenerateApi.as_view(),
         name="ai-smart-image-regenerate"),
    path("designs/<str:designId>/adapt", apis.AdaptDesignApi.as_view(), name="design-adapt"),
    path("campaigns/<str:campaignId>/adapt", apis.AdaptCampaignApi.as_view(), name="campaign-adapt"),
    path("", include("aiengine.tools.urls")),
]
