"""Slot filling for the assistant: intent, name, offer, colours, style and format read from a message."""

from __future__ import annotations

import re
from typing import Any

from aiengine.creative.brief import extract_brief, find_platform
from aiengine.creative.color_names import find_colours

INTENTS = ("logo", "social_post", "ad", "edit")
LOGO_STYLES = ("modern", "vintage", "minimalist", "playful")
_STYLE_WORDS = {
    "modern": "modern", "sleek": "modern", "contemporary": "modern", "techy": "modern", "bold": "modern",
    "vintage": "vintage", "retro": "vintage", "classic": "vintage", "rustic": "vintage", "old-school": "vintage",
    "old school": "vintage", "heritage": "vintage",
    "minimalist": "minimalist", "minimal": "minimalist", "simple": "minimalist", "clean": "minimalist",
    "playful": "playful", "fun": "playful", "friendly": "playful", "cute": "playful", "quirky": "playful",
}
_POST_STYLES = ("elegant", "luxury", "premium", "festive", "bold", "minimal", "modern", "playful", "vintage",
                "vibrant", "calm", "fresh", "warm", "cozy", "fun", "colorful")
_FORMATS = (
    (r"(?:insta(?:gram)?|ig)\s*stor(?:y|ies)|\bstor(?:y|ies)\b|\breels?\b", "instagram_story"),
    (r"whats\s*app", "whatsapp_status"),
    (r"linked\s*in", "linkedin_post"),
    (r"facebook|\bfb\b", "facebook_post"),
    (r"twitter|\bx post\b|tweet", "x_post"),
    (r"pinterest|\bpin\b", "pinterest_pin"),
    (r"youtube|thumbnail", "youtube_thumbnail"),
    (r"leaderboard|web banner|banner ad|\bbanner\b", "web_leaderboard"),
    (r"flyer", "a5_flyer"),
    (r"poster", "poster_18x24"),
    (r"insta(?:gram)?|\big\b|square", "instagram_post"),
)
_LOGO = re.compile(r"(?<![a-z])(logo|logomark|brand\s*mark|emblem|monogram|wordmark)(?![a-z])")
_AD = re.compile(r"(?<![a-z])(ad|ads|advert\w*|banner|promo\w*|sale|offer|discount|campaign)(?![a-z])")
_POST = re.compile(r"(?<![a-z])(post|posts|instagram|insta|story|stories|facebook|linkedin|flyer|poster|"
                   r"social|creative|graphic|design)(?![a-z])")
_REQUEST = re.compile(r"^\s*(?:actually|instead|make|create|design|generate|can|could|please|i\s|i'd|we\s|let'?s)"
                      r"(?![a-z])")
_ELEMENT = re.compile(r"(?<![a-z])(headline|name|text|title|wordmark|background|monogram|emblem|initials|tagline|"
                      r"font|letters?|circle|badge|shape|ring|dot|layer)(?![a-z])")
_DELIVERABLE = re.compile(r"(?<![a-z])(ad|ads|advert\w*|banner|post|posts|story|stories|flyer|poster)(?![a-z])")
_EDIT = re.compile(r"(?<![a-z])(make|change|set|move|increase|decrease|bigger|smaller|larger|replace|edit|"
                   r"recolou?r|darker|lighter|brighter|remove|delete|hide|rename|swap|turn|align|centre|center|"
                   r"bold|italic|font|background|headline|colou?r)(?![a-z])")
_NAME_PATTERNS = (
    r"(?:called|named|name\s+is|name's|known\s+as)\s*[:\-]?\s*[\"“‘'](.+?)[\"”’']",
    r"(?:called|named|name\s+is|name's|known\s+as)\s*[:\-]?\s*([A-Z0-9][\w&'’.\- ]{0,48}?)(?=\s*(?:[,.!?;]|$|\s+(?:and|with|in|for)\s))",
    r"^(?:it'?s|it\s+is|we'?re|we\s+are|i'?m|this\s+is)\s+[\"“‘'](.+?)[\"”’']",
    r"^(?:it'?s|it\s+is)\s+([A-Z0-9][\w&'’.\- ]{0,48}?)\s*[.!]?$",
)
_SKIP = re.compile(r"(?<![a-z])(you\s+(?:choose|pick|decide)|surprise\s+me|any(?:thing)?|whatever|no\s+preference|"
                   r"don'?t\s+(?:mind|care)|up\s+to\s+you|skip|none|no)(?![a-z])")
_GO = re.compile(r"(?<![a-z])(go\s+ahead|generate\s+it|create\s+it|do\s+it|looks\s+good|sounds\s+good|"
                 r"that'?s\s+(?:all|it)|let'?s\s+go)(?![a-z])")
_BUSINESS = re.compile(r"(?:for|of)\s+(?:my|our|a|an|the)\s+(?:new\s+|own\s+|small\s+|local\s+)?([a-z][a-z &'\-]{2,40}?)"
                       r"(?=\s*(?:[,.!?;]|$|\s+(?:called|named|which|that|with|in|and|for)\b))")
_VARIANTS = re.compile(r"(\d)\s*(?:options|variants|versions|designs|variations|ideas)")


def find_colors(text: str) -> list[str]:
    """Every colour the text names, as #RRGGBB, in order of mention (hex codes and colour words)."""
    return list(dict.fromkeys(mention.hex for mention in find_colours(text, instruction=True)))


