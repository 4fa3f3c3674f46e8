"""Choose providers by capability and name; the built-in ones are known, others register here."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from aiengine.providers.base import EditProvider, ImageProvider, LayoutProvider, ProviderError
from aiengine.providers.http import HTTP_PROVIDERS
from aiengine.providers.local.editor import LocalEditProvider
from aiengine.providers.local.image import LocalImageProvider
from aiengine.providers.local.layout import LocalLayoutProvider

Factory = Callable[..., Any]
KINDS = ("layout", "edit", "image", "chat")
LOCAL = "local"

_LOCAL: dict[str, Factory] = {"layout": LocalLayoutProvider, "edit": LocalEditProvider,
                              "image": LocalImageProvider}
_BUILT_IN: dict[str, dict[str, Factory]] = {
    kind: {**({LOCAL: _LOCAL[kind]} if kind in _LOCAL else {}), **HTTP_PROVIDERS.get(kind, {})}
    for kind in KINDS}
_REGISTERED: dict[str, dict[str, Factory]] = {kind: {} for kind in KINDS}


def register_provider(*, kind: str, name: str, factory: Factory) -> None:
    """Make `factory(**options)` available as provider `name` of `kind` (layout, edit, image or
    chat). The assistant app registers its chat providers this way."""
    if kind not in _REGISTERED:
        raise ValueError(f"unknown provider kind {kind!r}")
    _REGISTERED[kind][name] = factory


def _factories(kind: str) -> dict[str, Factory]:
    return {**_BUILT_IN[kind], **_REGISTERED[kind]}


def available_providers(*, kind: str) -> tuple[str, ...]:
    """The names known for a kind, sorted."""
    return tuple(sorted(_factories(kind)))


def _build(*, kind: str, name: str, options: Mapping[str, Any] | None) -> Any:
    factories = _factories(kind)
    factory = factories.get(name)
    if factory is None:
        known = ", ".join(sorted(factories))
        raise ProviderError(f"unknown {kind} provider {name!r} (known: {known})", retryable=False)
    return factory(**dict(options or {}))


def get_layout_provider(*, name: str = LOCAL, options: Mapping[str, Any] | None = None) -> LayoutProvider:
    """The layout provider called `name`, built with `options`."""
    return _build(kind="layout", name=name, options=options)


def get_edit_provider(*, name: str = LOCAL, options: Mapping[str, Any] | None = None) -> EditProvider:
    """The edit provider called `name`, built with `options`."""
    return _build(kind="edit", name=name, options=options)


def get_image_provider(*, name: str = LOCAL, options: Mapping[str, Any] | None = None) -> ImageProvider:
    """The image provider called `name`, built with `options`."""
    return _build(kind="image", name=name, options=options)


def get_chat_provider(*, name: str = LOCAL, options: Mapping[str, Any] | None = None) -> Any:
    """The chat (design assistant) provider called `name`, built with `options`."""
    return _build(kind="chat", name=name, options=options)
