"""Colour palettes: from a brief (named colours, moods, occasion, kind), brand kits and curated themes; per-variant schemes."""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from aiengine.creative.colors import (
    WCAG_AA,
    WHITE,
    contrast_ratio,
    ensure_contrast,
    from_hls,
    is_dark,
    lab,
    label_color,
    mix,
    readable_text_color,
    relative_luminance,
    shift_lightness,
    to_hex,
    to_hls,
    to_rgb,
)
from aiengine.creative.colour_families import FAMILIES, MOOD_FAMILIES, family_for, named
from aiengine.creative.model import Brief

__all__ = [
    "PALETTES",
    "Palette",
    "Scheme",
    "contrast_ratio",
    "palette_from_brand",
    "palette_for",
    "palette_from_theme",
    "readable_text_color",
    "relative_luminance",
    "scheme_for",
    "schemes_for",
    "schemes_of",
    "with_block",
]


@dataclass(frozen=True)
class Palette:
    """Five named colours: canvas background, a surface for panels, primary (headlines), accent, text."""

    name: str
    background: str
    surface: str
    primary: str
    accent: str
    text: str
    tags: tuple[str, ...] = ()
    named: tuple[str, ...] = ()  # colours the prompt named: every scheme keeps them dominant
    keep: str = ""  # "dark" or "light": a mood that asked for it ("premium dark", "pastel"), so every scheme keeps it

    @property
    def dark(self) -> bool:
        """Whether the palette's background is dark."""
        return is_dark(self.background)


PALETTES: tuple[Palette, ...] = (
    Palette("midnight_gold", "#0B0B16", "#1C1A2E", "#F5C542", "#FF7A1A", "#FFFFFF",
            ("dark", "premium", "luxury", "gold", "golden", "night", "black", "elegant", "electronics", "tech")),
    Palette("diwali_maroon", "#3B0A2A", "#5E1444", "#FFC93C", "#FF6B1A", "#FFF4E0",
            ("festive", "diwali", "deepavali", "navratri", "dussehra", "durga_puja", "karwa_chauth", "wedding",
             "traditional", "maroon", "warm", "ethnic")),
    Palette("pastel_bloom", "#FDF0F5", "#E7EEFF", "#5A3D91", "#FF7FA5", "#2E2A47",
            ("pastel", "soft", "cute", "baby", "spring", "pink", "lavender", "beauty", "skincare", "mothers_day", "easter")),
    Palette("neon_night", "#090D1F", "#161B36", "#2DF5D0", "#FF2E93", "#FFFFFF",
            ("neon", "cyber", "gaming", "futuristic", "electric", "party", "club", "cyber_monday")),
    Palette("minimal_mono", "#F6F5F2", "#FFFFFF", "#141414", "#E63946", "#1D1D1F",
            ("minimal", "minimalist", "clean", "simple", "white", "modern", "monochrome", "scandinavian")),
    Palette("playful_pop", "#FFE45C", "#FFFFFF", "#1E1A4D", "#FF5E5B", "#1E1A4D",
            ("playful", "fun", "kids", "yellow", "happy", "cheerful", "quirky", "back_to_school", "toys")),
    Palette("bold_red", "#D62839", "#1D3557", "#FFFFFF", "#FFD166", "#FFFFFF",
            ("bold", "red", "loud", "energetic", "sport", "sporty", "urgent", "flash", "clearance")),
    Palette("fresh_green", "#EAF5EC", "#FFFFFF", "#1B4332", "#F4A261", "#1B4332",
            ("fresh", "natural", "organic", "green", "eco", "earthy", "health", "plants", "grocery", "ayurvedic")),
    Palette("black_friday", "#050505", "#1C1C1C", "#FFFFFF", "#FFD400", "#FFFFFF",
            ("black_friday", "blackfriday", "sale", "mega", "stark")),
    Palette("christmas_pine", "#0F3D2E", "#14523D", "#FFFFFF", "#E63946", "#FFFFFF",
            ("christmas", "xmas", "holiday", "winter", "new_year", "festive_green")),
    Palette("holi_splash", "#FFF3DC", "#FFD54F", "#7B1FA2", "#FF4081", "#2D1B4E",
            ("holi", "colorful", "colourful", "vibrant", "rainbow", "summer_fun")),
    Palette("valentine_rose", "#FFE3EA", "#FFFFFF", "#A0002F", "#FF4D6D", "#3D0A1A",
            ("valentine", "valentines", "love", "romantic", "rose", "date")),
    Palette("tricolour", "#FFFFFF", "#FFF3E6", "#0B2E6F", "#FF9933", "#0B2E6F",
            ("independence_day", "republic_day", "patriotic", "india", "tricolour", "freedom")),
    Palette("corporate_blue", "#F3F6FB", "#FFFFFF", "#0B3D91", "#00A6A6", "#0F1B2D",
            ("corporate", "professional", "business", "finance", "saas", "software", "course", "education", "blue",
             "trust", "linkedin", "webinar")),
    Palette("warm_cafe", "#FFF3E3", "#FFFFFF", "#6B2A0C", "#E85D04", "#3B1D0C",
            ("food", "coffee", "cafe", "bakery", "restaurant", "cozy", "cosy", "brown", "autumn", "pongal", "onam",
             "harvest", "sweets")),
    Palette("ocean_cool", "#E4F3F8", "#FFFFFF", "#023E8A", "#00B4D8", "#03224C",
            ("cool", "ocean", "summer", "travel", "aqua", "monsoon", "calm", "sky", "beach", "water")),
    Palette("emerald_eid", "#0E3B43", "#15525C", "#F2D388", "#7CC6A0", "#FFFFFF",
            ("eid", "ramadan", "ramzan", "emerald", "teal", "jewel")),
    Palette("sunset_retro", "#2B1747", "#3F2268", "#FFB347", "#FF5F6D", "#FFF5E8",
            ("retro", "vintage", "sunset", "purple", "music", "concert", "halloween", "orange")),
)

