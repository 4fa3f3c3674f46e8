"""Assets: the AssetSource protocol, capped decoding, fit/crop/filters, per-process caches."""

from __future__ import annotations

import hashlib
import io
import threading
import warnings
from collections import OrderedDict
from collections.abc import Mapping
from typing import Protocol, runtime_checkable

from PIL import Image, ImageEnhance, ImageFilter, ImageOps, UnidentifiedImageError

from . import svgraster
from .errors import AssetUnusable
from .masks import apply_mask, rounded_rect_mask

MAX_ASSET_PIXELS = 50_000_000  # decoded pixels of one asset; bigger is refused, not decoded
MAX_ASSET_BYTES = 64 * 1024 * 1024
# Bytes of pixels kept per process. Every generation makes a new asset (its hero image) that is
# drawn once or twice and never again, so these caches fill to their budget and stay there: the
# budgets are what a worker process keeps for good (at 60 + 40 Mpx, ~400 MB each).
_DECODED_BUDGET = 32 * 1024 * 1024  # decoded assets (a few photos: a batch decodes each once)
_FITTED_BUDGET = 16 * 1024 * 1024  # fitted tiles (three at 1x of a 1080 px canvas; 3x ones are not kept)


@runtime_checkable
class AssetSource(Protocol):
    """Where the renderer gets an asset's raw file bytes; None when it does not exist."""

    def get(self, asset_id: str) -> bytes | None: ...


class DictAssetSource:
    """An AssetSource over a mapping of asset id → bytes (tests, benchmarks, previews)."""

    def __init__(self, assets: Mapping[str, bytes]) -> None:
        self._assets = dict(assets)

    def get(self, asset_id: str) -> bytes | None:
        return self._assets.get(asset_id)


def _bytes(image: Image.Image) -> int:
    """The memory of an image's pixels: Pillow keeps RGB in 4 bytes a pixel, as RGBA."""
    return image.width * image.height * (1 if image.mode in ("1", "L", "P") else 4)


class _PixelLRU:
    """Images by key, least recently used first out, up to `budget` bytes of pixels."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.items: OrderedDict[object, Image.Image] = OrderedDict()
        self.bytes = 0
        self.lock = threading.Lock()

    def get(self, key: object) -> Image.Image | None:
        with self.lock:
            item = self.items.get(key)
            if item is not None:
                self.items.move_to_end(key)
            return item

    def put(self, key: object, image: Image.Image) -> None:
        size = _bytes(image)
        if size > self.budget:
            return
        with self.lock:
            if key in self.items:
                return
            self.items[key] = image
            self.bytes += size
            while self.bytes > self.budget and self.items:
                _, old = self.items.popitem(last=False)
                self.bytes -= _bytes(old)

    def clear(self) -> None:
        with self.lock:
            self.items.clear()
            self.bytes = 0


_decoded = _PixelLRU(_DECODED_BUDGET)
_fitted = _PixelLRU(_FITTED_BUDGET)


def cached_bytes() -> int:
    """Bytes of pixels the decoded and fitted caches hold now (at most their two budgets)."""
    return _decoded.bytes + _fitted.bytes


def clear_caches() -> None:
    """Drop decoded and fitted images (tests; memory pressure)."""
    _decoded.clear()
    _fitted.clear()


def decode(data: bytes) -> Image.Image:
    """Decode image bytes to RGB/RGBA, refusing more than MAX_ASSET_PIXELS before decoding; an SVG
    is drawn at its own aspect ratio, long side svgraster.DEFAULT_SIDE."""
    if len(data) > MAX_ASSET_BYTES:
        raise AssetUnusable(f"is larger than {MAX_ASSET_BYTES // (1024 * 1024)} MB")
    if svgraster.is_svg(data):
        return svgraster.rasterise(data)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image: Image.Image = Image.open(io.BytesIO(data))
            if image.width * image.height > MAX_ASSET_PIXELS:
                raise AssetUnusable(
                    f"is {image.width}×{image.height} px, over the {MAX_ASSET_PIXELS // 1_000_000} Mpx limit"
                )
            image.load()
            image = ImageOps.exif_transpose(image)
    except AssetUnusable:
        raise
    except Image.DecompressionBombError as exc:
        raise AssetUnusable(f"is too large to decode (over the {MAX_ASSET_PIXELS // 1_000_000} Mpx limit)") from exc
    except UnidentifiedImageError as exc:
        raise AssetUnusable("is not an image in a supported format") from exc
    except Exception as exc:  # Pillow raises OSError, SyntaxError, ValueError... on bad bytes
        raise AssetUnusable("is corrupt or truncated") from exc
    if image.mode not in ("RGB", "RGBA"):
        has_alpha = image.mode in ("LA", "PA", "RGBa", "La") or "transparency" in image.info
        image = image.convert("RGBA" if has_alpha else "RGB")
    return image


def _read(asset_id: str, source: AssetSource | None) -> tuple[str, bytes]:
    data = source.get(asset_id) if source is not None else None
    if data is None:
        raise KeyError(asset_id)
    return f"{asset_id}:{hashlib.blake2b(data, digest_size=16).hexdigest()}", data


def load(asset_id: str, source: AssetSource | None) -> tuple[str, Image.Image]:
    """The decoded image of an asset and its cache key; KeyError when absent, AssetUnusable when bad."""
    key, data = _read(asset_id, source)
    image = _decoded.get(key)
    if image is None:
        image = decode(data)
        _decoded.put(key, image)
    return key, image


def _crop_fractions(crop: dict | None) -> tuple[float, float, float, float]:
    """(x, y, width, height) of the kept part, as fractions of the image's sides."""
    if not isinstance(crop, dict):
        return (0.0, 0.0, 1.0, 1.0)
    cx = min(max(float(crop.get("x", 0)), 0.0), 1.0)
    cy = min(max(float(crop.get("y", 0)), 0.0), 1.0)
    cw = min(max(float(crop.get("width", 1)), 1e-4), 1.0 - cx) or 1e-4
    ch = min(max(float(crop.get("height", 1)), 1e-4), 1.0 - cy) or 1e-4
    return (cx, cy, cw, ch)


