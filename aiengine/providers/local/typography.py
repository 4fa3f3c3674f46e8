"""Type pairings for generated designs, chosen from the mood, the variant, the language and the brand."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

DEVANAGARI_FAMILY = "Noto Sans Devanagari"


@dataclass(frozen=True)
class TypeSet:
    """The faces and treatments of one design: headline, body and button."""

    name: str
    headline_family: str
    headline_weight: int
    body_family: str
    body_weight: int
    button_family: str
    button_weight: int
    headline_transform: str = "none"
    headline_spacing: float = 0.0
    headline_line_height: float = 1.08
    button_transform: str = "none"


PAIRINGS: tuple[TypeSet, ...] = (
    TypeSet("poppins_inter", "Poppins", 800, "Inter", 500, "Poppins", 700),
    TypeSet("serif_dmsans", "Noto Serif", 700, "DM Sans", 400, "DM Sans", 700, headline_line_height=1.12),
    TypeSet("inter_caps", "Inter", 800, "Open Sans", 400, "Inter", 700, headline_transform="uppercase",
            headline_spacing=1.0, button_transform="uppercase"),
    TypeSet("dmsans_clean", "DM Sans", 700, "DM Sans", 500, "DM Sans", 700, headline_line_height=1.1),
    TypeSet("opensans_bold", "Open Sans", 800, "Noto Sans", 400, "Open Sans", 700),
)

_MOOD_START = {
    "luxury": 1, "premium": 1, "elegant": 1, "royal": 1, "romantic": 1, "traditional": 1,
    "minimal": 3, "clean": 3, "modern": 3, "calm": 3,
    "bold": 2, "neon": 2, "sporty": 2, "urgent": 2, "energetic": 2,
    "corporate": 4, "professional": 4,
}

HINDI_SETS: tuple[TypeSet, ...] = (
    TypeSet("devanagari_heavy", DEVANAGARI_FAMILY, 800, DEVANAGARI_FAMILY, 500, DEVANAGARI_FAMILY, 700,
            headline_line_height=1.25),
    TypeSet("devanagari_bold", DEVANAGARI_FAMILY, 700, DEVANAGARI_FAMILY, 400, DEVANAGARI_FAMILY, 600,
            headline_line_height=1.3),
    TypeSet("devanagari_semibold", DEVANAGARI_FAMILY, 600, DEVANAGARI_FAMILY, 400, DEVANAGARI_FAMILY, 800,
            headline_line_height=1.3),
)


def _brand_family(brand: Mapping[str, Any] | None, key: str, known: Collection[str]) -> str | None:
    fonts = (brand or {}).get("fonts") or {}
    entry = fonts.get(key) if isinstance(fonts, Mapping) else None
    family = entry.get("family") if isinstance(entry, Mapping) else None
    if isinstance(family, str) and (not known or family in known):
        return family
    return None


def choose_typeset(*, moods: tuple[str, ...], variant: int, language: str, brand: Mapping[str, Any] | None,
                   known_families: Collection[str] = ()) -> TypeSet:
    """The type set for a variant: three variants of one request never share one; brand fonts win."""
    if language == "hi":
        return HINDI_SETS[variant % len(HINDI_SETS)]
    start = next((_MOOD_START[m] for m in moods if m in _MOOD_START), 0)
    chosen = PAIRINGS[(start + variant) % len(PAIRINGS)]
    headline = _brand_family(brand, "primary", known_families)
    body = _brand_family(brand, "secondary", known_families) or headline
    if headline is None and body is None:
        return chosen
    return TypeSet(
        f"brand_{chosen.name}",
        headline or chosen.headline_family,
        chosen.headline_weight,
        body or chosen.body_family,
        chosen.body_weight,
        headline or chosen.button_family,
        chosen.button_weight,
        chosen.headline_transform,
        chosen.headline_spacing,
        chosen.headline_line_height,
        chosen.button_transform,
    )
