"""Colour arithmetic: hex parsing, mixing, WCAG luminance and contrast, readable text colours."""

from __future__ import annotations

import colorsys
import math

WCAG_AA = 4.5
NON_TEXT_CONTRAST = 3.0  # WCAG 1.4.11: a control's shape against what it sits on
PILL_VISIBLE = 1.3  # below this a button's shape melts into its ground: only its label is seen
WHITE = "#FFFFFF"
BLACK = "#000000"

RGB = tuple[int, int, int]


def parse_hex(color: str) -> tuple[int, int, int, int]:
    """`#RRGGBB` or `#RRGGBBAA` → (r, g, b, a) in 0–255."""
    value = color.lstrip("#")
    if len(value) == 3:
        value = "".join(ch * 2 for ch in value)
    if len(value) == 6:
        value += "FF"
    if len(value) != 8:
        raise ValueError(f"not a colour: {color!r}")
    return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16), int(value[6:8], 16))


def to_rgb(color: str) -> RGB:
    """The RGB part of a hex colour."""
    r, g, b, _ = parse_hex(color)
    return (r, g, b)


def to_hex(rgb: tuple[float, float, float]) -> str:
    """(r, g, b) in 0–255 → `#RRGGBB`."""
    r, g, b = (max(0, min(255, round(c))) for c in rgb)
    return f"#{r:02X}{g:02X}{b:02X}"


def mix(a: str, b: str, amount: float) -> str:
    """`a` moved `amount` (0–1) of the way towards `b`."""
    ra, rb = to_rgb(a), to_rgb(b)
    return to_hex(tuple(x + (y - x) * amount for x, y in zip(ra, rb, strict=True)))


def with_alpha(color: str, alpha: float) -> str:
    """`#RRGGBBAA` with the given opacity (0–1)."""
    return to_hex(to_rgb(color)) + f"{max(0, min(255, round(alpha * 255))):02X}"


def _channel(value: float) -> float:
    c = value / 255.0
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance_rgb(rgb: tuple[float, float, float]) -> float:
    """WCAG relative luminance of an RGB triple (0–255)."""
    r, g, b = rgb
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def relative_luminance(color: str) -> float:
    """WCAG relative luminance of a hex colour (0 = black, 1 = white)."""
    return luminance_rgb(to_rgb(color))


def ratio_from_luminance(a: float, b: float) -> float:
    """WCAG contrast ratio of two relative luminances."""
    hi, lo = max(a, b), min(a, b)
    return (hi + 0.05) / (lo + 0.05)


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio of two hex colours (1–21)."""
    return ratio_from_luminance(relative_luminance(a), relative_luminance(b))


def is_dark(color: str) -> bool:
    """True when white text reads better than black on this colour."""
    return contrast_ratio(color, WHITE) >= contrast_ratio(color, BLACK)


def min_contrast(color: str, backgrounds: list[str] | tuple[str, ...]) -> float:
    """The worst contrast of `color` against any of `backgrounds`."""
    return min(contrast_ratio(color, bg) for bg in backgrounds)


def ensure_contrast(color: str, backgrounds: str | list[str] | tuple[str, ...], *, minimum: float = WCAG_AA) -> str:
    """`color`, darkened or lightened as little as needed to reach `minimum` against every background."""
    grounds = [backgrounds] if isinstance(backgrounds, str) else list(backgrounds)
    base = to_hex(to_rgb(color))
    if min_contrast(base, grounds) >= minimum:
        return base
    best = None
    for target in (WHITE, BLACK):
        for step in range(1, 21):
            candidate = mix(base, target, step / 20)
            if min_contrast(candidate, grounds) >= minimum:
                if best is None or step < best[0]:
                    best = (step, candidate)
                break
    if best is not None:
        return best[1]
    return max((WHITE, BLACK), key=lambda c: min_contrast(c, grounds))


def readable_text_color(
    background: str | list[str] | tuple[str, ...],
    *,
    preferred: tuple[str, ...] = (),
    minimum: float = WCAG_AA,
) -> str:
    """The first preferred colour readable on `background`, else the nearest readable tint of it, else black/white."""
    grounds = [background] if isinstance(background, str) else list(background)
    for color in preferred:
        if min_contrast(color, grounds) >= minimum:
            return to_hex(to_rgb(color))
    if preferred:
        return ensure_contrast(preferred[0], grounds, minimum=minimum)
    return max((WHITE, BLACK), key=lambda c: min_contrast(c, grounds))


def label_color(fill: str) -> str:
    """The label on a filled shape (a button, a badge): white, else near-black, past AA with room."""
    return readable_text_color(fill, preferred=(WHITE, "#111111"), minimum=WCAG_AA + 0.3)


def shift_lightness(color: str, amount: float) -> str:
    """Lighten (amount > 0) or darken (amount < 0) in HLS space by `amount` (−1–1)."""
    r, g, b = (c / 255 for c in to_rgb(color))
    h, lum, s = colorsys.rgb_to_hls(r, g, b)
    lum = max(0.0, min(1.0, lum + amount))
    nr, ng, nb = colorsys.hls_to_rgb(h, lum, s)
    return to_hex((nr * 255, ng * 255, nb * 255))


def from_hls(hue: float, lightness: float, saturation: float) -> str:
    """`#RRGGBB` from hue (degrees), lightness and saturation (0–1)."""
    r, g, b = colorsys.hls_to_rgb((hue % 360) / 360, max(0.0, min(1.0, lightness)), max(0.0, min(1.0, saturation)))
    return to_hex((r * 255, g * 255, b * 255))


def to_hls(color: str) -> tuple[float, float, float]:
    """(hue in degrees, lightness, saturation) of a hex colour."""
    r, g, b = (c / 255 for c in to_rgb(color))
    h, lum, s = colorsys.rgb_to_hls(r, g, b)
    return h * 360, lum, s


def lab(rgb: tuple[float, float, float]) -> tuple[float, float, float]:
    """CIELAB (D65) of an sRGB triple (0–255): lightness 0–100 and the a/b opponent axes."""
    r, g, b = (_channel(c) for c in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def reads_as(rgb: tuple[float, float, float], colour: str, *, hue_degrees: float = 24.0,
             lightness: float = 26.0) -> bool:
    """Whether a pixel reads as the colour family of `colour` to a viewer: a chromatic colour by its hue (and a
    lightness not far off), a grey, black or white by lightness among low-chroma pixels."""
    l1, a1, b1 = lab(to_rgb(colour))
    l2, a2, b2 = lab(rgb)
    c1, c2 = math.hypot(a1, b1), math.hypot(a2, b2)
    if c1 < 12:
        return c2 < 14 and abs(l1 - l2) <= 15
    if c2 < max(10.0, min(28.0, 0.35 * c1)) or abs(l1 - l2) > lightness:
        return False
    hue = abs(math.degrees(math.atan2(b1, a1)) - math.degrees(math.atan2(b2, a2))) % 360
    return min(hue, 360 - hue) <= hue_degrees
