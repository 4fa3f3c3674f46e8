"""The HTTP providers are available by name through the registry, beside the local ones."""

from aiengine.providers.http import (
    FluxImageProvider,
    NanoBananaImageProvider,
    OpenAIEditProvider,
    OpenAIImageProvider,
    OpenAILayoutProvider,
)
from aiengine.providers.registry import (
    available_providers,
    get_edit_provider,
    get_image_provider,
    get_layout_provider,
)


def test_http_providers_are_chosen_by_name_with_their_options():
    assert "openai" in available_providers(kind="layout")
    assert "openai" in available_providers(kind="edit")
    assert {"nano-banana-pro", "flux-1.1-pro", "openai-images"} <= set(available_providers(kind="image"))
    options = {"base_url": "http://127.0.0.1:9/v1", "api_key": "k", "model": "m", "timeout": 7,
               "max_retries": 4}
    layout = get_layout_provider(name="openai", options=options)
    assert isinstance(layout, OpenAILayoutProvider)
    assert (layout.model, layout.client.timeout[1], layout.client.policy.max_retries) == ("m", 7, 4)
    assert isinstance(get_edit_provider(name="openai", options=options), OpenAIEditProvider)
    assert isinstance(get_image_provider(name="nano-banana-pro", options=options), NanoBananaImageProvider)
    assert isinstance(get_image_provider(name="flux-1.1-pro", options=options), FluxImageProvider)
    assert isinstance(get_image_provider(name="openai-images", options=options), OpenAIImageProvider)
    assert get_layout_provider(name="local").name == "local"
