"""Choose providers by name from plain settings; HTTP providers register themselves here."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from aiengine.providers.base import EditProvider, ImageProvider, LayoutProvider, ProviderError

Factory = Callable[..., Any]

_LAYOUT: dict[str, Factory] = {}
_EDIT: dict[str, Factory] = {}
_IMAGE: dict[str, Factory] = {}
_KINDS: dict[str, dict[str, Factory]] = {"layout": _LAYOUT, "edit": _EDIT, "image": _IMAGE}


def register_provider(*, kind: str, name: str, factory: Factory) -> None:
    """Make `factory(**options)` available as provider `name` of `kind` (layout, edit or image)."""
    if kind not in _KINDS:
        raise ValueError(f"unknown provider kind {kind!r}")
    _KINDS[kind][name] = factory


def available_providers(*, kind: str) -> tuple[str, ...]:
    """The names registered for a kind, sorted."""
    _ensure_local()
    return tuple(sorted(_KINDS[kind]))


def _build(*, kind: str, name: str, options: Mapping[str, Any] | None) -> Any:
    _ensure_local()
    factory = _KINDS[kind].get(name)
    if factory is None:
        known = ", ".join(sorted(_KINDS[kind]))
        raise ProviderError(f"unknown {kind} provider {name!r} (known: {known})", retryable=False)
    return factory(**dict(options or {}))


def get_layout_provider(*, name: str = "local", options: Mapping[str, Any] | None = None) -> LayoutProvider:
    """The layout provider called `name`, built with `options`."""
    return _build(kind="layout", name=name, options=options)


def get_edit_provider(*, name: str = "local", options: Mapping[str, Any] | None = None) -> EditProvider:
    """The edit provider called `name`, built with `options`."""
    return _build(kind="edit", name=name, options=options)


def get_image_provider(*, name: str = "local", options: Mapping[str, Any] | None = None) -> ImageProvider:
    """The image provider called `name`, built with `options`."""
    return _build(kind="image", name=name, options=options)


def _ensure_local() -> None:
    if "local" in _LAYOUT:
        return
    from aiengine.providers.local.editor import LocalEditProvider
    from aiengine.providers.local.image import LocalImageProvider
    from aiengine.providers.local.layout import LocalLayoutProvider

    _LAYOUT.setdefault("local", LocalLayoutProvider)
    _EDIT.setdefault("local", LocalEditProvider)
    _IMAGE.setdefault("local", LocalImageProvider)
    from aiengine.providers.http import register_http_providers

    register_http_providers()
