"""URLs of the design assistant (under /v1/)."""

from django.urls import path

from . import apis

urlpatterns = [
    path("ai/chat", apis.ChatStartApi.as_view(), name="ai-chat"),
    path("ai/chat/<str:chatId>/message", apis.ChatMessageApi.as_view(), name="ai-chat-message"),
    path("ai/chat/<str:chatId>/history", apis.ChatHistoryApi.as_view(), name="ai-chat-history"),
]
