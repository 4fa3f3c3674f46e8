"""The output-format table: every format the renderer writes and what callers should know of it."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import RenderError


@dataclass(frozen=True)
class OutputFormat:
    """One output format: its name on the wire, file facts and the options it honours."""

    name: str  # the canonical name clients send and are answered with
    label: str  # a human name (admin, docs)
    mime_type: str
    extension: str  # of a stored file, without the dot
    raster: bool  # a pixel image file (not a page or a vector drawing)
    vector: bool  # drawn as vector markup instead of composed pixels
    quality: bool  # honours `quality` (1–100)
    alpha: bool  # can keep an alpha channel (`transparent=True`)
    aliases: tuple[str, ...] = ()  # other names accepted for it on input


OUTPUT_FORMATS: tuple[OutputFormat, ...] = (
    OutputFormat("png", "PNG", "image/png", "png", raster=True, vector=False, quality=False, alpha=True),
    OutputFormat("jpg", "JPEG", "image/jpeg", "jpg", raster=True, vector=False, quality=True, alpha=False,
                 aliases=("jpeg",)),
    OutputFormat("webp", "WebP", "image/webp", "webp", raster=True, vector=False, quality=True, alpha=True),
    OutputFormat("pdf", "PDF", "application/pdf", "pdf", raster=False, vector=False, quality=False,
                 alpha=False),
    OutputFormat("svg", "SVG", "image/svg+xml", "svg", raster=False, vector=True, quality=False, alpha=True),
)

_BY_NAME = {name: fmt for fmt in OUTPUT_FORMATS for name in (fmt.name, *fmt.aliases)}

# Canonical names, in table order: what is stored and answered.
FORMAT_NAMES: tuple[str, ...] = tuple(fmt.name for fmt in OUTPUT_FORMATS)
# Every name accepted on input: the canonical names and their aliases.
ACCEPTED_FORMAT_NAMES: tuple[str, ...] = tuple(_BY_NAME)
# (name, label) pairs for Django model choices.
FORMAT_CHOICES: tuple[tuple[str, str], ...] = tuple((fmt.name, fmt.label) for fmt in OUTPUT_FORMATS)
RASTER_FORMAT_NAMES: tuple[str, ...] = tuple(fmt.name for fmt in OUTPUT_FORMATS if fmt.raster)
QUALITY_FORMAT_NAMES: tuple[str, ...] = tuple(fmt.name for fmt in OUTPUT_FORMATS if fmt.quality)
# Exports offer a transparent background for raster images that keep an alpha channel.
TRANSPARENT_FORMAT_NAMES: tuple[str, ...] = tuple(fmt.name for fmt in OUTPUT_FORMATS if fmt.raster and fmt.alpha)


def output_format(name: str) -> OutputFormat:
    """The format called `name` (or one of its aliases, any case); RenderError when unknown."""
    fmt = _BY_NAME.get(str(name).lower())
    if fmt is None:
        raise RenderError(f"unsupported format {name!r}", {"supported": list(FORMAT_NAMES)})
    return fmt


def format_for_mime_type(mime_type: str) -> OutputFormat | None:
    """The format whose MIME type is `mime_type`, or None."""
    return next((fmt for fmt in OUTPUT_FORMATS if fmt.mime_type == mime_type), None)


def model_format_choices() -> list[tuple[str, str]]:
    """The table as Django choices (a callable, so a new format needs no migration)."""
    return list(FORMAT_CHOICES)
