"""HTTP providers: real clients for hosted layout, edit and image models, registered by name."""

from aiengine.providers.http.images import (
    FluxImageProvider,
    NanoBananaImageProvider,
    OpenAIImageProvider,
)
from aiengine.providers.http.openai_chat import OpenAIEditProvider, OpenAILayoutProvider
from aiengine.providers.registry import register_provider

__all__ = [
    "FluxImageProvider",
    "NanoBananaImageProvider",
    "OpenAIEditProvider",
    "OpenAIImageProvider",
    "OpenAILayoutProvider",
    "register_http_providers",
]


def register_http_providers() -> None:
    """Register layout `openai`, edit `openai`, image `nano-banana-pro`, `flux-1.1-pro`, `openai-images`."""
    register_provider(kind="layout", name="openai", factory=OpenAILayoutProvider)
    register_provider(kind="edit", name="openai", factory=OpenAIEditProvider)
    register_provider(kind="image", name="nano-banana-pro", factory=NanoBananaImageProvider)
    register_provider(kind="image", name="flux-1.1-pro", factory=FluxImageProvider)
    register_provider(kind="image", name="openai-images", factory=OpenAIImageProvider)
