"""Copy for a design, written from the prompt's own clauses: each kind puts its facts in the slots a designer would."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from aiengine.creative.kinds import COMMERCE_INTENTS, EYEBROWS, KINDS, Kind
from aiengine.creative.model import Copy
from aiengine.creative.reading.clauses import Clause
from aiengine.creative.reading.name_words import ROLE_WORDS
from aiengine.creative.reading.occasions import Occasion
from aiengine.creative.reading.text import Found

# Where each kind looks for its headline, by clause role, in order.
HEADLINE_ROLES: dict[str, tuple[str, ...]] = {
    "sale": ("title", "offer+", "item", "quote", "organisation", "person", "when", "offer", "label"),
    "launch": ("title", "item", "quote", "person", "organisation", "label"),
    "event": ("quote", "title", "person", "organisation", "where", "label"),
    "invitation": ("person", "title", "quote", "label"),
    "greeting": ("quote", "title", "label"),
    "hiring": ("title", "person", "quote", "label"),
    "webinar": ("quote", "title", "label", "person"),
    "menu": ("quote", "organisation", "title", "person", "item", "label"),
    "real_estate": ("title", "where", "item", "offer", "label"),
    "thumbnail": ("quote", "title", "item", "offer", "person", "label"),
    "cover": ("quote", "organisation", "person", "title", "label"),
    "announcement": ("title", "person", "quote", "organisation", "label"),
    "quote": ("quote", "title", "label"),
    "testimonial": ("quote", "title", "label"),
    "education": ("quote", "title", "label", "organisation", "person"),
    "general": ("quote", "title", "organisation", "person", "item", "label", "where"),
}
# Where each kind looks for its second line.
SUBLINE_ROLES: dict[str, tuple[str, ...]] = {
    "sale": ("title", "organisation", "item"),
    "launch": ("organisation+", "title", "organisation"),
    "event": ("person", "organisation", "title"),
    "invitation": ("occasion", "title", "label"),
    "greeting": ("quote", "person", "title", "organisation"),
    "hiring": ("organisation", "organisation+", "title"),
    "webinar": ("person", "title", "organisation"),
    "menu": ("title", "organisation"),
    "real_estate": ("title", "organisation"),
    "thumbnail": (),
    "cover": ("person", "title", "organisation", "label"),
    "announcement": ("title", "person", "organisation"),
    "quote": (),
    "testimonial": (),
    "education": ("person", "organisation", "title"),
    "general": ("organisation+", "title", "person", "organisation"),
}
# Cue words before contact details, by the CTA intent they repeat ("RSVP +91 …" under an RSVP button).
_INTENT_CUES: tuple[tuple[str, str], ...] = (
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
_TRAILING_HINDI = re.compile(r"\s+(?:का|की|के|पर|में|(?<!ओर )(?<!तरफ़ )(?<!तरफ )से|को|तक)$")
_LEADING_FUNCTION = re.compile(r"^(?:at|on|in|with|by|from|for|of|and|&|the|a|an|@|venue|date|time|where|when|"
                               r"पर|में|से|को|का|की|के)\s+", re.IGNORECASE)
_TRAILING_FUNCTION = re.compile(r"\s+(?:at|on|in|with|by|from|for|of|and|&|the|a|an|to|till|until|before|ends?|"
                                r"valid)$", re.IGNORECASE)
_SMALL = frozenset({"a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with", "vs",
                    "via", "per", "as"})
_MEDIA_LEAD = re.compile(r"^(?:(?:my|our|a|the|new)\s+)?(?:video|vlog|episode|podcast|talk|blog(?: post)?|article|"
                         r"reel|short|stream)\s+(?:on|about|of|for)\s+", re.IGNORECASE)
_WORD = re.compile(r"[^\W_][\w'’.&-]*")
_EYEBROW_PHRASES = frozenset(phrase.lower().replace("’", "'") for phrases in EYEBROWS.values()
                             for phrase in phrases.values())
_HIRING_VERB = re.compile(r"\b(?:is|are|we're|we are)?\s*(?:hiring|looking for|seeking|wants?|needs?)\b(?:\s+(?:a|an))?|"
                          r"\bjoin (?:our team|us) as(?:\s+(?:a|an))?|\s(?:a|an)$", re.IGNORECASE)
_LAUNCH_WORDS = re.compile(r"^(?:(?:launching|introducing|presenting|meet|announcing|unveiling)(?:\s+|$))?"
                           r"(?:the(?:\s+|$))?(?:(?:new|all-new)(?:\s+|$))?", re.IGNORECASE)
_TOPIC_LEAD = re.compile(r"^(?:(?:free|live|online|virtual)\s+)*(?:webinar|masterclass|session|talk)\s+(?:on|about)\s+",
                         re.IGNORECASE)
_GREETING_WORDS = re.compile(r"मुबारक|शुभकामना|बधाई|مبارك|سعيد")
_GREETING_START = re.compile(r"^(?:happy|merry|wishing|warm wishes|season'?s greetings|eid mubarak|[^\W\d_]+ mubarak)\b",
                             re.IGNORECASE)
_KIND_WORDS = frozenset({"launch", "launching", "launches", "restock", "release", "new", "sale", "offer", "menu",
                         "podcast", "cover", "page", "profile", "channel"})


@dataclass
class _Draft:
    """Slots being filled; `used` holds the clauses already placed."""

    eyebrow: str = ""
    headline: str = ""
    subline: str = ""
    details: list[str] = field(default_factory=list)
    badge: str = ""
    cta: str = ""
    contact: list[str] = field(default_factory=list)
    attribution: str = ""
    used: set[int] = field(default_factory=set)

    def texts(self) -> list[str]:
        return [self.eyebrow, self.headline, self.subline, *self.details, self.badge, self.cta, *self.contact,
                self.attribution]


def _fact_spans(line: str, facts: tuple[Found, ...]) -> list[tuple[int, int]]:
    spans = []
    for fact in facts:
        start = line.find(fact.text)
        while start >= 0:
            spans.append((start, start + len(fact.text)))
            start = line.find(fact.text, start + 1)
    return spans


def capitalise(line: str, facts: tuple[Found, ...]) -> str:
    """The line with its first letter capitalised, unless that letter belongs to a fact ("iPhone", "example.in")."""
    if not line or not line[0].islower() or any(a <= 0 < b for a, b in _fact_spans(line, facts)):
        return line
    return line[0].upper() + line[1:]


def cased(line: str, casing: str, facts: tuple[Found, ...]) -> str:
    """A headline in the kind's casing; letters inside facts are never changed, nor words the prompt capitalised."""
    if casing not in ("title", "upper"):
        return capitalise(line, facts)
    spans = _fact_spans(line, facts)
    out = []
    position = 0
    for number, match in enumerate(re.finditer(r"[^\s]+", line)):
        out.append(line[position:match.start()])
        word = match.group()
        inside = any(a < match.end() and match.start() < b for a, b in spans)
        if not inside and word.islower() and word[0].isalpha() and (number == 0 or word not in _SMALL):
            word = word[0].upper() + word[1:]
        out.append(word)
        position = match.end()
    out.append(line[position:])
    return "".join(out)


