"""Errors raised by the renderer and the font inspector."""

from __future__ import annotations

from typing import Any


class RenderError(Exception):
    """A document that cannot be rendered (over the limits, malformed, bad options)."""

    def __init__(self, message: str, details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details: dict[str, Any] = dict(details or {})

    def __str__(self) -> str:
        return self.message


class FontFileInvalid(ValueError):
    """An uploaded font file that is not a usable TTF/OTF/WOFF/WOFF2 font."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class AssetUnusable(Exception):
    """An asset whose bytes cannot be decoded into an image (corrupt, too large, unknown)."""
