"""Find the layers an editor instruction talks about: by role word, id, name or quoted text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from aiengine.creative.kinds import CTAS
from aiengine.creative.lexicon import CTA_PHRASES

TARGET_WORDS: tuple[tuple[str, str], ...] = (
    ("subhead", r"sub[\s-]?head(?:line|ing|er)?s?|subtitles?|tag\s?lines?|sub\s?text|secondary text|सबहेडलाइन|उपशीर्षक"),
    ("headline", r"head(?:line|ing|er)s?|titles?|main text|main heading|हेडलाइन|शीर्षक"),
    ("cta", r"call[\s-]to[\s-]action|ctas?|buttons?|बटन"),
    ("offer", r"offers?|discounts?|deals?|prices?|badges?|ऑफ़र|ऑफर|छूट"),
    ("logo", r"logos?|brand mark|लोगो"),
    ("product", r"products?|photos?|pictures?|images?|shots?|फ़ोटो|फोटो|तस्वीर|इमेज"),
    ("background", r"background|backdrop|bg|बैकग्राउंड|पृष्ठभूमि"),
    ("body", r"problem|question|body(?: text)?|paragraph"),
    ("decoration", r"decorations?|shapes?|sparkles?|stars?|ornaments?|panels?"),
    ("text", r"all (?:the )?text|(?:the )?text|copy|fonts?|typography"),
)

_ROLE_FALLBACK_IDS = {
    "subhead": ("subhead", "subheadline", "subtitle", "tagline"),
    "headline": ("headline", "title", "heading"),
    "cta": ("cta", "button"),
    "offer": ("offer", "discount", "price"),
    "logo": ("logo",),
    "product": ("product",),
    "background": ("background", "bg"),
    "body": ("body", "problem"),
}


def walk(layers: list[Any]) -> Iterator[dict[str, Any]]:
    """Every layer dict, group children after their group."""
    for layer in layers:
        if isinstance(layer, dict):
            yield layer
            if isinstance(layer.get("children"), list):
                yield from walk(layer["children"])


def _tokens(value: Any) -> set[str]:
    return set(re.split(r"[^a-z0-9]+", str(value or "").lower())) - {""}


def _call_phrases() -> frozenset[str]:
    phrases = {phrase for phrase in CTA_PHRASES}
    phrases |= {text for by_language in CTAS.values() for text in by_language.values() if "{" not in text}
    return frozenset(_plain(phrase) for phrase in phrases)


def _plain(text: str) -> str:
    return re.sub(r"[\s!.,:]+", " ", text.lower()).strip()


def is_call_to_action(text: str) -> bool:
    """Whether a line reads as a call to action ("Order now", "Register free", "Apply by 30 Jan")."""
    plain = _plain(text)
    return plain in _call_phrases() or re.fullmatch(r"(?:apply|register|enrol|enroll|rsvp|book) by .{1,20}", plain) \
        is not None


def layers_with_role(doc: dict[str, Any], role: str) -> list[dict[str, Any]]:
    """Layers tagged `role`; for untagged documents, layers whose id or name says it. A design without a
    button still has a call to action when a line of its text is one ("Order now" set as a detail)."""
    layers = list(walk(doc.get("layers") or []))
    tagged = [layer for layer in layers if layer.get("role") == role]
    if tagged:
        return tagged
    if role == "cta":
        calls = [layer for layer in layers if layer.get("type") == "text" and layer.get("role") in (None, "body", "subhead")
                 and is_call_to_action(str(layer.get("text")))]
        if calls:
            return calls[:1]
    if role == "text":
        return [layer for layer in layers if layer.get("type") == "text"]
    words = set(_ROLE_FALLBACK_IDS.get(role, (role,)))
    return [layer for layer in layers if not layer.get("role")
            and (_tokens(layer.get("id")) | _tokens(layer.get("name"))) & words]


def find_target(clause: str) -> tuple[str, int] | None:
    """(role word, position) of the first thing the clause names, e.g. "subhead" for "the tagline"."""
    lower = clause.lower()
    best: tuple[str, int] | None = None
    for role, pattern in TARGET_WORDS:
        match = re.search(rf"(?<![a-z]){pattern}(?![a-z])", lower)
        if match and (best is None or match.start() < best[1]):
            best = (role, match.start())
    return best


def resolve(doc: dict[str, Any], clause: str) -> tuple[str | None, list[dict[str, Any]]]:
    """The role word and the layers a clause is about: an explicit layer id, a layer name, or a role word."""
    layers = list(walk(doc.get("layers") or []))
    for match in re.finditer(r"[A-Za-z0-9_\-]{3,64}", clause):
        hit = [layer for layer in layers if layer.get("id") == match.group(0)]
        if hit:
            return hit[0].get("role"), hit
    lower = clause.lower()
    named = [layer for layer in layers if isinstance(layer.get("name"), str) and len(layer["name"]) > 3
             and re.search(rf"(?<![a-z]){re.escape(layer['name'].lower())}(?![a-z])", lower)]
    target = find_target(clause)
    if named and (target is None or target[0] in ("decoration", "text")):
        return named[0].get("role"), named[:1]
    if target is None:
        return None, []
    return target[0], layers_with_role(doc, target[0])


def layer_with_text(doc: dict[str, Any], text: str) -> dict[str, Any] | None:
    """The text layer whose text equals (case-insensitively) `text`."""
    wanted = text.strip().lower()
    for layer in walk(doc.get("layers") or []):
        if layer.get("type") == "text" and str(layer.get("text", "")).strip().lower() == wanted:
            return layer
    return None
