"""Conversations with the design assistant: one chat per thread, its turns in order."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from radicpro.api.ids import PrefixedIdField


class Chat(models.Model):
    """A conversation of one user; `state` is what the assistant has learnt so far."""

    id = PrefixedIdField(prefix="chat")
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="assistant_chats")
    campaign = models.ForeignKey("campaigns.Campaign", on_delete=models.SET_NULL, null=True,
                                 blank=True, related_name="+")
    design = models.ForeignKey("designs.Design", on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="+", help_text="The design the conversation is about.")
    state = models.JSONField(default=dict, blank=True,
                             help_text="intent, name, offer, colors, style, format, ...")
    provider = models.CharField(max_length=40, default="local")
    turn_started_at = models.DateTimeField(null=True, blank=True,
                                           help_text="Set while a message is being answered: the next waits.")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["owner", "-created_at"], name="chat_owner_created")]

    def __str__(self) -> str:
        return f"{self.id} ({self.owner_id})"


class ChatMessage(models.Model):
    """One turn: the user's message or the assistant's reply (with the designs it linked)."""

    class Role(models.TextChoices):
        USER = "user", "User"
        ASSISTANT = "assistant", "Assistant"

    chat = models.ForeignKey(Chat, on_delete=models.CASCADE, related_name="messages")
    role = models.CharField(max_length=12, choices=Role.choices)
    content = models.TextField()
    design_ids = models.JSONField(default=list, blank=True)
    suggestions = models.JSONField(default=list, blank=True)
    patch = models.JSONField(null=True, blank=True)
    job_id = models.CharField(max_length=40, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.chat_id} {self.role}: {self.content[:40]}"
