"""The assistant's chat providers, registered under the `chat` capability of aiengine's provider registry."""

from aiengine.providers.registry import LOCAL, register_provider

from .hosted import OpenAIAssistantProvider
from .local import LocalAssistant

CHAT_PROVIDERS = {LOCAL: LocalAssistant, "openai": OpenAIAssistantProvider}


def register_chat_providers() -> None:
    """Offer the local (rules) and `openai` (hosted, tool-calling) assistants as chat providers;
    aiengine.providers.settings.chat_provider chooses one from the settings."""
    for name, factory in CHAT_PROVIDERS.items():
        register_provider(kind="chat", name=name, factory=factory)