_DEFAULT = PALETTES[0]


def _normal(word: str) -> str:
    return word.strip().lower().replace("'", "").replace("’", "").replace(" ", "_").replace("-", "_")


def palette_from_theme(words: Iterable[str], *, occasion: str = "", category: str = "") -> Palette:
    """The curated palette whose tags best match the theme words, occasion and product category."""
    wanted = [_normal(w) for w in words if w]
    weights: dict[str, float] = {}
    for word in wanted:
        weights[word] = weights.get(word, 0) + 2.0
    if occasion:
        weights[_normal(occasion)] = weights.get(_normal(occasion), 0) + 2.5
    if category:
        weights[_normal(category)] = weights.get(_normal(category), 0) + 0.75
    best, best_score = _DEFAULT, 0.0
    for palette in PALETTES:
        score = sum(weights.get(tag, 0.0) for tag in palette.tags)
        if score > best_score:
            best, best_score = palette, score
    return best


def _pick(colors: Mapping[str, Any], key: str) -> str | None:
    value = colors.get(key)
    if isinstance(value, str) and value.startswith("#") and len(value) in (7, 9):
        return to_hex(to_rgb(value))
    return None


def palette_from_brand(brand: Mapping[str, Any] | None, *, fallback: Palette | None = None) -> Palette:
    """A palette built from a brand kit's colours (primary, secondary, accent, text), readable by construction."""
    base = fallback or _DEFAULT
    colors = (brand or {}).get("colors") or {}
    primary = _pick(colors, "primary")
    secondary = _pick(colors, "secondary")
    accent = _pick(colors, "accent")
    text = _pick(colors, "text")
    if not any((primary, secondary, accent)):
        return base
    candidates = [c for c in (secondary, primary, accent) if c]
    # A very dark or very light brand colour carries text best; the secondary is the usual ground.
    extreme = [c for c in candidates if relative_luminance(c) < 0.06 or relative_luminance(c) > 0.75]
    background = extreme[0] if extreme else max(candidates, key=lambda c: abs(relative_luminance(c) - 0.18))
    rest = [c for c in (primary, accent, secondary) if c and c != background]
    headline = rest[0] if rest else (WHITE if is_dark(background) else "#111111")
    second = rest[1] if len(rest) > 1 else headline
    surface = mix(background, WHITE if is_dark(background) else "#000000", 0.1)
    body = text if text and contrast_ratio(text, background) >= WCAG_AA else readable_text_color(background)
    named_primary = (primary,) if primary else ()
    return Palette("brand", background, surface, headline, second, body, ("brand",), named=named_primary)


