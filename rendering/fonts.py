"""Font library: shipped OFL families, brand fonts, weight matching, coverage and caches."""

from __future__ import annotations

import hashlib
import io
import itertools
import os
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from PIL import ImageFont

from .errors import FontFileInvalid

FONTS_DIR = Path(__file__).resolve().parent / "fonts"
DEFAULT_FAMILY = "Inter"
# families tried, in order, for characters the chosen font lacks
FALLBACK_FAMILIES = (
    "Noto Sans",
    "Noto Sans Devanagari",
    "Noto Sans Arabic",
    "Noto Sans Symbols",
    "Noto Sans Symbols2",
)
MAX_FONT_BYTES = 20 * 1024 * 1024
_FONT_CACHE_SIZE = 64  # FreeType faces at one size each, ~0.3 MB apiece: 20 MB a process
_SIGNATURES = {
    b"\x00\x01\x00\x00": "ttf",
    b"true": "ttf",
    b"OTTO": "otf",
    b"wOFF": "woff",
    b"wOF2": "woff2",
}


@dataclass(frozen=True)
class FontInfo:
    """What a font file declares: family, weight (100–900), style and container format."""

    family: str
    weight: int
    style: str
    format: str
    postscript_name: str
    glyph_count: int


@dataclass(eq=False)
class FontFace:
    """One loadable face: a shipped file or the sfnt bytes of a registered brand font."""

    key: str
    info: FontInfo
    path: str | None = None
    data: bytes | None = None
    _coverage: frozenset[int] | None = field(default=None, repr=False)

    def sfnt_bytes(self) -> bytes:
        if self.data is not None:
            return self.data
        assert self.path is not None
        return Path(self.path).read_bytes()

    def coverage(self) -> frozenset[int]:
        """Code points this face maps to a glyph (computed once per process)."""
        if self._coverage is None:
            from fontTools.ttLib import TTFont

            source = self.path if self.path is not None else io.BytesIO(self.sfnt_bytes())
            with TTFont(source, lazy=True) as font:
                self._coverage = frozenset(font.getBestCmap() or {})
        return self._coverage

    def covers(self, char: str) -> bool:
        return ord(char) in self.coverage()

    def font(self, size: float) -> ImageFont.FreeTypeFont:
        """A cached FreeType font of this face at `size` px."""
        return _font(self, round(max(size, 0.5), 2))


@dataclass(frozen=True)
class ResolvedFont:
    """The face chosen for a requested family/weight/style, and a warning if it is a swap."""

    face: FontFace
    requested_family: str
    fallback: bool
    warning: str | None

    @property
    def family(self) -> str:
        return self.face.info.family


_font_lock = threading.Lock()
_library_ids = itertools.count(1)
_font_cache: OrderedDict[tuple[str, float], ImageFont.FreeTypeFont] = OrderedDict()


def _font(face: FontFace, size: float) -> ImageFont.FreeTypeFont:
    key = (face.key, size)
    with _font_lock:
        cached = _font_cache.get(key)
        if cached is not None:
            _font_cache.move_to_end(key)
            return cached
    source = face.path if face.path is not None else io.BytesIO(face.sfnt_bytes())
    loaded = ImageFont.truetype(source, size, layout_engine=ImageFont.Layout.RAQM)
    with _font_lock:
        _font_cache[key] = loaded
        while len(_font_cache) > _FONT_CACHE_SIZE:
            _font_cache.popitem(last=False)
    return loaded


def normalize_family(name: str) -> str:
    return "".join(ch for ch in str(name).lower() if ch.isalnum())


def _read_info(font, fmt: str) -> FontInfo:  # font: fontTools TTFont
    name = font["name"]
    family = name.getBestFamilyName() or name.getDebugName(1) or ""
    subfamily = (name.getBestSubFamilyName() or "").lower()
    weight, italic = 400, "italic" in subfamily or "oblique" in subfamily
    if "OS/2" in font:
        os2 = font["OS/2"]
        weight = int(os2.usWeightClass or 400)
        italic = italic or bool(os2.fsSelection & 1)
    weight = max(100, min(900, int(round(weight / 100.0)) * 100)) if weight >= 100 else 400
    return FontInfo(
        family=family.strip(),
        weight=weight,
        style="italic" if italic else "normal",
        format=fmt,
        postscript_name=name.getDebugName(6) or "",
        glyph_count=len(font.getGlyphOrder()),
    )


def _decode_font(data: bytes) -> tuple[FontInfo, bytes]:
    """Validate font bytes; return their info and the plain sfnt (WOFF/WOFF2 decompressed)."""
    if not isinstance(data, (bytes, bytearray)) or not data:
        raise FontFileInvalid("the font file is empty")
    if len(data) > MAX_FONT_BYTES:
        raise FontFileInvalid(f"the font file is larger than {MAX_FONT_BYTES // (1024 * 1024)} MB")
    if data[:4] == b"ttcf":
        raise FontFileInvalid("font collections (.ttc/.otc) are not supported; upload one TTF, OTF or WOFF2 face")
    fmt = _SIGNATURES.get(bytes(data[:4]))
    if fmt is None:
        raise FontFileInvalid("not a font file: expected a TTF, OTF, WOFF or WOFF2 font")
    from fontTools.ttLib import TTFont

    try:
        font = TTFont(io.BytesIO(bytes(data)), lazy=False)
        for tag in ("name", "cmap", "head", "hhea", "hmtx", "maxp"):
            if tag not in font:
                raise FontFileInvalid(f"the font has no '{tag.strip()}' table")
        if "glyf" not in font and "CFF " not in font and "CFF2" not in font:
            raise FontFileInvalid("the font has no glyph outlines (glyf or CFF table)")
        cmap = font.getBestCmap()
        if not cmap:
            raise FontFileInvalid("the font maps no Unicode characters")
        info = _read_info(font, fmt)
        if not info.family:
            raise FontFileInvalid("the font declares no family name")
        font.flavor = None
        out = io.BytesIO()
        font.save(out)
        sfnt = out.getvalue()
    except FontFileInvalid:
        raise
    except Exception as exc:  # fontTools raises many exception types on corrupt input
        raise FontFileInvalid(f"the font file is truncated or corrupt ({type(exc).__name__}: {exc})") from exc
    try:
        probe = ImageFont.truetype(io.BytesIO(sfnt), 24, layout_engine=ImageFont.Layout.RAQM)
        probe.getbbox(chr(next(iter(cmap))))
    except Exception as exc:  # FreeType's own refusal (OSError) or a broken glyph
        raise FontFileInvalid(f"the font cannot be rasterised ({exc})") from exc
    return info, sfnt


