"""Text layout: transforms, font runs with per-character fallback, wrapping, auto-fit, metrics."""

from __future__ import annotations

import json
import threading
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache

from .fonts import FontFace, FontLibrary, ResolvedFont, default_font_library
from .paint import Color, parse_color

_JOINERS = {"\u200c", "\u200d", "\u034f"}
_STRONG_RTL = {"R", "AL"}


@dataclass(frozen=True)
class TextMeasure:
    """How a text layer lays out at 1x: the size used, its lines, extent and whether it overflows."""

    font_size: float
    lines: tuple[str, ...]
    width: float
    height: float
    overflows: bool


@dataclass(frozen=True)
class TextStyle:
    """A text layer's style with defaults applied."""

    family: str
    weight: int
    style: str
    size: float
    color: Color
    align: str
    vertical_align: str
    line_height: float
    letter_spacing: float
    transform: str
    auto_fit: tuple[float, float] | None
    stroke: tuple[Color, float] | None
    shadow: tuple[Color, float, float, float] | None
    background: tuple[Color, float, float, float] | None

    @classmethod
    def from_layer(cls, layer: dict) -> TextStyle:
        s = layer.get("style") or {}
        auto = s.get("autoFit")
        auto_fit = None
        if isinstance(auto, dict):
            lo = float(auto.get("minSize", 8))
            hi = float(auto.get("maxSize", max(lo, float(s.get("fontSize", 32)))))
            auto_fit = (max(1.0, min(lo, hi)), max(1.0, lo, hi))
        stroke = s.get("stroke")
        shadow = s.get("shadow")
        bg = s.get("background")
        return cls(
            family=str(s.get("fontFamily") or "Inter"),
            weight=int(s.get("fontWeight", 400) or 400),
            style="italic" if s.get("fontStyle") == "italic" else "normal",
            size=max(1.0, float(s.get("fontSize", 32))),
            color=parse_color(s.get("color", "#000000")),
            align=s.get("align", "left") if s.get("align") in ("left", "center", "right") else "left",
            vertical_align=s.get("verticalAlign", "top") if s.get("verticalAlign") in ("top", "middle", "bottom") else "top",
            line_height=float(s.get("lineHeight", 1.2)),
            letter_spacing=float(s.get("letterSpacing", 0) or 0),
            transform=str(s.get("textTransform", "none")),
            auto_fit=auto_fit,
            stroke=(parse_color(stroke.get("color", "#000000")), float(stroke.get("width", 1)))
            if isinstance(stroke, dict) and float(stroke.get("width", 1)) > 0
            else None,
            shadow=(
                parse_color(shadow.get("color", "#00000080")),
                float(shadow.get("offsetX", 0)),
                float(shadow.get("offsetY", 0)),
                max(0.0, float(shadow.get("blur", 0))),
            )
            if isinstance(shadow, dict)
            else None,
            background=(
                parse_color(bg.get("color", "#000000")),
                float(bg.get("paddingX", 0)),
                float(bg.get("paddingY", 0)),
                max(0.0, float(bg.get("radius", 0))),
            )
            if isinstance(bg, dict)
            else None,
        )


def transform_text(text: str, transform: str) -> str:
    if transform == "uppercase":
        return text.upper()
    if transform == "lowercase":
        return text.lower()
    if transform == "capitalize":
        return " ".join(w[:1].upper() + w[1:] for w in text.split(" "))
    return text


