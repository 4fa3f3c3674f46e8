"""URLs of the tools catalogue (under /v1/)."""

from django.urls import path

from . import apis

urlpatterns = [
    path("tools", apis.ToolListApi.as_view(), name="tools-list"),
    path("tools/<str:toolId>/execute", apis.ToolExecuteApi.as_view(), name="tools-execute"),
]
