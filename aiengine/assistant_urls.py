"""URLs of the design assistant and the tools catalogue (under /v1/; included from aiengine.urls)."""

from django.urls import path

from aiengine.assistant import apis as assistant
from aiengine.tools import apis as tools

urlpatterns = [
    path("ai/chat", assistant.ChatStartApi.as_view(), name="ai-chat"),
    path("ai/chat/<str:chatId>/message", assistant.ChatMessageApi.as_view(), name="ai-chat-message"),
    path("ai/chat/<str:chatId>/history", assistant.ChatHistoryApi.as_view(), name="ai-chat-history"),
    path("tools", tools.ToolListApi.as_view(), name="tools-list"),
    path("tools/<str:toolId>/execute", tools.ToolExecuteApi.as_view(), name="tools-execute"),
]
