"""The local assistant: rules that fill the slots a design needs, ask for the rest, then act."""

from __future__ import annotations

from typing import Any

from aiengine.creative.color_names import colour_name

from .base import Action, Decision
from .slots import LOGO_STYLES, read_message

MODEL = "local-assistant-1"
DEFAULT_FORMAT = "instagram_post"
DEFAULT_VARIANTS = 2
_WHAT = {"logo": "logo", "social_post": "social post", "ad": "ad"}
# The slots each intent asks for, in order; name is needed, the others are asked once.
_NEEDS = {"logo": ("name", "style", "colors"), "social_post": ("name", "offer", "style"),
          "ad": ("name", "offer", "style")}
START_SUGGESTIONS = ["Create a logo for my business", "Design an Instagram post", "Make an ad for a sale"]


def color_words(colors: list[str]) -> list[str]:
    """Colour names for hex codes the palette knows (others stay hex)."""
    return [colour_name(color) for color in colors]


def _business(state: dict[str, Any]) -> str:
    return state.get("business") or "business"


def question_for(slot: str, state: dict[str, Any]) -> tuple[str, list[str]]:
    """The question for a missing slot and the suggestions that answer it."""
    intent = state.get("intent") or "logo"
    what = _WHAT.get(intent, "design")
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


def design_prompt(state: dict[str, Any]) -> str:
    """A generation prompt from the slots: kind, business, name (quoted: the headline), offer, style, colours."""
    kind = "Ad" if state.get("intent") == "ad" else "Social media post"
    parts = [f'{kind} for {state.get("business") or "a brand"} "{state.get("name") or "Your Brand"}"']
    if state.get("offer"):
        parts.append(str(state["offer"]))
    if state.get("style"):
        parts.append(f"{state['style']} style")
    colors = color_words(list(state.get("colors") or []))
    if colors:
        parts.append(" and ".join(colors) + " colours")
    return ", ".join(parts)


def action_for(state: dict[str, Any]) -> Action:
    """What to do once the slots are filled."""
    if state.get("intent") == "logo":
        return Action("create_logo", {"name": state.get("name") or "My Brand",
                                      "style": state.get("style") if state.get("style") in LOGO_STYLES
                                      else "modern",
                                      "colors": list(state.get("colors") or [])})
    return Action("generate_designs", {"prompt": design_prompt(state),
                                       "format": state.get("format") or DEFAULT_FORMAT,
                                       "concept": "offer_focus" if state.get("offer") else "product_highlight",
                                       "variants": int(state.get("variants") or DEFAULT_VARIANTS)})


def _changed(before: dict[str, Any], after: dict[str, Any]) -> bool:
    """Whether a message after a finished design asked for something new (an intent or a slot)."""
    keys = ("intent", "name", "offer", "colors", "style", "format", "business", "variants")
    return any(after.get(key) != before.get(key) for key in keys)


class LocalAssistant:
    """Offline: intent detection and slot filling with rules, then one of the tools."""

    name = "local"

    def __init__(self, **options: Any) -> None:
        self.options = options

    def respond(self, *, state: dict[str, Any], history: list[dict[str, str]], message: str,
                context: dict[str, Any]) -> Decision:
        has_design = bool(context.get("design_id"))
        before = state
        state = read_message(state, message, has_design=has_design)
        intent = state.get("intent")
        if not intent:
            suggestions = list(START_SUGGESTIONS)
            if has_design:
                suggestions.insert(0, "Make the headline bigger")
            return Decision("I can design a logo, a social post or an ad"
                            + (", or edit the design you have open" if has_design else "")
                            + ". What would you like to make?", suggestions, {**state, "awaiting": None},
                            model=MODEL)
        if intent == "edit":
            state.update({"awaiting": None})
            return Decision("Editing your design.", [], state, Action("edit_design", {"instruction": message}),
                            model=MODEL)
        if state.get("done") and not state.get("go"):
            if not _changed(before, state):
                what = _WHAT.get(intent, "design")
                return Decision(f"Your {what} is ready. Tell me what to change (e.g. “make the name bigger”), "
                                "or ask for something new.", list(START_SUGGESTIONS), {**state, "awaiting": None},
                                model=MODEL)
            state = {key: value for key, value in state.items() if key not in ("done", "asked")}
        slot = None if state.get("go") else missing_slot(state)
        if slot is not None:
            question, suggestions = question_for(slot, state)
            asked = [*(state.get("asked") or []), slot]
            if slot == "style" and intent == "logo":
                asked.append("colors")
            return Decision(question, suggestions, {**state, "awaiting": slot, "asked": asked}, model=MODEL)
        state.update({"awaiting": None})
        return Decision("On it.", [], state, action_for(state), model=MODEL)
