"""The local assistant: understands a message through the design engine, asks only for what is missing, acts."""

from __future__ import annotations

import re
from typing import Any

from aiengine.creative.color_names import colour_name
from aiengine.creative.model import Brief
from aiengine.creative.reading import read_brief

from .base import Action, Decision
from .questions import START_SUGGESTIONS, WHAT, missing_slot, question_for
from .replies import say, suggestions
from .slots import LOGO_STYLES, find_format, find_name, read_message
from .understanding import SKIP, language_of, read_turn, request_clause

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


BUSINESS = re.compile(
    r"(?<![a-z])(?:my|our)\s+(?:new\s+|own\s+|small\s+|local\s+|little\s+|family\s+)?((?:sweet\s+|coffee\s+|"
    r"pet\s+|book\s+|flower\s+|shoe\s+|ice[- ]cream\s+|tea\s+|gift\s+)?(?:shop|store|bakery|caf[eé]|restaurant|"
    r"salon|boutique|studio|gym|clinic|business|company|brand|startup|agency|school|academy|hotel|bar|bistro|"
    r"kitchen|dhaba|parlour|parlor|spa|firm|practice|label|band|shop))(?:'s)?(?![a-z])", re.IGNORECASE)
HINDI_BUSINESS = re.compile(r"(?:मेरी|मेरा|हमारी|हमारा)\s+(\S+\s+)?(दुकान|कंपनी|बेकरी|कैफ़े|रेस्टोरेंट|सैलून|स्टूडियो)")
AD_WORDS = re.compile(r"(?<![a-z])(ad|ads|advert\w*|promo\w*|banner ad|sponsored)(?![a-z])")
NAMED = frozenset({"name", "organisation", "product", "venue", "quote"})
WHEN = frozenset({"date", "time", "deadline"})
DATED_KINDS = frozenset({"invitation", "event", "webinar"})


def _business_noun(text: str) -> str:
    found = BUSINESS.search(text) or HINDI_BUSINESS.search(text)
    return found.group(1).strip().lower() if found else ""


def missing_need(*, brief: Brief, request: str, asked: list[str]) -> str | None:
    """What the design truly lacks for its kind, asked once each: what it is for (a request with no
    occasion, subject or fact), the name of the user's own business, the date of a dated event."""
    kinds = {fact.kind for fact in brief.facts}
    about = [fact for fact in brief.facts if fact.kind not in NAMED]
    if "what" not in asked and brief.kind == "general" and not (brief.occasion or about):
        return "what"
    named = {fact.kind for fact in brief.facts if fact.text.lower() != brief.occasion.replace("_", " ")}
    if "name" not in asked and _business_noun(request) and not named & NAMED:
        return "name"
    if "date" not in asked and brief.kind in DATED_KINDS and not kinds & WHEN:
        return "date"
    return None


def answer_clause(slot: str, message: str, state: dict[str, Any]) -> str:
    """The user's answer to `slot`, as a clause of the design request ("Crumbs" → "Crumbs bakery")."""
    text = request_clause(message).strip(" .!")
    if slot == "name":
        clauses = [clause.strip() for clause in re.split(r"[,;]|\s+and\s+(?=we|it|i\b)", message) if clause.strip()]
        name = find_name(clauses[0], awaiting=True) if clauses else ""
        if not name:
            return text
        business = _business_noun(" ".join(state.get("request") or []))
        named = f"{name} {business}" if business and business not in name.lower() else name
        return ", ".join([named, *(clause.strip(" .!") for clause in clauses[1:])])
    return text


def design_prompt_of(state: dict[str, Any]) -> str:
    """The generation prompt: the request's clauses, joined."""
    return ", ".join(clause for clause in state.get("request") or [] if clause)


def _public_slots(brief: Brief, request: str) -> dict[str, Any]:
    """What the API's `state` shows of a design request: ad or social post, the name, the offer."""
    name = next((fact.text for fact in brief.facts if fact.kind in ("organisation", "name", "product")), "")
    name = name or find_name(request, awaiting=False)
    return {"intent": "ad" if AD_WORDS.search(request.lower()) else "social_post", "name": name,
            "offer": brief.copy.badge, "business": _business_noun(request)}


