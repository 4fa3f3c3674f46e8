"""Calls to action by intent: the cue words a prompt uses for each intent, and the intent a kind's design takes."""

from __future__ import annotations

import re

from aiengine.creative.kinds import COMMERCE_INTENTS, CTAS, Kind
from aiengine.creative.reading.text import Found

# Cue words before contact details, by the CTA intent they repeat ("RSVP +91 …" under an RSVP button).
INTENT_CUES: tuple[tuple[str, str], ...] = (
    ("rsvp", r"rsvp|r\.s\.v\.p|कृपया पधारें"),
    ("apply_by", r"apply\w*\s+(?:by|before)|last date|आवेदन की अंतिम तिथि"),
    ("apply", r"apply|applications?|send (?:your )?(?:cv|resume)|आवेदन"),
    ("register_by", r"regist\w+ (?:by|before|closes?|ends?)"),
    ("register_free", r"free (?:registration|webinar|session)|register (?:for )?free|, free\b|निःशुल्क पंजीकरण"),
    ("register", r"regist\w+|sign[- ]?up|पंजीकरण|रजिस्टर|سجل"),
    ("book_visit", r"site visit|book a visit|visit (?:the )?site|schedule a visit"),
    ("tickets", r"tickets?|passes|entry pass|टिकट|पास|تذاكر"),
    ("preorder", r"pre-?orders?"),
    ("enrol_by", r"enrol\w* (?:by|before)|admissions? close"),
    ("enrol", r"enrol\w*|admissions?|join (?:the )?(?:batch|course|class)|दाखिला|प्रवेश"),
    ("order", r"order\w*|delivery|swiggy|zomato|takeaway|burgers?|pizzas?|biryani|food|restaurant|caf[eé]|"
              r"bakery|meals?|thali|sweets|mithai|cakes?|ऑर्डर|मिठाई|اطلب|مطعم"),
    ("book", r"book\w*|reserv\w+|brunch|dinner|lunch|table for|nights?|retreat|stay|package|बुक|احجز"),
    ("watch", r"watch|stream\w*|देखें"),
    ("listen", r"listen|spotify|podcast"),
    ("download", r"download|app store|play store"),
    ("subscribe", r"subscribe"),
    ("try", r"free trial|try (?:it )?free"),
    ("try_it", r"\btry\b"),
    ("shop", r"shop\w*|buy|खरीद|تسوق"),
    ("call", r"call|phone|whatsapp|कॉल|फोन|اتصل"),
    ("visit", r"visit|walk in|come by|drop by|पधारें|زوروا"),
    ("join", r"join|जुड़ें|انضم"),
    ("donate", r"donat\w+"),
)


def intent_for(text: str, kind: Kind, *, deadline: str, priced: bool = False) -> str:
    """The CTA intent the prompt asks for that this kind allows, else the kind's default ("" for none)."""
    if not kind.ctas:
        return ""
    lower = text.lower()
    for intent in CTAS:  # the prompt's own button words ("…, shop now") win over cues elsewhere in it
        words = [CTAS[intent][language] for language in ("en", "hi") if "{" not in CTAS[intent][language]]
        if any(re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", lower) for word in words):
            return intent
    for intent, pattern in INTENT_CUES:
        if intent in kind.ctas and re.search(rf"(?<![a-z])(?:{pattern})", lower):
            if intent.endswith("_by") and not deadline:
                continue
            if deadline and f"{intent}_by" in kind.ctas:
                return f"{intent}_by"
            return intent
    if deadline:
        for intent in kind.ctas:
            if intent.endswith("_by"):
                return intent
    if kind.id == "event" and priced:
        return "tickets"
    if kind.id == "launch":
        return "learn"
    if kind.id == "announcement" and re.search(r"open|उद्घाटन|शुभारंभ|افتتاح", lower):
        return "visit"  # a shop's opening asks people over
    if kind.id in CUED_ONLY:
        return ""
    default = kind.ctas[0]
    return "" if default in COMMERCE_INTENTS and not kind.commerce else default


# Kinds that carry a CTA only when the prompt asks for an action ("visit", "call", "register" …).
CUED_ONLY = frozenset({"announcement", "general", "cover"})


def masked_names(text: str, facts: tuple[Found, ...]) -> str:
    """`text` with names blanked: a cue inside a name ("Crossword Bookstore") asks for nothing."""
    for fact in facts:
        if fact.kind in ("name", "organisation", "venue", "place", "product") and not fact.value:
            text = text.replace(fact.text, " " * len(fact.text))
    return text


def strip_cue(line: str, intent: str, facts: tuple[Found, ...]) -> str:
    """A contact line without the cue its CTA already says ("RSVP +91 98450 12345" → "+91 98450 12345")."""
    for name, pattern in INTENT_CUES:
        if name == intent or (intent.startswith(name) and name in ("register", "apply", "enrol")):
            stripped = re.sub(rf"^(?:{pattern})\w*\s*(?:(?:at|on|via|to)(?!\w)|:)?\s*", "", line,
                              flags=re.IGNORECASE).strip()
            kept = all(fact.text in stripped for fact in facts if fact.text in line)
            if stripped != line and stripped and kept:
                return stripped
    return line