def find_style(text: str) -> str:
    """The logo style the text asks for (modern, vintage, minimalist, playful), or ''."""
    lower = text.lower()
    best: tuple[int, str] | None = None
    for word, style in _STYLE_WORDS.items():
        match = re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", lower)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), style)
    return best[1] if best else ""


def find_format(text: str) -> str:
    """The design format the text names (instagram_story, linkedin_post ...), or ''."""
    lower = text.lower()
    for pattern, format_id in _FORMATS:
        if re.search(pattern, lower):
            return format_id
    return ""


def find_name(text: str, *, awaiting: bool) -> str:
    """The business or brand name: quoted or after 'called'/'named'/'it's'; when the assistant
    has just asked for it, a short answer is the name itself."""
    stripped = text.strip()
    for pattern in _NAME_PATTERNS:
        match = re.search(pattern, stripped, flags=re.IGNORECASE if "[\"“" in pattern else 0)
        if match and match.group(1).strip():
            return match.group(1).strip(" .!,'\"")[:60]
    quoted = re.search(r"[\"“](.{2,60}?)[\"”]|(?:^|\s)[‘'](.{2,60}?)[’'](?=\s|$|[,.!?;:])", stripped)
    if quoted:
        return (quoted.group(1) or quoted.group(2)).strip()
    if awaiting:
        answer = re.sub(r"^(?:it'?s|it\s+is|the\s+name\s+is|name\s*:|we'?re|call\s+it)\s+", "", stripped,
                        flags=re.IGNORECASE).strip(" .!\"'")
        if answer and len(answer.split()) <= 5 and not _SKIP.fullmatch(answer.lower()):
            return answer[:60]
    return ""


def detect_intent(text: str, *, has_design: bool) -> str:
    """logo, ad, social_post, edit (only with a design to edit), or '' when the text says none."""
    lower = text.lower()
    if _LOGO.search(lower):
        return "logo"
    fresh = re.search(r"(?<![a-z])(new|another|create|generate)(?![a-z])", lower)
    other_deliverable = _DELIVERABLE.search(lower) and not _ELEMENT.search(lower)
    if has_design and _EDIT.search(lower) and not fresh and not other_deliverable:
        return "edit"
    if _AD.search(lower):
        return "ad"
    if _POST.search(lower):
        return "social_post"
    return ""


def _restyles_logo(text: str) -> bool:
    """New colours or a logo style for the whole logo, naming no element of it."""
    lower = text.lower()
    return bool((find_colors(text) or find_style(text)) and not _ELEMENT.search(lower))


def _switches(text: str, intent: str) -> bool:
    """Mid-conversation, only a deliverable named outright changes the intent ("no offer" does not
    make a post an ad)."""
    lower = text.lower()
    if intent == "logo":
        return True
    if intent == "edit":
        return False
    return bool(_DELIVERABLE.search(lower))


def read_message(state: dict[str, Any], text: str, *, has_design: bool) -> dict[str, Any]:
    """A new state with what `text` adds: the intent and any slot it fills (never erasing one)."""
    state = dict(state)
    awaiting = state.get("awaiting") or ""
    intent = detect_intent(text, has_design=has_design)
    if intent == "edit" and state.get("intent") == "logo" and state.get("done") and _restyles_logo(text):
        intent = "logo"  # "in navy and gold", "more playful": the logo made again, not a layer edit
    if intent and (not state.get("intent") or state.get("done") or _switches(text, intent)):
        state["intent"] = intent
    brief = extract_brief(text)
    name = find_name(text, awaiting=awaiting == "name" and not intent and not _REQUEST.search(text.lower()))
    if name:
        state["name"] = name
    offer = brief.offer
    if offer:
        state["offer"] = offer
    elif awaiting == "offer" and not _SKIP.search(text.lower()) and len(text.split()) <= 12:
        state["offer"] = text.strip(" .!")[:80]
    colors = find_colors(text)
    if colors:
        state["colors"] = colors[:4]
    logo_style = find_style(text)
    moods = [mood for mood in brief.mood if mood in _POST_STYLES]
    style = logo_style if state.get("intent") == "logo" else (moods[0] if moods else logo_style)
    if style:
        state["style"] = style
    fmt = find_format(text)
    if fmt and state.get("intent") != "logo":
        state["format"] = fmt
    platform = find_platform(text)
    if platform:
        state["platform"] = platform
    business = _BUSINESS.search(text.lower())
    if business and not state.get("business"):
        words = business.group(1).strip()
        if not re.match(r"^(logo|post|ad|design|brand|company|business)$", words):
            state["business"] = words
    variants = _VARIANTS.search(text.lower())
    if variants:
        state["variants"] = max(1, min(4, int(variants.group(1))))
    if awaiting and _SKIP.search(text.lower()):
        state.setdefault("skipped", [])
        state["skipped"] = list(dict.fromkeys([*state["skipped"], awaiting]))
    state["go"] = bool(_GO.search(text.lower()))
    return state


def public_state(state: dict[str, Any]) -> dict[str, Any]:
    """What the assistant knows, as answered to the client."""
    return {"intent": state.get("intent") or None, "name": state.get("name") or None,
            "offer": state.get("offer") or None, "colors": list(state.get("colors") or []),
            "style": state.get("style") or None, "format": state.get("format") or None,
            "business": state.get("business") or None, "awaiting": state.get("awaiting") or None}
