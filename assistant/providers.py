"""Which assistant answers: the local one, or the hosted one named by RADICPRO_AI_ASSISTANT_PROVIDER."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.conf import settings

from aiengine.providers.base import ProviderError

from .base import AssistantProvider
from .hosted import OpenAIAssistantProvider
from .local import LocalAssistant

LOCAL = "local"
ASSISTANTS: dict[str, Callable[..., Any]] = {LOCAL: LocalAssistant, "openai": OpenAIAssistantProvider}


def _options() -> dict[str, Any]:
    options: dict[str, Any] = {"api_key": getattr(settings, "RADICPRO_AI_API_KEY", ""),
                               "timeout": float(getattr(settings, "RADICPRO_AI_TIMEOUT", 60.0)),
                               "max_retries": int(getattr(settings, "RADICPRO_AI_MAX_RETRIES", 2))}
    if getattr(settings, "RADICPRO_AI_BASE_URL", ""):
        options["base_url"] = settings.RADICPRO_AI_BASE_URL
    if getattr(settings, "RADICPRO_AI_ASSISTANT_MODEL", ""):
        options["model"] = settings.RADICPRO_AI_ASSISTANT_MODEL
    return options


def assistant_provider(*, sandbox: bool) -> AssistantProvider:
    """The configured assistant; always the local one for sandbox (rp_test_) requests."""
    name = getattr(settings, "RADICPRO_AI_ASSISTANT_PROVIDER", LOCAL) or LOCAL
    if sandbox or name == LOCAL:
        return LocalAssistant()
    factory = ASSISTANTS.get(name)
    if factory is None:
        raise ProviderError(f"unknown assistant provider {name!r} (known: {', '.join(sorted(ASSISTANTS))})")
    return factory(**_options())
