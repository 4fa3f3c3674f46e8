"""The design assistant: POST /v1/ai/chat, POST /v1/ai/chat/{chatId}/message, GET .../history."""

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.response import Response
from rest_framework.views import APIView

from radicpro.accounts.authentication import is_sandbox_request

from . import services
from .selectors import chat_get_for_user, chat_history
from .serializers import ChatHistoryOutput, ChatMessageInput, ChatReplyOutput

TAGS = ["assistant"]
PATH_CHAT = OpenApiParameter("chatId", str, OpenApiParameter.PATH)
NOTE = (" The assistant asks for what a good design still needs (name, offer, colours, style) with "
        "`suggestions`; once it has enough it creates a logo (the logo_maker tool), generates designs "
        "(as POST /v1/ai/generate-designs) or, with a design in context, edits it (as POST "
        "/v1/ai/edit-design, then applied: `patch` holds the operations and the new version). A turn "
        "that generates or edits counts against the ai_generation rate limit and costs what those "
        "endpoints cost (402 INSUFFICIENT_CREDITS; refunded if the work fails; never for sandbox keys); "
        "other turns only count against the plan quotas. An unknown context.projectId or "
        "context.designId is a VALIDATION_ERROR naming it.")


class ChatStartApi(APIView):
    throttle_category = None

    @extend_schema(operation_id="ai_chat_start", request=ChatMessageInput, responses={200: ChatReplyOutput},
                   tags=TAGS, extensions={"x-errors": ["402"]},
                   description="Starts a conversation with the design assistant and answers its first "
                   "message." + NOTE)
    def post(self, request):
        data = ChatMessageInput(data=request.data)
        data.is_valid(raise_exception=True)
        body = services.chat_start(owner=request.user, sandbox=is_sandbox_request(request),
                                   message=data.validated_data["message"],
                                   context=data.validated_data.get("context"))
        return Response(ChatReplyOutput(body).data)


class ChatMessageApi(APIView):
    throttle_category = None

    @extend_schema(operation_id="ai_chat_message", request=ChatMessageInput, responses={200: ChatReplyOutput},
                   parameters=[PATH_CHAT], tags=TAGS, extensions={"x-errors": ["402", "404"]},
                   description="The next message of a conversation (someone else's chat is a 404 "
                   "NOT_FOUND); a `context` replaces the chat's." + NOTE)
    def post(self, request, chatId):  # noqa: N803 (the URL's parameter name)
        chat = chat_get_for_user(user=request.user, chat_id=chatId)
        data = ChatMessageInput(data=request.data)
        data.is_valid(raise_exception=True)
        body = services.chat_message(chat=chat, sandbox=is_sandbox_request(request),
                                     message=data.validated_data["message"],
                                     context=data.validated_data.get("context"))
        return Response(ChatReplyOutput(body).data)


class ChatHistoryApi(APIView):
    throttle_category = None

    @extend_schema(operation_id="ai_chat_history", responses={200: ChatHistoryOutput}, parameters=[PATH_CHAT],
                   tags=TAGS, extensions={"x-errors": ["404"]},
                   description="Every turn of the conversation, oldest first, with the designs each "
                   "assistant turn made or edited. Someone else's chat is a 404 NOT_FOUND.")
    def get(self, request, chatId):  # noqa: N803
        chat = chat_get_for_user(user=request.user, chat_id=chatId)
        body = {"chat_id": chat.pk, "messages": list(chat_history(chat=chat))}
        return Response(ChatHistoryOutput(body).data)
