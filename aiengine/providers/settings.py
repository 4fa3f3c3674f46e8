"""Which AI provider serves each capability (layout, edit, image, chat), built from the RADICPRO_AI_* settings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings

from aiengine.providers import registry
from aiengine.providers.base import EditProvider, LayoutProvider
from aiengine.providers.metering import Metered

LOCAL = "local"
IMAGE_MODELS = ("nano-banana-pro", "flux-1.1-pro")
# Image providers and the settings that configure each (base URL, key, model name).
_IMAGE_SETTINGS = {
    "nano-banana-pro": ("RADICPRO_AI_NANO_BANANA_BASE_URL", "RADICPRO_AI_NANO_BANANA_API_KEY",
                        "RADICPRO_AI_NANO_BANANA_MODEL"),
    "flux-1.1-pro": ("RADICPRO_AI_FLUX_BASE_URL", "RADICPRO_AI_FLUX_API_KEY", "RADICPRO_AI_FLUX_MODEL"),
    "openai-images": ("RADICPRO_AI_BASE_URL", "RADICPRO_AI_API_KEY", "RADICPRO_AI_IMAGE_MODEL"),
}


def get_layout_provider(*, name: str, options: dict | None = None) -> Any:
    return Metered(registry.get_layout_provider(name=name, options=options),
                   capability="layout", name=name)


def get_edit_provider(*, name: str, options: dict | None = None) -> Any:
    return Metered(registry.get_edit_provider(name=name, options=options),
                   capability="edit", name=name)


def get_image_provider(*, name: str, options: dict | None = None) -> Any:
    return Metered(registry.get_image_provider(name=name, options=options),
                   capability="image", name=name)


def get_chat_provider(*, name: str, options: dict | None = None) -> Any:
    return Metered(registry.get_chat_provider(name=name, options=options),
                   capability="chat", name=name)


@dataclass(frozen=True)
class Chosen:
    """A provider and, when it is not the one asked for, why (said in `generation.models`)."""

    provider: Any
    name: str
    note: str = ""


def _setting(name: str, default: Any = "") -> Any:
    return getattr(settings, name, default)


def _common() -> dict[str, Any]:
    return {"timeout": float(_setting("RADICPRO_AI_TIMEOUT", 60.0)),
            "max_retries": int(_setting("RADICPRO_AI_MAX_RETRIES", 2))}


def _chat_options(model_setting: str) -> dict[str, Any]:
    options = {**_common(), "api_key": _setting("RADICPRO_AI_API_KEY")}
    if _setting("RADICPRO_AI_BASE_URL"):
        options["base_url"] = _setting("RADICPRO_AI_BASE_URL")
    if _setting(model_setting):
        options["model"] = _setting(model_setting)
    return options


def image_options(name: str) -> dict[str, Any] | None:
    """Options of HTTP image provider `name`, or None when it has no API key configured."""
    names = _IMAGE_SETTINGS.get(name)
    if names is None:
        return None
    base_url, api_key, model = (_setting(setting) for setting in names)
    if not api_key:
        return None
    options = {**_common(), "api_key": api_key}
    if base_url:
        options["base_url"] = base_url
    if model:
        options["model"] = model
    return options


def layout_provider(*, sandbox: bool) -> LayoutProvider:
    """The configured layout provider; always the local one for sandbox (rp_test_) requests."""
    name = _setting("RADICPRO_AI_LAYOUT_PROVIDER", LOCAL) or LOCAL
    if sandbox or name == LOCAL:
        return get_layout_provider(name=LOCAL)
    return get_layout_provider(name=name, options=_chat_options("RADICPRO_AI_LAYOUT_MODEL"))


def edit_provider(*, sandbox: bool) -> EditProvider:
    """The configured edit provider; always the local one for sandbox (rp_test_) requests."""
    name = _setting("RADICPRO_AI_EDIT_PROVIDER", LOCAL) or LOCAL
    if sandbox or name == LOCAL:
        return get_edit_provider(name=LOCAL)
    return get_edit_provider(name=name, options=_chat_options("RADICPRO_AI_EDIT_MODEL"))


def chat_provider(*, sandbox: bool) -> Any:
    """The configured design-assistant (chat) provider, RADICPRO_AI_ASSISTANT_PROVIDER with
    RADICPRO_AI_ASSISTANT_MODEL; always the local one for sandbox (rp_test_) requests."""
    name = _setting("RADICPRO_AI_ASSISTANT_PROVIDER", LOCAL) or LOCAL
    if sandbox or name == LOCAL:
        return get_chat_provider(name=LOCAL)
    return get_chat_provider(name=name, options=_chat_options("RADICPRO_AI_ASSISTANT_MODEL"))


def image_provider(*, requested: str | None, sandbox: bool) -> Chosen:
    """The image provider for a request: `requested` (an imageModel) when configured, else the
    configured default; the local one for sandbox requests and whenever the choice has no key."""
    if sandbox:
        note = "sandbox keys use the local image provider" if requested else ""
        return Chosen(get_image_provider(name=LOCAL), LOCAL, note)
    name = requested or _setting("RADICPRO_AI_IMAGE_PROVIDER", LOCAL) or LOCAL
    if name == LOCAL:
        return Chosen(get_image_provider(name=LOCAL), LOCAL)
    options = image_options(name)
    if options is None:
        return Chosen(get_image_provider(name=LOCAL), LOCAL,
                      f"{name} is not configured on this server; the local image provider was used")
    return Chosen(get_image_provider(name=name, options=options), name)


def image_provider_named(*, name: str, sandbox: bool) -> Chosen:
    """The image provider a recipe was made with (for regeneration), with the same fallbacks."""
    if sandbox or name == LOCAL:
        return Chosen(get_image_provider(name=LOCAL), LOCAL)
    return image_provider(requested=name, sandbox=sandbox)
