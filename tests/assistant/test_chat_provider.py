"""The assistant is the provider registry's `chat` capability, chosen by settings like the others."""

import pytest

from aiengine.providers.base import ProviderError
from aiengine.providers.settings import chat_provider, edit_provider


@pytest.fixture
def hosted_settings(settings):
    settings.RADICPRO_AI_ASSISTANT_PROVIDER = "openai"
    settings.RADICPRO_AI_ASSISTANT_MODEL = "gpt-assistant"
    settings.RADICPRO_AI_EDIT_PROVIDER = "openai"
    settings.RADICPRO_AI_EDIT_MODEL = "gpt-editor"
    settings.RADICPRO_AI_BASE_URL = "http://127.0.0.1:9/v1"
    settings.RADICPRO_AI_API_KEY = "sk-test"
    return settings


def test_the_configured_chat_provider_gets_the_shared_ai_settings(hosted_settings):
    chat, edit = chat_provider(sandbox=False), edit_provider(sandbox=False)
    assert (chat.name, chat.model) == ("openai", "gpt-assistant")
    assert edit.model == "gpt-editor"
    # one settings path: the same base URL, key, timeout and retries reach both capabilities
    assert chat.client.base_url == edit.client.base_url
    assert chat.client.timeout == edit.client.timeout
    assert chat.client.policy.max_retries == edit.client.policy.max_retries


def test_sandbox_requests_and_the_default_get_the_local_assistant(hosted_settings, settings):
    assert chat_provider(sandbox=True).name == "local"
    settings.RADICPRO_AI_ASSISTANT_PROVIDER = ""
    assert chat_provider(sandbox=False).name == "local"


def test_an_unknown_chat_provider_is_a_provider_error(settings):
    settings.RADICPRO_AI_ASSISTANT_PROVIDER = "hal-9000"
    with pytest.raises(ProviderError, match="unknown chat provider 'hal-9000'"):
        chat_provider(sandbox=False)