@dataclass(frozen=True)
class Scheme:
    """How one variant uses a palette: the colour of each surface and of each kind of text on it."""

    name: str
    background: str
    background_end: str
    panel: str
    headline: str
    body: str
    accent: str
    on_accent: str
    cta_fill: str
    cta_text: str
    panel_text: str
    panel_headline: str
    glow: str
    two_tone: float = 0.0  # > 0: the canvas is two blocks, background before this share of its height, background_end after
    two_tone_axis: str = "y"  # "y": blocks above and below; "x": left and right

    @property
    def grounds(self) -> tuple[str, str]:
        """The colours the canvas background spans (gradient ends)."""
        return (self.background, self.background_end)


def _scheme(name: str, *, background: str, background_end: str, panel: str, headline: str, body: str,
            accent: str, cta_fill: str, glow: str, two_tone: float = 0.0, two_tone_axis: str = "y") -> Scheme:
    wanted_headline, wanted_body = headline, body
    for _attempt in range(8):  # on a two-tone canvas the type is fitted to the block it stands on when placed
        grounds = (background,) if two_tone else (background, background_end)
        headline = ensure_contrast(wanted_headline, grounds, minimum=WCAG_AA + 0.3)
        body = ensure_contrast(wanted_body, grounds, minimum=WCAG_AA + 0.3)
        if min(contrast_ratio(text, ground) for text in (headline, body) for ground in grounds) >= WCAG_AA:
            break
        background_end = mix(background_end, background, 0.4)  # a gradient no text could read on both ends of
    on_accent = label_color(accent)
    cta_text = label_color(cta_fill)
    panel_text = readable_text_color(panel, preferred=(body, headline, WHITE, "#111111"), minimum=WCAG_AA + 0.3)
    panel_headline = readable_text_color(panel, preferred=(headline, accent, panel_text), minimum=WCAG_AA + 0.3)
    return Scheme(name, background, background_end, panel, headline, body, accent, on_accent, cta_fill,
                  cta_text, panel_text, panel_headline, glow, two_tone, two_tone_axis)


def with_block(scheme: Scheme, colour: str, *, split: float, axis: str = "y", shared: bool = False) -> Scheme | None:
    """`scheme` on a two-tone canvas: its ground before `split` (a share of the height, of the width on the "x"
    axis, of the diagonal on "d"), a block of `colour` after it, for a colour the template's panels are too
    small to show. Text is coloured for the block it stands on; with `shared` (text crosses the split) the
    block takes the tone of `colour` that the scheme's type reads on too, or there is no block (None) when that
    tone would no longer look like `colour`."""
    ground = scheme.background
    if _alike(ground, colour) or contrast_ratio(ground, colour) < 1.1 and _hue_gap(ground, colour) < 25:
        hue, lightness, saturation = to_hls(colour)  # the colour is the ground: a deeper or lighter tone of it
        colour = from_hls(hue, lightness - 0.2, saturation) if lightness > 0.45 else \
            from_hls(hue, lightness + 0.12, min(saturation, 0.6))
    headline, body = scheme.headline, scheme.body
    if shared:  # the ink (the body's, or black or white) that needs the least change of the block's tone
        options = []
        for ink in (body, "#111111", WHITE):
            block = _ground_for(colour, ink=ink)
            if contrast_ratio(ink, ground) >= WCAG_AA and contrast_ratio(ink, block) >= WCAG_AA and \
                    _not_olive(block) == block:  # a gold darkened for white type is olive: no block
                options.append((abs(lab(to_rgb(block))[0] - lab(to_rgb(colour))[0]), ink, block))
        if not options or min(options)[0] > BLOCK_LIGHTNESS:
            return None
        _shift, body, colour = min(options)
        block = colour
        headline = headline if min(contrast_ratio(headline, g) for g in (ground, block)) >= WCAG_AA else body
    return _scheme(f"{scheme.name}-block", background=ground, background_end=colour, panel=scheme.panel,
                   headline=headline, body=body, accent=scheme.accent, cta_fill=scheme.cta_fill,
                   glow=scheme.glow, two_tone=split, two_tone_axis=axis)


BLOCK_LIGHTNESS = 28.0  # CIELAB lightness a shared-ink block may move from its colour


def _hue_gap(a: str, b: str) -> float:
    gap = abs(to_hls(a)[0] - to_hls(b)[0]) % 360
    return min(gap, 360 - gap)


def _distinct_panel(panel: str, background: str, *, ink: str) -> str:
    """`panel`, or a tint of the background towards `ink` when the panel would vanish into the background."""
    if contrast_ratio(panel, background) >= 1.25:
        return panel
    return mix(background, ink, 0.14)