def _unlead(line: str, facts: tuple[Found, ...]) -> str:
    """The line without a leading "at", "on", "with" … unless that word starts a fact ("The Leela Palace")."""
    stripped = _LEADING_FUNCTION.sub("", line)
    if stripped != line and any(fact.text in line and fact.text not in stripped for fact in facts):
        return line
    return stripped


def _trim(line: str, facts: tuple[Found, ...] = (), *, cut: bool = False) -> str:
    """The line without loose punctuation or a dangling "at", "of" at its end (never a fact's own word); a line
    `cut` from a longer one also loses a dangling Hindi postposition ("राम किराना स्टोर पर" → "राम किराना स्टोर")."""
    line = re.sub(r"\s+", " ", line).strip(" ,;:-–—|")
    held = [fact.text for fact in facts if fact.text in line]
    timed = [fact.text for fact in facts if fact.kind in ("date", "time", "deadline") and fact.text in line]
    previous = None
    while previous != line:
        previous = line
        shorter = _TRAILING_FUNCTION.sub("", line).strip(" ,;:-–—|")
        hindi = _TRAILING_HINDI.search(shorter) if cut else None
        if hindi and not any(shorter[:hindi.start()].endswith(text) for text in timed):
            shorter = shorter[:hindi.start()]  # "राम किराना स्टोर पर" but "1 जुलाई से" keeps its से
        if all(text in shorter for text in held):
            line = shorter
    return line


def _without(line: str, part: str) -> str:
    """`line` with `part` taken out and the edges tidied ("Wedding reception of Neha & Vikram" − names)."""
    rest = _trim(_LEADING_FUNCTION.sub("", _trim(line.replace(part, " ", 1))))
    return "" if _LEADING_FUNCTION.match(rest + " ") and len(rest.split()) == 1 else rest


def _intent(text: str, kind: Kind, *, deadline: str, priced: bool = False) -> str:
    """The CTA intent the prompt asks for that this kind allows, else the kind's default ("" for none)."""
    if not kind.ctas:
        return ""
    lower = text.lower()
    for intent, pattern in _INTENT_CUES:
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
    if kind.id in _CUED_ONLY:
        return ""
    default = kind.ctas[0]
    return "" if default in COMMERCE_INTENTS and not kind.commerce else default


