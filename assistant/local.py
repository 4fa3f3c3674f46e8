"""The local assistant: rules that fill the slots a design needs, ask for the rest, then act."""

from __future__ import annotations

from typing import Any

from aiengine.creative.color_names import colour_name

from .base import Action, Decision
from .questions import START_SUGGESTIONS, WHAT, missing_slot, question_for
from .slots import LOGO_STYLES, read_message

MODEL = "local-assistant-1"
DEFAULT_FORMAT = "instagram_post"
DEFAULT_VARIANTS = 2


def color_words(colors: list[str]) -> list[str]:
    """Colour names for hex codes the palette knows (others stay hex)."""
    return [colour_name(color) for color in colors]


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
                what = WHAT.get(intent, "design")
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
