"""Provider registry: local providers by name, unknown names refused, later providers registered."""

import pytest

from aiengine.providers.base import EditProvider, ImageProvider, LayoutProvider, ProviderError
from aiengine.providers.registry import (
    available_providers,
    get_chat_provider,
    get_edit_provider,
    get_image_provider,
    get_layout_provider,
    register_provider,
)


def test_local_providers_are_the_default():
    assert isinstance(get_layout_provider(), LayoutProvider)
    assert isinstance(get_edit_provider(name="local"), EditProvider)
    assert isinstance(get_image_provider(name="local", options={}), ImageProvider)
    assert "local" in available_providers(kind="layout")


def test_unknown_provider_is_a_provider_error():
    with pytest.raises(ProviderError) as error:
        get_layout_provider(name="nope")
    assert error.value.retryable is False
    assert "nope" in error.value.message


def test_a_new_provider_can_be_registered_with_options():
    class Echo:
        name = "echo"

        def __init__(self, *, api_key: str) -> None:
            self.api_key = api_key

        def edit(self, *, document, instruction):
            raise ProviderError("offline", retryable=True)

    register_provider(kind="edit", name="echo", factory=Echo)
    provider = get_edit_provider(name="echo", options={"api_key": "k"})
    assert provider.api_key == "k"
    with pytest.raises(ProviderError) as error:
        provider.edit(document={}, instruction="x")
    assert error.value.retryable is True
    with pytest.raises(ValueError):
        register_provider(kind="chat-ish", name="x", factory=Echo)


def test_the_assistant_registers_its_chat_providers_beside_the_others():
    assert {"local", "openai"} <= set(available_providers(kind="chat"))
    assert get_chat_provider(name="local").name == "local"
    with pytest.raises(ProviderError, match="unknown chat provider 'nope'"):
        get_chat_provider(name="nope")