# Kinds that carry a CTA only when the prompt asks for an action ("visit", "call", "register" …).
_CUED_ONLY = frozenset({"announcement", "general", "cover"})


def _masked(text: str, facts: tuple[Found, ...]) -> str:
    """`text` with names blanked: a cue inside a name ("Crossword Bookstore") asks for nothing."""
    for fact in facts:
        if fact.kind in ("name", "organisation", "venue", "place", "product") and not fact.value:
            text = text.replace(fact.text, " " * len(fact.text))
    return text


def _strip_cue(line: str, intent: str, facts: tuple[Found, ...]) -> str:
    """A contact line without the cue its CTA already says ("RSVP +91 98450 12345" → "+91 98450 12345")."""
    for name, pattern in _INTENT_CUES:
        if name == intent or (intent.startswith(name) and name in ("register", "apply", "enrol")):
            stripped = re.sub(rf"^(?:{pattern})\w*\s*(?:(?:at|on|via|to)(?!\w)|:)?\s*", "", line,
                              flags=re.IGNORECASE).strip()
            kept = all(fact.text in stripped for fact in facts if fact.text in line)
            if stripped != line and stripped and kept:
                return stripped
    return line


def _pick(clauses: list[Clause], draft: _Draft, roles: tuple[str, ...]) -> int | None:
    """The first unused clause of the first role that has one; "offer+" is an offer with words of its own
    ("Clearance sale upto 80%")."""
    for role in roles:
        for index, clause in enumerate(clauses):
            if index in draft.used:
                continue
            if clause.role == role or (role == "offer+" and clause.role == "offer" and len(
                    [word for word in clause.free_words() if word not in _OFFER_WORDS]) >= 2):
                return index
            if role == "organisation+" and clause.role in ("organisation", "where") \
                    and _lead(clause) in ("at", "by", "from"):
                return index
    return None


_OFFER_QUOTE = re.compile(r"(?i)\b(?:buy|get|free|off|sale|deal|bogo|save|cashback)\b|%")
_OFFER_WORDS = frozenset({"off", "upto", "up", "to", "flat", "extra", "discount", "only", "just", "from", "starting",
                          "at", "on", "all", "cashback", "save", "onwards", "now", "was", "छूट", "तक", "की", "से",
                          "शुरू", "सिर्फ", "خصم", "على", "taxes", "tax", "plus", "gst", "entry", "fee", "fees",
                          "tickets", "ticket", "per", "person", "couple", "two", "and", "more", "price", "prices",
                          "प्रवेश", "शुल्क", "फीस"})
GENERIC_LABELS = frozenset({"realtor", "property", "properties", "real estate", "event", "events", "product launch",
                            "launch", "announcement", "quote", "greeting",
                            "greetings", "invitation", "sale", "offer", "promo", "ad", "hiring", "job",
                            "jobs", "webinar", "menu", "restaurant menu", "thumbnail", "cover", "testimonial",
                            "course", "flyer", "poster", "post", "banner", "new", "special", "notice", "update",
                            "customer testimonial", "customer review", "review"})


def _names(clause: Clause) -> list[Found]:
    return [fact for fact in clause.facts if fact.kind == "name" and not fact.value]


def _role_fact(clause: Clause) -> Found | None:
    for fact in clause.facts:
        if fact.kind in ("name", "product") and any(word.lower().strip(".,") in ROLE_WORDS for word in fact.text.split()):
            return fact
    return None


def _badge(clause: Clause, text: str) -> tuple[str, str]:
    """The short offer for a badge ("Up to 60% off", "Starting ₹2.5 L onwards") and what is left of the clause."""
    offer = next((fact for fact in clause.facts if fact.kind == "percent"), None) \
        or next((fact for fact in clause.facts if fact.kind == "price"), None)
    if offer is None:
        return "", clause.text
    start = clause.text.find(offer.text)
    before, after = clause.text[:start], clause.text[start + len(offer.text):]
    lead = re.search(r"(?:(?:up\s?to|upto|flat|extra|save|get|earn|win|min(?:imum)?|max(?:imum)?|starting(?:\s+(?:at|from))?|"
                     r"from|only|just|now|at|@|for(?:\s+just)?|priced\s+at|खाली|सिर्फ़?|केवल|خصم)\s+)+$",
                     before, re.IGNORECASE)
    tail = re.match(r"\s*(?:(?:off|OFF|Off|discount|cashback|onwards|only|and up|upwards|तक\s+की\s+छूट|की\s+छूट|छूट|"
                    r"से\s+शुरू|तक|(?:\+\s*)?taxes)(?![\w]))+", after)
    badge = (lead.group() if lead else "") + offer.text + (tail.group() if tail else "")
    rest = before[:lead.start()] if lead else before
    rest = _trim(rest + " " + after[tail.end():] if tail else rest + " " + after, clause.facts, cut=True)
    units = len(clause.free_words()) + len(clause.facts)
    if units <= 4 and not any(fact.kind in ("name", "organisation", "product", "quote", "date")
                              and not fact.value for fact in clause.facts):
        badge, rest = clause.text, ""
    badge = re.sub(r"^(?:at|@|for)\s+|^@", "", badge.strip(), flags=re.IGNORECASE)
    return badge, rest


