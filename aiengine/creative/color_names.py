"""Colour words an editor instruction may use, mapped to hex."""

from __future__ import annotations

import re

COLOR_NAMES: dict[str, str] = {
    "black": "#000000", "white": "#FFFFFF", "navy": "#0B1F4B", "navy blue": "#0B1F4B", "dark blue": "#0B2A5B",
    "blue": "#1E5EFF", "light blue": "#8EC5FF", "sky blue": "#5BC0EB", "royal blue": "#2B50D8",
    "red": "#D62828", "dark red": "#8B0000", "maroon": "#6D0E1E", "crimson": "#C1121F", "burgundy": "#6A0F2A",
    "green": "#1F9D55", "dark green": "#0F3D2E", "emerald": "#0F7B5F", "olive": "#6B7A2A", "mint": "#B8F2D9",
    "lime": "#A3E635", "teal": "#0F766E", "turquoise": "#2EC4B6", "cyan": "#00B8D9", "aqua": "#3FD0E0",
    "yellow": "#FFD400", "gold": "#F5C542", "golden": "#F5C542", "mustard": "#E1AD01", "cream": "#FFF4DC",
    "beige": "#F1E4CC", "ivory": "#FFFDF2", "orange": "#FF7A1A", "peach": "#FFB38A", "coral": "#FF6F61",
    "pink": "#FF5C9A", "hot pink": "#FF2E93", "light pink": "#FFD1E1", "rose": "#E11D48", "magenta": "#D6249F",
    "purple": "#6B2FBF", "violet": "#7C3AED", "lavender": "#C8B6FF", "plum": "#6B2D5C", "indigo": "#3730A3",
    "brown": "#6B3E26", "chocolate": "#4A2511", "tan": "#D2B48C", "grey": "#808080", "gray": "#808080",
    "dark grey": "#333333", "dark gray": "#333333", "light grey": "#E5E5E5", "light gray": "#E5E5E5",
    "silver": "#C0C0C0", "charcoal": "#222831", "off white": "#F7F5F0", "off-white": "#F7F5F0",
}

_HEX = re.compile(r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")
_NAMES = sorted(COLOR_NAMES, key=len, reverse=True)


def find_color(text: str) -> str | None:
    """The first colour in `text`: a hex code or a colour word ("navy", "dark green"), as `#RRGGBB`."""
    found = find_color_named(text)
    return found[1] if found else None


def find_color_named(text: str) -> tuple[str, str] | None:
    """(the words used, `#RRGGBB`) for the first colour in `text`."""
    match = _HEX.search(text)
    if match:
        value = match.group(0).lstrip("#")
        if len(value) == 3:
            value = "".join(ch * 2 for ch in value)
        return match.group(0), f"#{value.upper()}"
    lower = text.lower()
    best: tuple[int, str] | None = None
    for name in _NAMES:
        found = re.search(rf"(?<![a-z]){re.escape(name)}(?![a-z])", lower)
        if found and (best is None or found.start() < best[0]):
            best = (found.start(), name)
    return (best[1], COLOR_NAMES[best[1]]) if best else None
