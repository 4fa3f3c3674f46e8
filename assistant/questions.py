"""What the design assistant still needs to know and how it asks: shared by the local and hosted ones."""

from __future__ import annotations

from typing import Any

from .slots import LOGO_STYLES

WHAT = {"logo": "logo", "social_post": "social post", "ad": "ad"}
# The slots each intent asks for, in order; name is needed, the others are asked once.
_NEEDS = {"logo": ("name", "style", "colors"), "social_post": ("name", "offer", "style"),
          "ad": ("name", "offer", "style")}
START_SUGGESTIONS = ["Create a logo for my business", "Design an Instagram post", "Make an ad for a sale"]


def _business(state: dict[str, Any]) -> str:
    return state.get("business") or "business"


def question_for(slot: str, state: dict[str, Any]) -> tuple[str, list[str]]:
    """The question for a missing slot and the suggestions that answer it."""
    intent = state.get("intent") or "logo"
    what = WHAT.get(intent, "design")
    business = _business(state)
    if slot == "name":
        short = business.split()[-1] if business != "business" else "business"
        return (f"I'll help you create a {business} {what}. What's the name of your {short}?",
                [f"Provide {short} name", "Choose color scheme", "Select style (modern, vintage, minimalist)"])
    if slot == "offer":
        return (f"What should the {what} for {state['name']} announce? An offer (e.g. 20% off), a launch or a "
                "message — or say 'no offer'.",
                ["20% off this week", "Buy 1 Get 1 Free", "Grand opening", "No offer"])
    if slot == "style":
        if intent == "logo":
            return (f"Great, {state['name']} it is. Which style fits best — modern, vintage, minimalist or "
                    "playful? And which colours should it use?",
                    [style.capitalize() for style in LOGO_STYLES] + ["Brown and gold", "You choose"])
        return ("Any style or colours in mind? For example elegant, bold, festive or minimal, and a colour "
                "or two.", ["Bold, red and yellow", "Elegant, navy and gold", "Minimal", "You choose"])
    return ("Which colours should it use? Name them or give hex codes.",
            ["Navy and gold", "Black and white", "#FF5733 and #3498DB", "You choose"])


def missing_slot(state: dict[str, Any]) -> str | None:
    """The next slot to ask for: name until known (asked twice at most), the others once."""
    asked = set(state.get("asked") or [])
    for slot in _NEEDS.get(state.get("intent") or "", ()):
        if state.get(slot):
            continue
        if slot == "name" and list(state.get("asked") or []).count("name") < 2:
            return slot
        if slot not in asked:
            return slot
    return None