def _merge(clauses: list[Clause]) -> list[Clause]:
    """Neighbouring lines a designer sets as one: date · time, venue, city; a name continuing its clause."""
    merged: list[Clause] = []
    for clause in clauses:
        last = merged[-1] if merged else None
        if last and last.role == "when" and clause.role == "when":
            merged[-1] = _join(last, clause, " · ")
        elif last and clause.role == "where" and last.role == "person" and not _lead(last) and not _lead(clause) \
                and len(merged) > 1 and len(_names(last)) == 1 and "&" not in last.text and " और " not in last.text:
            merged[-1] = _join(Clause(last.start, last.end, last.text, last.facts, "where"), clause, ", ")
        elif last and last.role == "where" and (clause.role == "where" or (
                clause.role in ("person", "title") and not clause.joined and _address_piece(clause))):
            merged[-1] = _join(last, clause, ", ")
        elif last and last.role == "person" and clause.role == "person" and not _lead(clause) \
                and not any(word in ROLE_WORDS for word in clause.words):  # "Ananya Iyer | Data Scientist" stay apart
            merged[-1] = _join(last, clause, ", ")
        elif last and last.role == "item" and clause.role == "offer" and clause.joined:
            merged[-1] = _join(last, clause, " ")
        else:
            merged.append(clause)
    return merged


def _address_piece(clause: Clause) -> bool:
    """"Santa Monica", "TX", "CA 90401", "पटना": a short capitalised piece of an address."""
    words = clause.text.split()
    if not re.search(r"[A-Za-z]", clause.text):
        return any(fact.kind in ("place", "venue", "name", "organisation") and fact.text == clause.text
                   for fact in clause.facts)
    return len(words) <= 3 and all(word[:1].isupper() or word[:1].isdigit() for word in words) and not _lead(clause)


def _lead(clause: Clause) -> str:
    first = clause.text.split()[0].lower() if clause.text.split() else ""
    return first if first in ("with", "by", "from", "at", "featuring", "speakers", "speaker", "ft.", "feat.") else ""


def _join(first: Clause, second: Clause, separator: str) -> Clause:
    return Clause(first.start, second.end, f"{first.text}{separator}{second.text}", first.facts + second.facts,
                  first.role, joined=first.joined)


