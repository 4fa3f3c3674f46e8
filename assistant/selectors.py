"""Assistant reads: a user's chats, one chat by id, and its turns in order."""

from django.db.models import QuerySet

from assistant.models import Chat, ChatMessage
from radicpro.api.errors import ApiError, ErrorCode


def chats_of(*, user) -> QuerySet[Chat]:
    """The user's conversations, newest first."""
    return Chat.objects.filter(owner=user)


def chat_get_for_user(*, user, chat_id: str) -> Chat:
    """The user's chat; NOT_FOUND when it does not exist or is someone else's."""
    chat = chats_of(user=user).select_related("campaign", "design").filter(pk=str(chat_id)).first()
    if chat is None:
        raise ApiError(ErrorCode.NOT_FOUND, "Chat not found.")
    return chat


def chat_history(*, chat: Chat) -> QuerySet[ChatMessage]:
    """Every turn of the chat, oldest first."""
    return ChatMessage.objects.filter(chat=chat).order_by("created_at", "id")