def _ground_for(color: str, *, ink: str) -> str:
    """`color` darkened or lightened (away from `ink`) just enough for `ink` text to read on it."""
    step = -0.03 if relative_luminance(ink) > 0.5 else 0.03
    ground = color
    for _attempt in range(30):
        if contrast_ratio(ink, ground) >= WCAG_AA + 0.3:
            return ground
        ground = shift_lightness(ground, step)
    return ground


def scheme_for(palette: Palette, *, variant: int) -> Scheme:
    """The scheme a variant starts from: the palette's candidate schemes taken in turn (see `schemes_of`)."""
    candidates = schemes_of(palette)
    return candidates[variant % len(candidates)]


def schemes_of(palette: Palette) -> list[Scheme]:
    """Every way a variant may use `palette`, best first: at least three, clearly different.

    Without named colours: 0 uses the palette as is, 1 inverts light and dark, 2 leads with the accent colour
    (a palette whose mood asked for dark or light keeps it: its three schemes vary the ground instead). With
    named colours (a brand's primary counts) each scheme keeps every one of them in a large role: the ground,
    the panel or the accent; the layout engine measures which one a template shows enough of.
    """
    if palette.named:
        return _named_schemes(palette)
    deep = _scheme(
        "deep",
        background=palette.background,
        background_end=mix(palette.background, palette.surface, 0.85),
        panel=palette.surface,
        headline=palette.primary,
        body=palette.text,
        accent=palette.accent,
        cta_fill=palette.accent,
        glow=mix(palette.accent, palette.background, 0.35),
    )
    if palette.keep:
        return [deep, *_kept_schemes(palette)]
    if palette.dark:
        background = mix(palette.primary, WHITE, 0.86)
        ink = palette.background
    else:
        background = mix(palette.primary, "#000000", 0.35) if not is_dark(palette.primary) else palette.primary
        ink = palette.background
    inverse = _scheme(
        "inverse",
        background=background,
        background_end=mix(background, ink, 0.08),
        panel=_distinct_panel(palette.primary if palette.dark else palette.background, background, ink=ink),
        headline=ink,
        body=ink,
        accent=palette.accent,
        cta_fill=ink,
        glow=mix(palette.accent, background, 0.55),
    )
    # Type on the accent: white on a dark accent, else the palette's darkest colour (its background on a dark
    # palette), so a light accent stays a colour instead of being bleached to white.
    ink = WHITE if is_dark(palette.accent) else min((palette.background, palette.text, palette.primary),
                                                    key=relative_luminance)
    accent = _ground_for(palette.accent, ink=ink)
    end = _ground_for(mix(accent, palette.primary if is_dark(palette.primary) else palette.background, 0.25), ink=ink)
    led = _scheme(
        "accent",
        background=accent,
        background_end=end,
        panel=palette.background,
        headline=ink,
        body=ink,
        accent=palette.primary,
        cta_fill=palette.background,
        glow=mix(accent, WHITE, 0.35),
    )
    return [deep, inverse, led]


def _kept_schemes(palette: Palette) -> list[Scheme]:
    """Two more schemes on a ground as dark (or as light) as the palette's: the accent's hue as the ground, then
    the surface's, each with the palette's own colours on it."""
    dark = palette.keep == "dark"
    level = (0.1, 0.16) if dark else (0.93, 0.88)
    out = []
    base = to_hls(palette.background)[0]
    for name, hue, amount in (("kept-accent", to_hls(palette.accent)[0], level[0]), ("kept-shift", base + 200, level[1])):
        ground = from_hls(hue, amount, 0.4 if dark else 0.55)
        if any(_alike(ground, other) for other in (palette.background, *(scheme.background for scheme in out))):
            ground = from_hls(hue + 45, amount, 0.45)
        panel = palette.accent if name == "kept-shift" else palette.primary
        out.append(_scheme(name, background=ground, background_end=_neighbour(ground), panel=panel,
                           headline=palette.primary, body=palette.text, accent=palette.accent,
                           cta_fill=palette.accent, glow=mix(palette.accent, ground, 0.4)))
    return out


def schemes_for(palette: Palette, count: int) -> list[Scheme]:
    """`count` schemes for the variants of one design, clearly different (deep / inverse / colour-led)."""
    return [scheme_for(palette, variant=variant) for variant in range(count)]