def compose(*, kind_id: str, clauses: list[Clause], text: str, language: str, occasion: Occasion | None,
            occasion_text: str) -> Copy:
    """The copy of a design of `kind_id` written from the prompt's clauses; every fact lands in a slot."""
    kind = KINDS[kind_id]
    facts = tuple(fact for clause in clauses for fact in clause.facts)
    lines = _merge([clause for clause in clauses if not clause.request and clause.text])
    draft = _Draft()
    deadline = next((fact.text for fact in facts if fact.kind == "deadline"), "")
    for index, line in enumerate(lines):
        if not line.facts and line.text.lower().replace("’", "'") in _EYEBROW_PHRASES and "eyebrow" in kind.slots:
            draft.eyebrow = capitalise(line.text, facts)
            draft.used.add(index)
            break
    _headline(kind, lines, draft, text=text, language=language, occasion=occasion, occasion_text=occasion_text)
    _second_line(kind, lines, draft)
    if kind_id == "testimonial" and "★" in draft.headline:  # "★★★★★ The best dosa …": the rating is the badge
        stars = re.search(r"★+(?:\s*\d(?:\.\d)?(?:\s*/\s*5)?)?", draft.headline)
        if stars:
            draft.badge = stars.group().strip()
            draft.headline = _trim(draft.headline.replace(stars.group(), " ", 1), facts).strip()
    _badge_slot(kind, lines, draft, text)
    intent = _intent(_masked(text, facts), kind, deadline=deadline,
                     priced=any(fact.kind == "price" for fact in facts))
    if intent:
        draft.cta = kind.cta(intent, language, date=deadline)
    last_detail = -2
    for index, line in enumerate(lines):
        if index in draft.used:
            continue
        if line.role == "label" and (line.text.lower() in GENERIC_LABELS or "eyebrow" not in kind.slots
                                     or draft.eyebrow or _covered(line, draft)):
            draft.used.add(index)
            continue
        if line.joined and line.role in ("when", "organisation", "person") and last_detail == index - 1 \
                and draft.details and lines[index - 1].role in ("title", "item", "offer"):
            draft.details[-1] = f"{draft.details[-1]} {line.text}"
            draft.used.add(index)
            last_detail = index
            continue
        if line.joined and line.role in ("organisation", "person") and index - 1 in draft.used \
                and draft.subline and lines[index - 1].text.lower() in draft.subline.lower():
            draft.subline = f"{draft.subline} {line.text}"  # "Speaker Mark Lee, CTO" + "at SecureNet"
            draft.used.add(index)
            continue
        if line.role == "contact" and "contact" not in kind.slots and "details" not in kind.slots:
            if "subline" in kind.slots:
                text_ = capitalise(_trim(line.text, facts), facts)
                draft.subline = f"{draft.subline} · {text_}" if draft.subline else text_
            draft.used.add(index)
            continue
        if line.role == "contact" and "contact" in kind.slots:
            contact = _strip_cue(line.text, intent, facts)
            if deadline and draft.cta.endswith(deadline):
                contact = _trim(re.sub(rf"\s+(?:by|before|till|until)\s+{re.escape(deadline)}$", "", contact), facts)
            draft.contact.append(capitalise(contact, facts))
        elif line.role == "when" and deadline and deadline in line.text and deadline in draft.cta \
                and len(re.findall(r"\w+", _without(line.text, deadline))) <= 3:
            pass  # "apply by 30 June" is the CTA itself
        elif line.role == "label" and not draft.eyebrow and "eyebrow" in kind.slots and not _covered(line, draft):
            draft.eyebrow = capitalise(line.text, facts)
        elif line.role == "label" and _covered(line, draft):
            pass
        elif kind_id in ("quote", "testimonial") and not draft.attribution and line.role in (
                "person", "title", "where") and (_names(line) or re.search(r"[—–-]\s*$", text[:line.start])):
            draft.attribution = f"— {_unlead(line.text, facts)}"  # "— Peter Drucker", "— ए.पी.जे. अब्दुल कलाम"
        elif kind_id == "testimonial" and not draft.badge and re.search(r"\d(?:\.\d)?\s*(?:/\s*5|★|stars?)|★",
                                                                          line.text, re.IGNORECASE):
            draft.badge = capitalise(line.text, facts)
        elif line.text.lower() in ("free", "free entry", "entry free", "निःशुल्क", "मुफ़्त", "مجانا", "مجاني") \
                and "badge" in kind.slots and not draft.badge:
            draft.badge = capitalise(line.text, facts)
        elif _feature(line) and draft.details and last_detail == index - 1 and _feature(lines[index - 1]):
            draft.details[-1] = f"{draft.details[-1]} · {capitalise(line.text, facts)}"  # Clubhouse · Pool · Gym
            last_detail = index
        elif "details" not in kind.slots:
            if line.facts and "subline" in kind.slots:  # a thumbnail or a quote card has no detail lines
                text_ = capitalise(_trim(line.text, facts), facts)
                draft.subline = f"{draft.subline} · {text_}" if draft.subline else text_
        else:
            text_ = _unlead(line.text, facts) if line.role in ("when", "where") else line.text
            draft.details.append(capitalise(_trim(text_, facts), facts))
            last_detail = index
        draft.used.add(index)
    if not draft.headline:
        _fallback_headline(kind, lines, draft, facts, occasion=occasion, occasion_text=occasion_text,
                           language=language)
    if not draft.eyebrow and kind.eyebrow and "eyebrow" in kind.slots:
        draft.eyebrow = kind.eyebrow_text(_eyebrow_name(kind, text), language)
    _land_every_fact(draft, lines, facts, kind)
    details = tuple(dict.fromkeys(line for line in draft.details if line and line not in (draft.headline,
                                                                                           draft.subline)))
    return Copy(headline=draft.headline, eyebrow=draft.eyebrow, subline=draft.subline, details=details,
                badge=draft.badge, cta=draft.cta, contact=" · ".join(dict.fromkeys(draft.contact)),
                attribution=draft.attribution)


def _feature(line: Clause) -> bool:
    """A short feature with no fact: "pool", "gym", "placement support" (set on one line, dot-separated)."""
    return line.role == "title" and not line.facts and 1 <= len(line.text.split()) <= 2


