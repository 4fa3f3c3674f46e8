"""Colour families by mood (pastel, earthy, dark premium, festive, corporate …) and palettes around named colours."""

from __future__ import annotations

from aiengine.creative.colors import (
    BLACK,
    WHITE,
    contrast_ratio,
    from_hls,
    mix,
    readable_text_color,
    relative_luminance,
    to_hls,
)

Roles = dict[str, str]  # background, surface, primary, accent, text

METALLIC_GOLD = "#D4AF37"
IVORY = "#F7F3E8"
INK = "#16161D"


def _within(hue: float, start: float, width: float) -> float:
    """`hue` folded into the range [start, start + width) (degrees), so every seed lands in the family's hues."""
    return start + (hue % 360) / 360 * width


def _roles(background: str, surface: str, primary: str, accent: str, text: str) -> Roles:
    return {"background": background, "surface": surface, "primary": primary, "accent": accent, "text": text}


def pastel(hue: float) -> Roles:
    """High lightness, low chroma: a soft tint ground, a deeper tone of it for type, a second soft hue for accents."""
    return _roles(from_hls(hue, 0.92, 0.6), from_hls(hue + 35, 0.87, 0.55), from_hls(hue, 0.3, 0.4),
                  from_hls(hue + 150, 0.74, 0.55), from_hls(hue, 0.2, 0.25))


def calm(hue: float) -> Roles:
    """Soft teals and blues."""
    cool = _within(hue, 165, 55)
    return _roles(from_hls(cool, 0.91, 0.35), from_hls(cool, 0.97, 0.3), from_hls(cool, 0.24, 0.5),
                  from_hls(cool + 10, 0.42, 0.5), from_hls(cool, 0.2, 0.35))


def earthy(hue: float) -> Roles:
    """Browns, olives and terracotta on sand."""
    earth = _within(hue, 18, 55)
    accent = from_hls(14, 0.5, 0.55) if hue % 2 < 1 else from_hls(72, 0.36, 0.42)
    return _roles(from_hls(earth, 0.9, 0.35), from_hls(earth, 0.82, 0.3), from_hls(earth - 8, 0.26, 0.45), accent,
                  from_hls(earth, 0.17, 0.35))


def dark_premium(hue: float) -> Roles:
    """Near-black with one metallic accent."""
    return _roles(from_hls(hue, 0.06, 0.2), from_hls(hue, 0.12, 0.18), METALLIC_GOLD, METALLIC_GOLD, "#F3F1EC")


def luxury(hue: float) -> Roles:
    """A deep jewel tone (emerald, burgundy, sapphire, amethyst) with gold and ivory."""
    jewel = (152, 345, 222, 282)[int(hue) % 4]
    return _roles(from_hls(jewel, 0.15, 0.55), from_hls(jewel, 0.22, 0.45), METALLIC_GOLD, METALLIC_GOLD, IVORY)


def festive(hue: float) -> Roles:
    """Saturated warm hues: a deep maroon-to-saffron ground, marigold type, saffron accents."""
    warm = _within(hue, -15, 45)
    return _roles(from_hls(warm, 0.27, 0.75), from_hls(warm, 0.35, 0.7), from_hls(45, 0.58, 0.95),
                  from_hls(28, 0.55, 0.95), "#FFF4E0")


def corporate(hue: float) -> Roles:
    """Navy, slate and white."""
    blue = _within(hue, 200, 30)
    return _roles(from_hls(blue, 0.96, 0.3), WHITE, from_hls(blue, 0.22, 0.65), from_hls(blue - 25, 0.4, 0.75),
                  from_hls(blue, 0.2, 0.25))


def minimal(hue: float) -> Roles:
    """Off-white, ink and one colour."""
    return _roles(from_hls(hue, 0.97, 0.08), WHITE, "#111111", from_hls(hue, 0.48, 0.75), "#1D1D1F")


def vibrant(hue: float) -> Roles:
    """A saturated ground with light type and a bright second hue."""
    ground = from_hls(hue, 0.4, 0.8)
    return _roles(ground, from_hls(hue, 0.3, 0.75), readable_text_color(ground, preferred=(WHITE, INK)),
                  from_hls(hue + 140, 0.6, 0.95), readable_text_color(ground, preferred=(WHITE, INK)))


def playful(hue: float) -> Roles:
    """A light, bright ground with a deep contrasting hue for type and a punchy accent."""
    return _roles(from_hls(hue, 0.8, 0.9), WHITE, from_hls(hue + 200, 0.28, 0.7), from_hls(hue + 320, 0.58, 0.9),
                  from_hls(hue + 200, 0.2, 0.5))


def neon(hue: float) -> Roles:
    """Electric hues on near-black."""
    return _roles(from_hls(hue + 250, 0.07, 0.6), from_hls(hue + 250, 0.13, 0.5), from_hls(hue, 0.6, 1.0),
                  from_hls(hue + 120, 0.58, 1.0), WHITE)


def retro(hue: float) -> Roles:
    """Antique tones (cartocolors Antique) on cream."""
    primary = ("#855C75", "#526A83", "#AF6458", "#736F4C", "#625377")[int(hue) % 5]
    return _roles("#F3E9D2", "#E8D9B5", primary, "#D9AF6B", "#3B2F2F")


def warm(hue: float) -> Roles:
    """Cream, brown and orange."""
    tone = _within(hue, 15, 30)
    return _roles(from_hls(35, 0.93, 0.6), WHITE, from_hls(tone, 0.28, 0.6), from_hls(tone + 8, 0.52, 0.9),
                  from_hls(tone, 0.2, 0.5))


