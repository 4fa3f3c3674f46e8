"""HTTP providers: real clients for hosted layout, edit and image models, listed by capability and name."""

from aiengine.providers.http.images import (
    FluxImageProvider,
    NanoBananaImageProvider,
    OpenAIImageProvider,
)
from aiengine.providers.http.openai_chat import OpenAIEditProvider, OpenAILayoutProvider

__all__ = [
    "HTTP_PROVIDERS",
    "FluxImageProvider",
    "NanoBananaImageProvider",
    "OpenAIEditProvider",
    "OpenAIImageProvider",
    "OpenAILayoutProvider",
]

# capability -> provider name -> factory; the registry offers them beside the local ones.
HTTP_PROVIDERS = {
    "layout": {"openai": OpenAILayoutProvider},
    "edit": {"openai": OpenAIEditProvider},
    "image": {"nano-banana-pro": NanoBananaImageProvider, "flux-1.1-pro": FluxImageProvider,
              "openai-images": OpenAIImageProvider},
}