def _fallback_headline(kind: Kind, lines: list[Clause], draft: _Draft, facts: tuple[Found, ...], *,
                       occasion: Occasion | None, occasion_text: str, language: str) -> None:
    """A design always has a headline: the occasion's greeting, else the first detail line."""
    if occasion is not None and kind.id in ("greeting", "general", "announcement", "event"):
        draft.headline = greeting(occasion, occasion_text, language)
    elif draft.details:
        draft.headline = cased(draft.details.pop(0), kind.casing, facts)
    elif draft.subline:
        draft.headline, draft.subline = draft.subline, ""


def _covered(line: Clause, draft: _Draft) -> bool:
    """True when every word of the line is already in the headline or subline ("Concert" under "… in Concert")."""
    placed = " ".join((draft.headline, draft.subline, draft.eyebrow)).lower()
    return all(word in placed for word in line.words)


def _eyebrow_name(kind: Kind, text: str) -> str:
    lower = text.lower()
    if kind.id == "announcement":
        if re.search(r"grand opening|उद्घाटन|शुभारंभ|الافتتاح", lower):
            return "grand_opening"
        if re.search(r"now open|opening|opens|inaugurat", lower):
            return "now_open"
        if re.search(r"coming soon|opening soon|जल्द", lower):
            return "coming_soon"
    if kind.id == "webinar" and re.search(r"\bfree\b|निःशुल्क|مجان", lower):
        return "free_webinar"
    if kind.id == "real_estate":
        return "for_rent" if re.search(r"\brent\b|\blease\b|to let|किराय|للإيجار", lower) else "for_sale"
    if kind.id == "education" and re.search(r"admission|enrol|प्रवेश|दाखिला", lower):
        return "admissions"
    if kind.id == "invitation" and re.search(r"save the date", lower):
        return "save_the_date"
    return kind.eyebrow