def _seed_hue(brief: Brief) -> float:
    """A hue drawn from the prompt's own words, so unrelated prompts get unrelated palettes."""
    words = " ".join(re.findall(r"\w+", brief.prompt.lower()))
    return zlib.crc32(words.encode("utf-8")) % 360


def palette_for(brief: Brief, brand: Mapping[str, Any] | None = None) -> Palette:
    """The palette of a brief: the brand kit's when given; else built around the colours the prompt names
    ("gold and ivory" uses both); else the family its moods ask for ("calm pastel", "dark premium",
    "earthy"), the occasion's moods included; else its kind's family. A hue drawn from the prompt varies it."""
    if brand and any(isinstance(value, str) and value.startswith("#")
                     for value in ((brand.get("colors") or {}).values())):
        return palette_from_brand(brand)
    hue = _seed_hue(brief)
    keep = _kept_lightness(brief.moods)
    colours = tuple(dict.fromkeys(colour.hex.upper() if colour.word.startswith("#") else designer_tone(colour.hex)
                                  for colour in brief.colours if colour.hex))
    if colours:
        roles = named(colours, brief.moods)
        return Palette("named", tags=tuple(colour.word.lower() for colour in brief.colours), named=colours,
                       keep=keep, **roles)
    family = family_for(brief.moods, brief.kind)
    roles = FAMILIES[family](hue)
    if family not in OLIVE_FAMILIES:  # a hue drawn from the prompt must not land on olive or khaki
        roles = {role: _not_olive(colour) for role, colour in roles.items()}
    if not keep and family in DARK_FAMILIES and set(brief.moods) & set(MOOD_FAMILIES):
        keep = "dark"
    return Palette(family, tags=(family, *brief.moods), keep=keep, **roles)


DARK_FAMILIES = frozenset({"dark_premium", "dark", "neon"})
OLIVE_FAMILIES = frozenset({"earthy", "retro", "fresh"})  # families where olive is one of the colours meant


def _not_olive(colour: str) -> str:
    """`colour`, or a warm brown of its lightness when it is a dark or greyed yellow (olive, khaki)."""
    hue, lightness, saturation = to_hls(colour)
    if YELLOWS[0] + 7 < hue < YELLOWS[1] + 8 and saturation > 0.12 and (lightness < 0.42 or saturation < 0.45 and
                                                                        lightness < 0.7):
        return from_hls(30, lightness, saturation)
    return colour


def _kept_lightness(moods: tuple[str, ...]) -> str:
    """"dark" or "light" when a mood of the prompt asks for it ("premium dark theme", "neon", "calm pastel")."""
    if {"dark", "neon"} & set(moods):
        return "dark"
    if {"pastel", "light"} & set(moods):
        return "light"
    return ""


def _deep(colour: str) -> str:
    """A near-black of `colour`'s hue that still reads as that hue; for yellows (whose dark tones are olive) a
    warm charcoal."""
    hue, _, saturation = to_hls(colour)
    if YELLOWS[0] < hue < YELLOWS[1]:
        return from_hls(hue - 15, 0.1, 0.12)
    return from_hls(hue, 0.12, min(max(saturation, 0.35), 0.6))


YELLOWS = (38.0, 75.0)  # hues (degrees) that turn olive when darkened or desaturated


def designer_tone(colour: str) -> str:
    """The shade a designer fills an area with for a colour word: the lists' pure primaries (#FF0000, #0000FF,
    #98FF98) softened to a printable saturation; yellows keep their brightness and lean golden instead of
    going olive. The hue family stays the one asked for."""
    hue, lightness, saturation = to_hls(colour)
    if saturation <= TONE_SATURATION or not 0.2 < lightness < 0.9:
        return colour
    if YELLOWS[0] < hue < YELLOWS[1]:
        return from_hls(min(hue, 52.0), min(lightness, 0.55), saturation)
    return from_hls(hue, lightness, TONE_SATURATION)


TONE_SATURATION = 0.78


def _mid(colour: str) -> str:
    """A mid-deep ground for a light colour (yellow, ivory, lavender) to stand on: its hue at a third of the
    lightness; for yellows a deep amber (their own hue would turn olive)."""
    hue, _, saturation = to_hls(colour)
    if YELLOWS[0] < hue < YELLOWS[1]:
        return from_hls(32, 0.28, 0.6)
    return from_hls(hue, 0.3, min(saturation, 0.6))


