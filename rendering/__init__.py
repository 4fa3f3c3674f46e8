"""Design renderer: a pure function of (document, scale, format, fonts, assets) → bytes."""

from .api import MAX_SCALE, RenderResult, fit_scale, render
from .encode import encode_image
from .errors import FontFileInvalid, RenderError
from .fonts import FontInfo, FontLibrary, ResolvedFont, default_font_library, inspect_font_file
from .images import AssetSource, DictAssetSource
from .output_formats import (
    ACCEPTED_FORMAT_NAMES,
    FORMAT_CHOICES,
    FORMAT_NAMES,
    OUTPUT_FORMATS,
    QUALITY_FORMAT_NAMES,
    RASTER_FORMAT_NAMES,
    TRANSPARENT_FORMAT_NAMES,
    OutputFormat,
    format_for_mime_type,
    model_format_choices,
    output_format,
)
from .text import TextMeasure, measure_text

__all__ = [
    "ACCEPTED_FORMAT_NAMES",
    "FORMAT_CHOICES",
    "FORMAT_NAMES",
    "MAX_SCALE",
    "OUTPUT_FORMATS",
    "QUALITY_FORMAT_NAMES",
    "RASTER_FORMAT_NAMES",
    "TRANSPARENT_FORMAT_NAMES",
    "AssetSource",
    "DictAssetSource",
    "FontFileInvalid",
    "FontInfo",
    "FontLibrary",
    "OutputFormat",
    "RenderError",
    "RenderResult",
    "ResolvedFont",
    "TextMeasure",
    "default_font_library",
    "encode_image",
    "fit_scale",
    "format_for_mime_type",
    "inspect_font_file",
    "measure_text",
    "model_format_choices",
    "output_format",
    "render",
]