def cool(hue: float) -> Roles:
    """Icy blue ground, navy type, cyan accents."""
    tone = _within(hue, 190, 40)
    return _roles(from_hls(tone, 0.93, 0.5), WHITE, from_hls(tone + 10, 0.24, 0.6), from_hls(tone - 10, 0.45, 0.8),
                  from_hls(tone, 0.2, 0.4))


def romantic(hue: float) -> Roles:
    """Blush ground, deep rose type."""
    rose = _within(hue, 330, 30)
    return _roles(from_hls(rose, 0.93, 0.7), WHITE, from_hls(rose, 0.3, 0.6), from_hls(rose + 5, 0.5, 0.75),
                  from_hls(rose, 0.2, 0.4))


def fresh(hue: float) -> Roles:
    """Mint ground, deep green type, a warm accent."""
    green = _within(hue, 115, 50)
    return _roles(from_hls(green, 0.93, 0.45), WHITE, from_hls(green + 10, 0.2, 0.5), from_hls(28, 0.55, 0.9),
                  from_hls(green, 0.17, 0.4))


def dark(hue: float) -> Roles:
    """A near-black of the hue with a bright tint of it for type."""
    return _roles(from_hls(hue, 0.09, 0.3), from_hls(hue, 0.15, 0.25), from_hls(hue, 0.72, 0.8),
                  from_hls(hue + 30, 0.55, 0.9), "#F4F4F6")


def light(hue: float) -> Roles:
    """A near-white of the hue with deep type."""
    return _roles(from_hls(hue, 0.97, 0.4), WHITE, from_hls(hue, 0.28, 0.6), from_hls(hue, 0.48, 0.8),
                  from_hls(hue, 0.18, 0.3))


def invitation(hue: float) -> Roles:
    """Ivory paper, a deep tone for names, gold details."""
    return _roles(IVORY, WHITE, from_hls(_within(hue, 330, 90), 0.25, 0.45), METALLIC_GOLD, "#3A3330")


FAMILIES = {
    "pastel": pastel, "calm": calm, "earthy": earthy, "dark_premium": dark_premium, "luxury": luxury,
    "festive": festive, "corporate": corporate, "minimal": minimal, "vibrant": vibrant, "playful": playful,
    "neon": neon, "retro": retro, "warm": warm, "cool": cool, "romantic": romantic, "fresh": fresh, "dark": dark,
    "light": light, "invitation": invitation,
}
# A mood word (reading.moods) → its family.
MOOD_FAMILIES = {
    "pastel": "pastel", "calm": "calm", "earthy": "earthy", "premium": "dark_premium", "elegant": "luxury",
    "royal": "luxury", "festive": "festive", "corporate": "corporate", "minimal": "minimal", "modern": "minimal",
    "monochrome": "minimal", "vibrant": "vibrant", "bold": "vibrant", "playful": "playful", "neon": "neon",
    "retro": "retro", "warm": "warm", "cool": "cool", "romantic": "romantic", "fresh": "fresh", "dark": "dark",
    "light": "light", "patriotic": "vibrant",
}
# The family a kind of design takes when the prompt names no colour and no mood.
KIND_FAMILIES = {
    "sale": "vibrant", "launch": "dark", "event": "neon", "invitation": "invitation", "greeting": "festive",
    "hiring": "corporate", "webinar": "corporate", "menu": "warm", "real_estate": "earthy", "thumbnail": "vibrant",
    "cover": "minimal", "announcement": "light", "quote": "dark", "testimonial": "light", "education": "fresh",
    "general": "light",
}


def family_for(moods: tuple[str, ...], kind: str) -> str:
    """The family the moods ask for ("dark" + "premium" → dark premium; "calm" + "pastel" → pastel), else the kind's."""
    families = [MOOD_FAMILIES[mood] for mood in moods if mood in MOOD_FAMILIES]
    if "dark" in moods and ("premium" in moods or "elegant" in moods or "royal" in moods):
        return "dark_premium"
    if "pastel" in families:
        return "pastel"
    return families[0] if families else KIND_FAMILIES.get(kind, "light")


def _is_ground(colour: str) -> float:
    """How well a colour carries text as a large area: very light or very dark, low chroma → high."""
    _, lightness, saturation = to_hls(colour)
    return abs(lightness - 0.5) * 2 - saturation * 0.3


def named(colours: tuple[str, ...], moods: tuple[str, ...]) -> Roles:
    """Roles around the colours a prompt names: the first (or the better ground of a pair) fills the background,
    the other is the type and accent colour; "dark"/"premium" put a single named colour on near-black instead."""
    first = colours[0]
    if len(colours) >= 2:
        second = colours[1]
        mid = 0.3 < to_hls(first)[1] < 0.85  # a dark named colour (navy, maroon) is a ground in its own right
        ground, other = (second, first) if mid and _is_ground(second) > _is_ground(first) + 0.45 else (first, second)
        accent = colours[2] if len(colours) > 2 else other
        text = readable_text_color(ground, preferred=(other, WHITE, INK))
        return _roles(ground, mix(ground, other, 0.18), other, accent, text)
    hue, lightness, saturation = to_hls(first)
    if {"dark", "premium"} & set(moods) and lightness > 0.2:
        return _roles(from_hls(hue, 0.07, min(saturation, 0.3)), from_hls(hue, 0.13, min(saturation, 0.3)), first,
                      first, "#F3F1EC")
    deep = relative_luminance(first) < 0.18
    partner = from_hls(hue, 0.88, min(saturation, 0.6)) if deep else from_hls(hue, 0.2, min(saturation, 0.7))
    text = readable_text_color(first, preferred=(partner, WHITE, BLACK))
    surface = from_hls(hue, lightness + (0.08 if deep else -0.08), saturation)
    if contrast_ratio(surface, first) < 1.1:
        surface = mix(first, partner, 0.2)
    return _roles(first, surface, partner, partner, text)