@lru_cache(maxsize=4096)
def _is_complex_char(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in _STRONG_RTL or unicodedata.category(ch).startswith("M") or (
        "\u0900" <= ch <= "\u0dff"
    )


def is_complex(text: str) -> bool:
    """Text whose shaping joins or reorders characters: letter spacing is not applied to it."""
    return any(_is_complex_char(ch) for ch in text)


def is_rtl(text: str) -> bool:
    """Paragraph direction from the first strong character (Unicode bidi rule P2)."""
    for ch in text:
        bidi = unicodedata.bidirectional(ch)
        if bidi in _STRONG_RTL:
            return True
        if bidi == "L":
            return False
    return False


def split_runs(text: str, chain: tuple[FontFace, ...]) -> list[tuple[str, FontFace]]:
    """Split text into runs of one face each: the first face in `chain` that has the character;
    marks, joiners, spaces and weak characters stay with the run before them when it has them."""
    runs: list[list] = []
    current: FontFace | None = None
    for ch in text:
        face = None
        if current is not None and (
            ch in _JOINERS
            or unicodedata.category(ch).startswith("M")
            or unicodedata.bidirectional(ch) not in ("L", "R", "AL")
        ) and (current.covers(ch) or ch in _JOINERS):
            face = current
        if face is None:
            face = next((f for f in chain if f.covers(ch)), chain[0])
        if runs and runs[-1][1] is face:
            runs[-1][0].append(ch)
        else:
            runs.append([[ch], face])
        current = face
    return [("".join(chars), face) for chars, face in runs]


def missing_characters(text: str, chain: tuple[FontFace, ...]) -> list[str]:
    """Characters (not whitespace/controls) that no face of the chain has."""
    return sorted(
        {ch for ch in text if not ch.isspace() and ch not in _JOINERS and not any(f.covers(ch) for f in chain)}
    )


class LineMeasurer:
    """Measures lines at one size with one fallback chain, caching widths per line."""

    def __init__(self, chain: tuple[FontFace, ...], size: float, letter_spacing: float) -> None:
        self.chain = chain
        self.size = size
        self.spacing = letter_spacing
        self._cache: dict[str, float] = {}

    def runs(self, line: str) -> list[tuple[str, FontFace]]:
        runs = split_runs(line, self.chain)
        return list(reversed(runs)) if is_rtl(line) else runs

    def run_width(self, run: str, face: FontFace) -> float:
        width = face.font(self.size).getlength(run)
        if self.spacing and not is_complex(run):
            width += self.spacing * len(run)
        return width

    def width(self, line: str) -> float:
        cached = self._cache.get(line)
        if cached is None:
            cached = sum(self.run_width(run, face) for run, face in split_runs(line, self.chain)) if line else 0.0
            self._cache[line] = cached
        return cached


def _break_word(word: str, measurer: LineMeasurer, max_width: float) -> list[str]:
    pieces, current = [], ""
    for ch in word:
        if current and not unicodedata.category(ch).startswith("M") and measurer.width(current + ch) > max_width:
            pieces.append(current)
            current = ch
        else:
            current += ch
    if current:
        pieces.append(current)
    return pieces


def wrap(text: str, measurer: LineMeasurer, max_width: float) -> list[str]:
    """Greedy word wrap inside `max_width`; `\\n` forces a break; long words break by character."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split(" "):
            candidate = f"{current} {word}" if current else word
            if not current or measurer.width(candidate) <= max_width:
                if not current and measurer.width(word) > max_width and len(word) > 1:
                    pieces = _break_word(word, measurer, max_width)
                    lines.extend(pieces[:-1])
                    current = pieces[-1]
                else:
                    current = candidate
                continue
            lines.append(current)
            if measurer.width(word) > max_width and len(word) > 1:
                pieces = _break_word(word, measurer, max_width)
                lines.extend(pieces[:-1])
                current = pieces[-1]
            else:
                current = word
        lines.append(current)
    return lines


@dataclass(frozen=True)
class Layout:
    """A laid-out text layer at 1x: the lines and their widths, and the fonts that draw them."""

    text: str
    style: TextStyle
    resolved: ResolvedFont
    chain: tuple[FontFace, ...]
    font_size: float
    lines: tuple[str, ...]
    widths: tuple[float, ...]
    box_width: float
    box_height: float

    @property
    def line_px(self) -> float:
        return self.font_size * self.style.line_height

    @property
    def block_height(self) -> float:
        return self.line_px * len(self.lines)

    @property
    def block_width(self) -> float:
        return max(self.widths, default=0.0)

    @property
    def overflows(self) -> bool:
        return self.block_height > self.box_height + 0.5 or self.block_width > self.box_width + 0.5


def _layout_at(text, style, chain, size, box_w):
    measurer = LineMeasurer(chain, size, style.letter_spacing)
    lines = wrap(text, measurer, box_w)
    return tuple(lines), tuple(measurer.width(line) for line in lines)


_LAYOUT_CACHE_SIZE = 1024
_layout_cache: OrderedDict[tuple, Layout] = OrderedDict()
_layout_lock = threading.Lock()


def layout_text(layer: dict, fonts: FontLibrary | None = None) -> Layout:
    """Lay a text layer out at 1x, choosing the auto-fit size when `autoFit` is set.

    Layouts are cached per process by (font library, text, style, box): re-rendering a
    design at another scale or format reuses them."""
    fonts = fonts or default_font_library()
    size_box = layer.get("size") or {}
    key = (
        fonts.token,
        fonts.generation,
        str(layer.get("text", "")),
        json.dumps(layer.get("style") or {}, sort_keys=True, default=str),
        size_box.get("width"),
        size_box.get("height"),
    )
    with _layout_lock:
        cached = _layout_cache.get(key)
        if cached is not None:
            _layout_cache.move_to_end(key)
            return cached
    layout = _layout(layer, fonts)
    with _layout_lock:
        _layout_cache[key] = layout
        while len(_layout_cache) > _LAYOUT_CACHE_SIZE:
            _layout_cache.popitem(last=False)
    return layout


def _layout(layer: dict, fonts: FontLibrary) -> Layout:
    style = TextStyle.from_layer(layer)
    text = transform_text(str(layer.get("text", "")), style.transform)
    size_box = layer.get("size") or {}
    box_w, box_h = float(size_box.get("width", 1)), float(size_box.get("height", 1))
    resolved = fonts.resolve(style.family, style.weight, style.style)
    chain = fonts.fallback_chain(resolved.face, style.weight, style.style)
    size = style.size
    if style.auto_fit:
        lo, hi = style.auto_fit
        size = lo
        lines, widths = _layout_at(text, style, chain, hi, box_w)
        if _fits(lines, widths, hi, style, box_w, box_h):
            size = hi
        else:
            # largest size in [lo, hi] that fits, to a quarter pixel
            low, high = lo, hi
            while high - low > 0.25:
                mid = (low + high) / 2
                lines, widths = _layout_at(text, style, chain, mid, box_w)
                if _fits(lines, widths, mid, style, box_w, box_h):
                    low = mid
                else:
                    high = mid
            size = low
    lines, widths = _layout_at(text, style, chain, size, box_w)
    return Layout(text, style, resolved, chain, size, lines, widths, box_w, box_h)


def _fits(lines, widths, size, style, box_w, box_h) -> bool:
    return len(lines) * size * style.line_height <= box_h + 0.01 and max(widths, default=0) <= box_w + 0.01


def measure_text(layer: dict, *, fonts: FontLibrary | None = None) -> TextMeasure:
    """Measure a text layer at 1x: the size used (after autoFit), lines, extent and overflow."""
    layout = layout_text(layer, fonts)
    return TextMeasure(
        font_size=layout.font_size,
        lines=layout.lines,
        width=layout.block_width,
        height=layout.block_height,
        overflows=layout.overflows,
    )
