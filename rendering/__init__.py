"""Design renderer: a pure function of (document, scale, format, fonts, assets) → bytes."""

from .api import MIME_TYPES, SUPPORTED_FORMATS, RenderResult, render
from .errors import FontFileInvalid, RenderError
from .fonts import FontInfo, FontLibrary, ResolvedFont, default_font_library, inspect_font_file
from .images import AssetSource, DictAssetSource
from .text import TextMeasure, measure_text

__all__ = [
    "MIME_TYPES",
    "SUPPORTED_FORMATS",
    "AssetSource",
    "DictAssetSource",
    "FontFileInvalid",
    "FontInfo",
    "FontLibrary",
    "RenderError",
    "RenderResult",
    "ResolvedFont",
    "TextMeasure",
    "default_font_library",
    "inspect_font_file",
    "measure_text",
    "render",
]
