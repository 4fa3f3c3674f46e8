"""Repairs of lint findings that every producer of designs (the layout, a re-template) applies alike."""

from __future__ import annotations

from typing import Any

from aiengine.creative.colors import (
    NON_TEXT_CONTRAST,
    WCAG_AA,
    ensure_contrast,
    readable_text_color,
)


def show_button(style: dict[str, Any], under: str) -> None:
    """A button (a text's pill) that melts into `under`, the colour it sits on (an `invisible_button`): the pill
    darkened or lightened as little as needed to stand out from it by WCAG's 3:1 for controls, and its label kept
    readable on it."""
    pill = style.get("background")
    if not isinstance(pill, dict) or not isinstance(pill.get("color"), str):
        return
    pill["color"] = ensure_contrast(pill["color"], under, minimum=NON_TEXT_CONTRAST)
    style["color"] = readable_text_color(pill["color"], preferred=(str(style.get("color", "#111111")), "#FFFFFF",
                                                                   "#111111"), minimum=WCAG_AA + 0.5)