def _headline(kind: Kind, lines: list[Clause], draft: _Draft, *, text: str, language: str,
              occasion: Occasion | None, occasion_text: str) -> None:
    facts = tuple(fact for line in lines for fact in line.facts)
    if kind.id == "greeting" and occasion is not None:
        for index, line in enumerate(lines):
            if occasion_text and occasion_text in line.text and not line.joined and (
                    _GREETING_START.match(line.text) or _GREETING_WORDS.search(line.text)):
                parts = re.split(r"\s+(?=(?:from|by|من)\s)", line.text, maxsplit=1)
                words = re.sub(r"\s+(?:greetings?|wishes|card)$", "", parts[0], flags=re.IGNORECASE)
                draft.headline = cased(words, kind.casing, facts)
                draft.used.add(index)
                sender = parts[1] if len(parts) > 1 else ""
                following = index + 1
                while sender and following < len(lines) and lines[following].joined:
                    sender = f"{sender} {lines[following].text}"  # "from the team" + "at BrightPath Solutions"
                    draft.used.add(following)
                    following += 1
                if sender:
                    draft.subline = capitalise(sender, facts)
                return
        draft.headline = greeting(occasion, occasion_text, language)
        for index, line in enumerate(lines):
            if line.text.strip().lower() == draft.headline.lower() or line.text.strip() == occasion_text \
                    or _without(line.text, occasion_text).lower() in (
                    "", "greeting", "greetings", "wishes", "mubarak", "की शुभकामनाएं", "की शुभकामनाएँ", "शुभकामनाएं",
                    "शुभकामनाएँ", "बधाई", "मुबारक", "مبارك", "سعيد"):
                draft.used.add(index)
        return
    if kind.id == "hiring":
        for index, line in enumerate(lines):
            role = _role_fact(line) or (line if line.role == "title" and any(w in ROLE_WORDS for w in line.words)
                                        else None)
            if role is not None:
                role_text = role.text if isinstance(role, Found) else line.text
                draft.headline = cased(_trim(role_text, facts), kind.casing, facts)
                rest = _trim(_HIRING_VERB.sub(" ", _without(line.text, role_text)), facts)
                if rest:
                    draft.details.append(capitalise(rest, facts))
                draft.used.add(index)
                return
    if kind.id == "invitation":
        for index, line in enumerate(lines):
            names = _names(line)
            if names and line.role in ("person", "title") and re.search(r"['’]s\b", line.text):
                draft.headline = cased(line.text, kind.casing, facts)  # "Kabir's naming ceremony"
                draft.used.add(index)
                return
            if names and line.role in ("person", "title"):
                draft.headline = names[0].text if len(names) == 1 else line.text
                rest = _without(line.text, names[0].text) if len(names) == 1 else ""
                if rest:
                    draft.subline = _occasion_line(rest, occasion, language, facts)
                draft.used.add(index)
                for other, label in enumerate(lines):  # "Wedding [invitation for] Priya & Arjun"
                    if other < index and other not in draft.used and label.role in ("label", "person", "title") \
                            and not label.facts and not draft.subline:
                        draft.subline = _occasion_line(label.text, occasion, language, facts)
                        draft.used.add(other)
                return
    if kind.id in ("launch", "cover", "menu"):
        wanted = ("organisation", "quote", "name", "venue") if kind.id == "menu" else ("product", "organisation",
                                                                                    "name", "quote")
        for index, line in enumerate(lines):
            named = sorted((fact for fact in line.facts if fact.kind in wanted and not fact.value),
                           key=lambda fact: wanted.index(fact.kind))
            if kind.id == "launch" and (_lead(line) == "at" or line.role == "where"):
                continue  # "at Social, Koramangala" is where the launch is, not what
            if named and line.role in ("title", "label", "person", "organisation", "quote", "where") \
                    and not (kind.id == "menu" and line.role == "where" and named[0].kind != "venue"):
                draft.used.add(index)
                rest = _trim(_LAUNCH_WORDS.sub("", _without(line.text, named[0].text)), facts)
                if rest and not all(word in _KIND_WORDS for word in rest.lower().split()):
                    draft.subline = capitalise(rest, facts)
                draft.headline = cased(named[0].text, kind.casing, facts)
                return
    if kind.id == "sale":  # "दिवाली" alone is an eyebrow; the shop's name leads
        first = _pick(lines, draft, HEADLINE_ROLES[kind.id])
        if first is not None and lines[first].facts and all(fact.value for fact in lines[first].facts) \
                and _without(lines[first].text, lines[first].facts[0].text) == "":
            other = _pick(lines, draft, ("organisation", "person", "where"))
            if other is not None and other != first:
                draft.eyebrow = lines[first].text
                draft.used.add(first)
                lines[other] = Clause(lines[other].start, lines[other].end, lines[other].text, lines[other].facts,
                                      "organisation", joined=lines[other].joined)
    index = _pick(lines, draft, HEADLINE_ROLES[kind.id])
    first = next((number for number, line in enumerate(lines) if line.role != "label"), None)
    if kind.id in ("event", "general", "education", "announcement") and first is not None \
            and first not in draft.used and lines[first].role in (
            "person", "organisation", "where") and not _lead(lines[first]) \
            and (index is None or lines[index].role != "quote"):
        index = first  # "Berlin Techno Night at Berghain, …": the prompt opens with the event's name
    if index is None:
        draft.headline = greeting(occasion, occasion_text, language) if occasion else ""
        return
    line = lines[index]
    draft.used.add(index)
    headline = line.text
    if kind.id in ("launch", "cover", "menu") and line.role in ("title", "item", "label", "person", "organisation"):
        named = next((fact for kind_ in ("product", "organisation", "name") for fact in line.facts
                      if fact.kind == kind_ and not fact.value), None)
        if named and named.text != headline:
            rest = _without(headline, named.text)
            headline = named.text
            if rest and not all(word in _KIND_WORDS for word in rest.lower().split()):
                draft.subline = capitalise(rest, facts)
    if kind.id in ("sale", "launch", "event", "real_estate", "general", "announcement", "menu", "education") \
            and line.role in ("title", "item", "offer"):
        badge, rest = _badge(line, text)
        if badge and rest and len(rest.split()) >= 1:
            draft.badge, headline = capitalise(badge, facts), rest
    headline = _unlead(headline, facts)
    quotes = [fact for fact in line.facts if fact.kind == "quote"]
    when = next((fact for fact in line.facts if fact.kind in ("date", "time", "deadline") and fact.text in headline
                 and not headline.startswith(fact.text)
                 and not any(quote.start <= fact.start and fact.end <= quote.end for quote in quotes)), None)
    if when is not None and kind.id not in ("quote", "testimonial", "thumbnail"):
        cut = headline.find(when.text)
        lead = re.search(r"(?:^|\s)((?:valid\s+)?(?:till|until|by|from|on|ends?|before|से)\s+)$", headline[:cut],
                         re.IGNORECASE)
        cut = cut - len(lead.group(1)) if lead else cut
        head = _trim(headline[:cut], facts, cut=True)
        if len(head.split()) >= 1:
            draft.details.append(capitalise(_trim(headline[cut:], facts), facts))
            headline = head
    if kind.id == "thumbnail":
        headline = _MEDIA_LEAD.sub("", headline)
        number = next((fact for fact in line.facts if fact.kind == "number" and re.fullmatch(r"[\d,]+\+?", fact.text)),
                      None)
        leads = number is not None and re.match(rf"(?:top\s+)?{re.escape(number.text)}\b", headline, re.IGNORECASE)
        if number and leads and line.role != "quote":
            draft.badge = leads.group()  # "7", "Top 5"
            headline = _trim(headline[:leads.start()] + " " + headline[leads.end():], facts)
    low, high = kind.headline_words
    named = [fact for fact in line.facts if fact.kind in ("name", "organisation", "product", "quote")
             and not fact.value]
    if kind.id == "webinar":
        headline = _TOPIC_LEAD.sub("", headline)
    if kind.id == "announcement" and draft.eyebrow == "" and kind.eyebrow:
        phrase = kind.eyebrow_text(_eyebrow_name(kind, text), language)
        if headline.lower().startswith(phrase.lower()):
            headline = _unlead(_trim(headline[len(phrase):].strip(" :-–—"), facts), facts) or headline
    if len(headline.split()) > high and named and line.role != "quote" and kind.id not in ("quote", "testimonial",
                                                                                            "thumbnail"):
        head = named[0].text
        rest = _without(headline, head)
        if rest and len(head.split()) >= low:
            headline = head
            draft.subline = capitalise(rest, facts)
    draft.headline = cased(_trim(headline, facts), kind.casing, facts)


