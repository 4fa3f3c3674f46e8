"""Content sniffing of uploaded images: the format from the bytes, dimensions, pixel caps."""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from django.conf import settings
from PIL import Image, UnidentifiedImageError

from .svg import SvgRejected, looks_like_svg, sanitise_svg

RASTER_FORMATS = {
    "PNG": ("image/png", "png"),
    "JPEG": ("image/jpeg", "jpg"),
    "WEBP": ("image/webp", "webp"),
    "GIF": ("image/gif", "gif"),
}
SVG_MIME = "image/svg+xml"
DEFAULT_MAX_IMAGE_PIXELS = 50_000_000


class UploadRejected(ValueError):
    """The bytes are not an image we accept; `message` says why, for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class SniffedImage:
    data: bytes  # what is stored: the upload as is, or the sanitised SVG
    mime_type: str
    extension: str
    width: int | None
    height: int | None


def max_image_pixels() -> int:
    return int(getattr(settings, "RADICPRO_MAX_IMAGE_PIXELS", DEFAULT_MAX_IMAGE_PIXELS))


def _open(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data), formats=list(RASTER_FORMATS))


def sniff_raster(data: bytes) -> SniffedImage:
    """Identify, verify and fully decode a PNG, JPEG, WebP or GIF (its first frame)."""
    cap = max_image_pixels()
    bomb = UploadRejected("image is too large to decode")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with _open(data) as image:
                fmt = image.format
                width, height = image.size
                if width * height > cap:
                    raise bomb
                image.verify()
            with _open(data) as image:  # verify() leaves the image unusable: decode a fresh one
                image.seek(0)
                image.load()
    except UploadRejected:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise bomb from exc
    except UnidentifiedImageError as exc:
        raise UploadRejected(
            "the file is not a supported image (PNG, JPEG, WebP, GIF or, for logos, SVG)"
        ) from exc
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError,
            MemoryError) as exc:
        raise UploadRejected(f"the image is truncated or corrupt ({exc})") from exc
    if fmt not in RASTER_FORMATS or width < 1 or height < 1:
        raise UploadRejected("the file is not a supported image")
    mime_type, extension = RASTER_FORMATS[fmt]
    return SniffedImage(data=data, mime_type=mime_type, extension=extension,
                        width=width, height=height)


def sniff_image(data: bytes, *, allow_svg: bool) -> SniffedImage:
    """The image in `data`, by content (never by name or declared type)."""
    if not data:
        raise UploadRejected("the file is empty")
    if looks_like_svg(data):
        if not allow_svg:
            raise UploadRejected("SVG files are accepted for logos only")
        try:
            svg = sanitise_svg(data)
        except SvgRejected as exc:
            raise UploadRejected(str(exc)) from exc
        if svg.width and svg.height and svg.width * svg.height > max_image_pixels():
            raise UploadRejected("image is too large to decode")
        return SniffedImage(data=svg.data, mime_type=SVG_MIME, extension="svg",
                            width=svg.width, height=svg.height)
    return sniff_raster(data)
