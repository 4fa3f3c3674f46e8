"""App config for assistant (the chat records of the design assistant)."""

from django.apps import AppConfig


class AssistantConfig(AppConfig):
    name = "assistant"
    label = "assistant"
    verbose_name = "Design assistant"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from .providers import register_chat_providers

        register_chat_providers()