def _occasion_line(words: str, occasion: Occasion | None, language: str, facts: tuple[Found, ...]) -> str:
    """An invitation's occasion line: the prompt's words, or the occasion's own line when they only name it."""
    if occasion is not None and occasion.line and len(words.split()) == 1:
        return occasion.line.get(language, occasion.line["en"])
    return capitalise(words, facts)


def greeting(occasion: Occasion | None, written: str, language: str) -> str:
    """The occasion's greeting in `language`, naming the occasion as the prompt wrote it ("Happy Diwali")."""
    if occasion is None:
        return ""
    template = occasion.greeting.get(language, occasion.greeting["en"])
    if "{name}" not in template:
        return template
    name = written or occasion.id.replace("_", " ").title()
    line = template.replace("{name}", name)
    return re.sub(r"\b(Mubarak|मुबारक)\s+\1\b", r"\1", line)


def _second_line(kind: Kind, lines: list[Clause], draft: _Draft) -> None:
    if draft.subline or "subline" not in kind.slots:
        return
    facts = tuple(fact for line in lines for fact in line.facts)
    roles = SUBLINE_ROLES[kind.id]
    index = _pick(lines, draft, tuple(role for role in roles if role != "occasion"))
    if index is None:
        return
    line = lines[index]
    # a greeting's wish and its sender read as one line: "Warm wishes" + "from Gupta Electronics"
    following = index + 1
    text = line.text
    if following < len(lines) and following not in draft.used and lines[following].joined \
            and lines[following].role in ("organisation", "person"):
        text = f"{text} {lines[following].text}"
        draft.used.add(following)
    if kind.id == "hiring":
        text = _unlead(text, facts)
    draft.subline = capitalise(_trim(text, facts), facts)
    draft.used.add(index)


def _badge_slot(kind: Kind, lines: list[Clause], draft: _Draft, text: str) -> None:
    if draft.badge or "badge" not in kind.slots:
        return
    facts = tuple(fact for line in lines for fact in line.facts)
    index = _pick(lines, draft, ("offer",))
    if kind.id == "menu" and index is not None and [word for word in lines[index].free_words()
                                                     if word not in _OFFER_WORDS]:
        index = None  # "cappuccino ₹180" is a dish on the menu, not an offer
    if index is None and kind.commerce:
        index = next((number for number, line in enumerate(lines) if number not in draft.used
                      and line.role == "quote" and _OFFER_QUOTE.search(line.text)), None)
        if index is not None:
            draft.badge = lines[index].text
            draft.used.add(index)
            return
    if index is None:
        return
    badge, rest = _badge(lines[index], text)
    if not badge:
        return
    draft.badge = capitalise(badge, facts)
    draft.used.add(index)
    if rest and len(rest.split()) >= 1:
        draft.details.append(capitalise(rest, facts))


def _land_every_fact(draft: _Draft, lines: list[Clause], facts: tuple[Found, ...], kind: Kind) -> None:
    """Any fact no slot holds yet goes into the details with its own line's words."""
    for fact in facts:
        if any(fact.text in slot for slot in draft.texts()):
            continue
        home = next((line for line in lines if fact in line.facts), None)
        line = _trim(home.text, facts) if home and fact.text in home.text else fact.text
        if "details" in kind.slots:
            draft.details.append(capitalise(line, facts))
        elif "subline" in kind.slots and not draft.subline:
            draft.subline = capitalise(line, facts)
        else:
            draft.headline = f"{draft.headline} {line}".strip() if fact.kind != "quote" else draft.headline
            if fact.text not in draft.headline:
                draft.attribution = f"{draft.attribution} {line}".strip()