def _tint(colour: str) -> str:
    """A near-white of `colour`'s hue."""
    hue, _, saturation = to_hls(colour)
    return from_hls(hue, 0.94, min(saturation, 0.5))


def _lift(colour: str, ground: str) -> str:
    """`colour`, or a lighter tone of its hue when it would not read as type on `ground`."""
    if contrast_ratio(colour, ground) >= WCAG_AA:
        return colour
    hue, lightness, saturation = to_hls(colour)
    return from_hls(hue, 0.72 if is_dark(ground) else 0.25, min(saturation, 0.8))


def _named_schemes(palette: Palette) -> list[Scheme]:
    """Schemes that each show every named colour in a large role; a pair ("teal and white") gets one colour as
    the ground and the other as panel and accent, and a scheme where the second leads."""
    first = palette.named[0]
    pair = len(palette.named) > 1
    lead = palette.background if pair and palette.background in palette.named[:2] else first
    second = (palette.named[1] if lead == first else first) if pair else palette.accent
    out: list[Scheme] = []

    def add(name: str, ground: str, panel: str, accent: str, headline: str, body: str) -> None:
        if any(_alike(ground, scheme.background) and _alike(panel, scheme.panel) for scheme in out):
            return  # navy is already dark: its "dark" scheme would repeat the colour-led one
        end = _neighbour(ground)
        out.append(_scheme(name, background=ground, background_end=end, panel=panel, headline=headline, body=body,
                           accent=accent, cta_fill=accent, glow=mix(accent, ground, 0.4)))

    # 0: the named colour (or, for a brand, the kit's own ground) as it is.
    brand = palette.name == "brand"
    add("colour", palette.background, second if pair else (first if brand else palette.surface),
        second if pair else palette.accent, palette.primary, palette.text)
    if pair:  # the other colour leads
        add("second", second, lead, lead, lead if contrast_ratio(lead, second) >= WCAG_AA else palette.text,
            readable_text_color(second, preferred=(palette.text, lead, WHITE, INK_DARK)))
    ground = first if relative_luminance(first) < 0.03 else _deep(first)
    other = palette.named[1] if pair else first  # the dark and light schemes show the first colour as the panel
    add("dark", ground, first if contrast_ratio(first, ground) >= 1.4 else other, other,
        _lift(other, ground), "#F4F2EE")
    light = relative_luminance(first) > 0.55  # yellow, ivory, lavender: a deeper ground instead of a paler one
    ground = _mid(first) if light else _tint(first)
    add("mid" if light else "light", ground, first if contrast_ratio(first, ground) >= 1.4 else other, other,
        _lift(first, ground), "#F7F5EF" if is_dark(ground) else from_hls(to_hls(first)[0], 0.16,
                                                                          min(to_hls(first)[2], 0.5)))
    if brand and palette.background != first:  # the brand's primary as the ground too
        add("primary", first, palette.background, palette.accent, _lift(palette.accent, first),
            readable_text_color(first, preferred=(palette.text, WHITE, INK_DARK)))
    if palette.keep:  # a mood asked for a dark (or light) design: every scheme keeps it, varying the hue instead
        dark = palette.keep == "dark"
        kept = [scheme for scheme in out if is_dark(scheme.background) == dark]
        for hue in (to_hls(second)[0], to_hls(first)[0] + 30, to_hls(first)[0] - 30):
            if len(kept) >= 3:
                break
            ground = from_hls(hue, 0.1, 0.4) if dark else from_hls(hue, 0.93, 0.5)
            if any(_alike(ground, scheme.background) for scheme in kept):
                continue
            out = []
            add("kept", ground, first, second if pair else first, _lift(first, ground),
                "#F4F2EE" if dark else INK_DARK)
            kept.extend(out)
        out = kept
    return out


INK_DARK = "#16161D"


def _alike(a: str, b: str) -> bool:
    """Whether two colours would read as the same ground (close in lightness and in hue)."""
    return contrast_ratio(a, b) < 1.15 and _hue_gap(a, b) < 20


def _neighbour(colour: str) -> str:
    """A gradient end for `colour`: a neighbouring hue, slightly lighter or darker (never a muddy complement)."""
    hue, lightness, saturation = to_hls(colour)
    step = -10 if 35 < hue < 75 else 12  # yellows and golds turn to amber, never to olive
    return from_hls(hue + step, lightness + (0.06 if lightness < 0.5 else -0.06), saturation)
