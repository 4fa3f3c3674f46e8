"""Admin of the assistant app: conversations with their turns, read-only."""

from django.contrib import admin

from radicpro.backoffice.display import (
    EMPTY,
    ReadOnlyAdmin,
    RowColumnsMixin,
    admin_link,
    pretty_json,
)

from .models import Chat, ChatMessage


class ChatMessageInline(admin.TabularInline):
    model = ChatMessage
    extra = 0
    can_delete = False
    fields = ["created_at", "role", "content", "design_ids", "job_id"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Chat)
class ChatAdmin(RowColumnsMixin, ReadOnlyAdmin):
    list_display = ["id", "owner_link", "provider", "design_link", "turns", "created_at", "updated_at"]
    list_filter = ["provider", "created_at"]
    search_fields = ["id", "owner__email", "messages__content"]
    ordering = ["-created_at", "-id"]
    list_select_related = ["owner", "design"]
    inlines = [ChatMessageInline]
    fields = ["id", "owner_link", "provider", "campaign_link", "design_link", "state_json", "created_at",
              "updated_at"]
    readonly_fields = fields

    @admin.display(description="campaign")
    def campaign_link(self, obj: Chat):
        return admin_link(obj.campaign, obj.campaign.name) if obj.campaign else EMPTY

    @admin.display(description="turns")
    def turns(self, obj: Chat) -> int:
        return obj.messages.count()

    @admin.display(description="what the assistant knows")
    def state_json(self, obj: Chat):
        return pretty_json(obj.state)


@admin.register(ChatMessage)
class ChatMessageAdmin(ReadOnlyAdmin):
    list_display = ["id", "chat_link", "role", "short", "created_at"]
    list_filter = ["role", "created_at"]
    search_fields = ["chat__id", "content"]
    list_select_related = ["chat"]

    @admin.display(description="chat")
    def chat_link(self, obj: ChatMessage):
        return admin_link(obj.chat, obj.chat_id)

    @admin.display(description="content")
    def short(self, obj: ChatMessage) -> str:
        return obj.content[:80]