def inspect_font_file(data: bytes) -> FontInfo:
    """Validate an uploaded font file and return what it declares; FontFileInvalid if unusable."""
    return _decode_font(data)[0]


@lru_cache(maxsize=1)
def _shipped_faces() -> tuple[FontFace, ...]:
    from fontTools.ttLib import TTFont

    faces = []
    for path in sorted(FONTS_DIR.glob("*/*")):
        if path.suffix.lower() not in (".ttf", ".otf"):
            continue
        with TTFont(str(path), lazy=True) as font:
            info = _read_info(font, path.suffix.lower().lstrip("."))
        faces.append(FontFace(key=str(path), info=info, path=str(path)))
    return tuple(faces)


def _weight_key(face: FontFace, weight: int, style: str) -> tuple:
    w = face.info.weight
    # CSS-like: same style first, then the nearest weight, heavier wins ties for bold requests
    return (face.info.style != style, abs(w - weight), -w if weight >= 500 else w)


class FontLibrary:
    """Faces by family: the shipped fonts plus brand fonts registered on this library."""

    def __init__(self, *, shipped: bool = True) -> None:
        self._families: dict[str, list[FontFace]] = {}
        self._lock = threading.Lock()
        self._chains: dict[tuple[str, int, str], tuple[FontFace, ...]] = {}
        self.token = next(_library_ids)  # unique per library for the life of the process
        self.generation = 0  # bumped on every registration (layout caches key on it)
        if shipped:
            for face in _shipped_faces():
                self._add(face.info.family, face)

    def _add(self, family: str, face: FontFace) -> None:
        with self._lock:
            faces = self._families.setdefault(normalize_family(family), [])
            faces[:] = [f for f in faces if (f.info.weight, f.info.style) != (face.info.weight, face.info.style)]
            faces.append(face)
            self._chains.clear()
            self.generation += 1

    def families(self) -> list[str]:
        """Display names of the families this library can draw."""
        return sorted({faces[0].info.family for faces in self._families.values() if faces})

    def has_family(self, family: str) -> bool:
        return normalize_family(family) in self._families

    def register_font(self, path_or_bytes: bytes | str | os.PathLike, *, family: str | None = None) -> FontInfo:
        """Add a brand font (TTF/OTF/WOFF/WOFF2); `family` overrides the name in the file."""
        if isinstance(path_or_bytes, (bytes, bytearray)):
            data = bytes(path_or_bytes)
        else:
            data = Path(path_or_bytes).read_bytes()
        info, sfnt = _decode_font(data)
        if family:
            info = FontInfo(family.strip(), info.weight, info.style, info.format, info.postscript_name, info.glyph_count)
        key = "brand:" + hashlib.sha256(sfnt).hexdigest()[:32]
        self._add(info.family, FontFace(key=key, info=info, data=sfnt))
        return info

    def resolve(self, family: str | None, weight: int = 400, style: str = "normal") -> ResolvedFont:
        """The nearest face of `family`; an unknown family falls back to Inter with a warning."""
        requested = family or DEFAULT_FAMILY
        style = "italic" if style == "italic" else "normal"
        try:
            weight = int(weight)
        except (TypeError, ValueError):
            weight = 400
        faces = self._families.get(normalize_family(requested))
        warning = None
        if not faces:
            faces = self._families.get(normalize_family(DEFAULT_FAMILY)) or next(iter(self._families.values()), None)
            if not faces:
                raise FontFileInvalid("the font library has no fonts at all")
            warning = f'font family "{requested}" not found; rendered with {faces[0].info.family}'
        face = min(faces, key=lambda f: _weight_key(f, weight, style))
        return ResolvedFont(face=face, requested_family=requested, fallback=warning is not None, warning=warning)

    def fallback_chain(self, primary: FontFace, weight: int, style: str) -> tuple[FontFace, ...]:
        """`primary` followed by the fallback families' nearest faces, for per-character fallback."""
        key = (primary.key, weight, style)
        chain = self._chains.get(key)
        if chain is None:
            faces = [primary]
            for fam in FALLBACK_FAMILIES:
                candidates = self._families.get(normalize_family(fam))
                if candidates:
                    face = min(candidates, key=lambda f: _weight_key(f, weight, style))
                    if face not in faces:
                        faces.append(face)
            chain = tuple(faces)
            self._chains[key] = chain
        return chain


_default_library: FontLibrary | None = None
_default_lock = threading.Lock()


def default_font_library() -> FontLibrary:
    """The process-wide library of the shipped fonts (do not register brand fonts on it)."""
    global _default_library
    if _default_library is None:
        with _default_lock:
            if _default_library is None:
                _default_library = FontLibrary()
    return _default_library