def _crop_box(image: Image.Image, crop: dict | None) -> tuple[float, float, float, float]:
    w, h = image.size
    cx, cy, cw, ch = _crop_fractions(crop)
    return (cx * w, cy * h, (cx + cw) * w, (cy + ch) * h)


def _resize(image: Image.Image, size: tuple[int, int], box) -> Image.Image:
    return image.resize(size, Image.Resampling.BICUBIC, box=box, reducing_gap=2.0)


def fit_image(image: Image.Image, size: tuple[int, int], fit: str, crop: dict | None) -> Image.Image:
    """`image` cropped (fractions) then fitted into `size` by cover, contain or fill; RGBA."""
    w, h = max(1, size[0]), max(1, size[1])
    x0, y0, x1, y1 = _crop_box(image, crop)
    sw, sh = x1 - x0, y1 - y0
    if fit == "fill":
        out = _resize(image, (w, h), (x0, y0, x1, y1))
    elif fit == "contain":
        s = min(w / sw, h / sh)
        rw, rh = max(1, round(sw * s)), max(1, round(sh * s))
        scaled = _resize(image, (rw, rh), (x0, y0, x1, y1)).convert("RGBA")
        out = Image.new("RGBA", (w, h), (0, 0, 0, 0))
        out.paste(scaled, ((w - rw) // 2, (h - rh) // 2))
        return out
    else:  # cover
        s = max(w / sw, h / sh)
        # w / s can round to a hair more than the side it came from: the view never leaves the crop box
        # (Pillow refuses a box with a negative offset or past the image's edge).
        vw, vh = min(sw, w / s), min(sh, h / s)
        bx, by = max(x0, x0 + (sw - vw) / 2), max(y0, y0 + (sh - vh) / 2)
        out = _resize(image, (w, h), (bx, by, min(x1, bx + vw), min(y1, by + vh)))
    return out.convert("RGBA") if out.mode != "RGBA" else out


def _lut(brightness: float, contrast: float) -> list[int]:
    table = []
    for v in range(256):
        x = v / 255 * brightness
        x = (x - 0.5) * contrast + 0.5
        table.append(max(0, min(255, round(x * 255))))
    return table * 3


def apply_filters(image: Image.Image, filters: dict | None, scale: float) -> Image.Image:
    """CSS-like filters: brightness, contrast, saturation, grayscale, then blur (radius in px)."""
    if not isinstance(filters, dict):
        return image
    brightness = float(filters.get("brightness", 1))
    contrast = float(filters.get("contrast", 1))
    saturation = float(filters.get("saturation", 1))
    grayscale = bool(filters.get("grayscale", False))
    blur = float(filters.get("blur", 0))
    if (brightness, contrast, saturation, grayscale, blur) == (1, 1, 1, False, 0):
        return image
    alpha = image.getchannel("A")
    rgb = image.convert("RGB")
    if brightness != 1 or contrast != 1:
        rgb = rgb.point(_lut(brightness, contrast))
    if saturation != 1:
        rgb = ImageEnhance.Color(rgb).enhance(saturation)
    if grayscale:
        rgb = rgb.convert("L").convert("RGB")
    out = rgb.convert("RGBA")
    out.putalpha(alpha)
    if blur > 0:
        out = out.filter(ImageFilter.GaussianBlur(blur * scale))
    return out


def fitted_asset(
    asset_id: str,
    source: AssetSource | None,
    size: tuple[int, int],
    *,
    fit: str = "cover",
    crop: dict | None = None,
    filters: dict | None = None,
    corner_radius: float = 0.0,
    scale: float = 1.0,
) -> Image.Image:
    """An asset fitted into `size` px with crop, filters and rounded corners; cached per process.
    An SVG is drawn at the resolution the box needs, so it stays sharp at every export scale."""
    key, data = _read(asset_id, source)
    crop_key = tuple(sorted(crop.items())) if isinstance(crop, dict) else None
    filter_key = tuple(sorted(filters.items())) if isinstance(filters, dict) else None
    cache_key = (key, size, fit, crop_key, filter_key, round(corner_radius, 3), scale)
    tile = _fitted.get(cache_key)
    if tile is None:
        if svgraster.is_svg(data):
            kept = _crop_fractions(crop)[2:]
            image = svgraster.rasterise(data, svgraster.raster_size(data, size, fit=fit, crop=kept))
        else:
            image = load(asset_id, source)[1]
        tile = fit_image(image, size, fit, crop)
        tile = apply_filters(tile, filters, scale)
        if corner_radius > 0:
            tile = apply_mask(tile, rounded_rect_mask(size, (0, 0, size[0], size[1]), corner_radius))
        _fitted.put(cache_key, tile)
    return tile