class LocalAssistant:
    """Offline: reads each message with the design engine's brief reader, asks only for what the kind
    of design lacks, answers account questions from the account, and acts on the design in hand."""

    name = "local"

    def __init__(self, **options: Any) -> None:
        self.options = options

    def respond(self, *, state: dict[str, Any], history: list[dict[str, str]], message: str,
                context: dict[str, Any]) -> Decision:
        has_design = bool(context.get("design_id"))
        language = language_of(message, default=state.get("language") or "en")
        state = {**state, "language": language}
        turn = read_turn(message, has_design=has_design, awaiting=state.get("awaiting") or "",
                         intent=state.get("intent") or "")
        if turn.act == "start_over":
            return Decision(say("start_over", language), suggestions("start", language), {"language": language},
                            model=MODEL)
        if turn.act == "account":
            return self._act(state, Action("answer", {"topic": turn.topic, "language": language}))
        if turn.act == "export":
            return self._act(state, Action("export_design", {"format": turn.format, "scale": turn.scale,
                                                             "language": language}))
        if turn.act in ("adapt", "another", "brand"):
            return self._follow_up(state, turn.act, turn.format, language)
        if turn.act == "thanks":
            return Decision(say("thanks", language), suggestions("after_design", language),
                            {**state, "awaiting": None}, model=MODEL)
        if turn.act == "edit":
            return self._act({**state, "intent": "edit", "awaiting": None},
                             Action("edit_design", {"instruction": message, "language": language}))
        if turn.act == "logo" or (state.get("intent") == "logo" and turn.act in ("answer", "go", "")):
            return self._logo(state, message, has_design=has_design)
        return self._design(state, turn.act, message, language)

    def _act(self, state: dict[str, Any], action: Action) -> Decision:
        return Decision("", [], {**state, "awaiting": None}, action, model=MODEL)

    def _follow_up(self, state: dict[str, Any], act: str, target: str, language: str) -> Decision:
        prompt = state.get("last_prompt") or design_prompt_of(state)
        if not prompt:
            return Decision(say("need_design", language), suggestions("start", language), state, model=MODEL)
        args: dict[str, Any] = {"prompt": prompt, "format": state.get("format") or DEFAULT_FORMAT,
                                "variants": 1 if act == "another" else DEFAULT_VARIANTS, "language": language}
        if act == "adapt":
            args.update({"format": target, "adapt": True})
        if act == "brand":
            args["use_brand"] = True
        return self._act({**state, "format": args["format"]}, Action("generate_designs", args))

    def _design(self, state: dict[str, Any], act: str, message: str, language: str) -> Decision:
        awaiting = state.get("awaiting") or ""
        if act == "design" or (act == "" and not state.get("request")):
            if act == "":
                return Decision(say("unknown", language), suggestions("start", language),
                                {**state, "awaiting": None}, model=MODEL)
            fresh = state.get("done") or not state.get("request")
            request = [] if fresh else list(state.get("request") or [])
            state = {key: value for key, value in state.items() if key not in ("done", "asked", "awaiting")}
            state.update({"intent": "design", "request": [*request, request_clause(message)]})
        elif act == "answer" and awaiting:
            skipped = SKIP.search(message.lower())
            if not skipped:
                state["request"] = [*(state.get("request") or []), answer_clause(awaiting, message, state)]
        elif act == "" and state.get("request"):
            state["request"] = [*(state.get("request") or []), request_clause(message)]
        request = design_prompt_of(state)
        brief = read_brief(request)
        state.update(_public_slots(brief, request))
        need = None if act == "go" else missing_need(brief=brief, request=request,
                                                             asked=list(state.get("asked") or []))
        if need is not None:
            business = _business_noun(request) or "business"
            return Decision(say(f"ask_{need}", language, business=business), suggestions(f"ask_{need}", language),
                            {**state, "awaiting": need, "asked": [*(state.get("asked") or []), need]}, model=MODEL)
        fmt = brief.format_hint or find_format(request) or state.get("format") or DEFAULT_FORMAT
        state.update({"awaiting": None, "format": fmt, "kind": brief.kind, "last_prompt": request})
        return self._act(state, Action("generate_designs", {"prompt": request, "format": fmt,
                                                            "variants": int(state.get("variants") or
                                                                            DEFAULT_VARIANTS),
                                                            "language": language}))

    def _logo(self, state: dict[str, Any], message: str, *, has_design: bool) -> Decision:
        """The logo conversation: name, then style and colours (the platform spec's coffee-shop script)."""
        before = state
        state = read_message({**state, "intent": "logo"} if state.get("intent") != "logo" else state, message,
                             has_design=has_design)
        state["intent"] = "logo"
        if state.get("done") and not state.get("go"):
            if not _changed(before, state):
                return Decision(f"Your {WHAT['logo']} is ready. Tell me what to change (e.g. “make the name "
                                "bigger”), or ask for something new.", list(START_SUGGESTIONS),
                                {**state, "awaiting": None}, model=MODEL)
            state = {key: value for key, value in state.items() if key not in ("done", "asked")}
        slot = None if state.get("go") else missing_slot(state)
        if slot is not None:
            question, hints = question_for(slot, state)
            asked = [*(state.get("asked") or []), slot]
            if slot == "style":
                asked.append("colors")
            return Decision(question, hints, {**state, "awaiting": slot, "asked": asked}, model=MODEL)
        state.update({"awaiting": None})
        return Decision("On it.", [], state, action_for(state), model=MODEL)
