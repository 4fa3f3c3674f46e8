"""Copy for a design, written from the prompt's own clauses: each kind puts its facts in the slots a designer would."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from aiengine.creative.kinds import EYEBROWS, KINDS, Kind
from aiengine.creative.model import Copy
from aiengine.creative.reading.clauses import Clause
from aiengine.creative.reading.intents import intent_for, masked_names, strip_cue
from aiengine.creative.reading.lines import (
    OFFER_QUOTE,
    OFFER_WORDS,
    badge_of,
    capitalise,
    cased,
    is_feature,
    lead_word,
    merge_lines,
    people,
    trim,
    unlead,
    without,
)
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
_DURATIONS = "seconds|minutes|mins|hours|hrs|days|weeks|months|years|nights"  # "24 hours in Tokyo" stays one line
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


def _pick(clauses: list[Clause], draft: _Draft, roles: tuple[str, ...]) -> int | None:
    """The first unused clause of the first role that has one; "offer+" is an offer with words of its own
    ("Clearance sale upto 80%")."""
    for role in roles:
        for index, clause in enumerate(clauses):
            if index in draft.used:
                continue
            if clause.role == role or (role == "offer+" and clause.role == "offer" and len(
                    [word for word in clause.free_words() if word not in OFFER_WORDS]) >= 2):
                return index
            if role == "organisation+" and clause.role in ("organisation", "where") \
                    and lead_word(clause) in ("at", "by", "from"):
                return index
    return None


GENERIC_LABELS = frozenset({"realtor", "property", "properties", "real estate", "event", "events", "product launch",
                            "launch", "announcement", "quote", "greeting",
                            "greetings", "invitation", "sale", "offer", "promo", "ad", "hiring", "job",
                            "jobs", "webinar", "menu", "restaurant menu", "thumbnail", "cover", "testimonial",
                            "course", "flyer", "poster", "post", "banner", "new", "special", "notice", "update",
                            "customer testimonial", "customer review", "review"})


def _role_fact(clause: Clause) -> Found | None:
    for fact in clause.facts:
        if fact.kind in ("name", "product") and any(word.lower().strip(".,") in ROLE_WORDS for word in fact.text.split()):
            return fact
    return None


def compose(*, kind_id: str, clauses: list[Clause], text: str, language: str, occasion: Occasion | None,
            occasion_text: str) -> Copy:
    """The copy of a design of `kind_id` written from the prompt's clauses; every fact lands in a slot."""
    kind = KINDS[kind_id]
    facts = tuple(fact for clause in clauses for fact in clause.facts)
    lines = merge_lines([clause for clause in clauses if not clause.request and clause.text], text)
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
            draft.headline = trim(draft.headline.replace(stars.group(), " ", 1), facts).strip()
    _badge_slot(kind, lines, draft, text)
    intent = intent_for(masked_names(text, facts), kind, deadline=deadline,
                     priced=any(fact.kind == "price" for fact in facts))
    if intent:
        draft.cta = kind.cta(intent, language, date=deadline)
    last_detail = -2
    # who said it: the line signed with a dash after the quote ("'…' - Meera K."), when the prompt has one
    quoted = next((i for i, line in enumerate(lines) if any(fact.kind == "quote" for fact in line.facts)), None)
    signed = next((i for i, line in enumerate(lines) if quoted is not None and i > quoted
                   and re.search(r"[—–-]\s*$", text[:line.start])), None)
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
        company = lead_word(line) == "at" and not any(fact.kind == "venue" for fact in line.facts)
        if line.joined and (line.role in ("organisation", "person") or company) and index - 1 in draft.used \
                and draft.subline and lines[index - 1].text.lower() in draft.subline.lower():
            draft.subline = f"{draft.subline} {line.text}"  # "Speaker Mark Lee, CTO" + "at SecureNet"
            draft.used.add(index)
            continue
        if line.role == "contact" and "contact" not in kind.slots and "details" not in kind.slots:
            if "subline" in kind.slots:
                text_ = capitalise(trim(line.text, facts), facts)
                draft.subline = f"{draft.subline} · {text_}" if draft.subline else text_
            draft.used.add(index)
            continue
        if line.role == "contact" and "contact" in kind.slots:
            contact = strip_cue(line.text, intent, facts)
            if deadline and draft.cta.endswith(deadline):
                contact = trim(re.sub(rf"\s+(?:by|before|till|until)\s+{re.escape(deadline)}$", "", contact), facts)
            draft.contact.append(capitalise(contact, facts))
        elif line.role == "when" and deadline and deadline in line.text and deadline in draft.cta \
                and len(re.findall(r"\w+", without(line.text, deadline))) <= 3:
            pass  # "apply by 30 June" is the CTA itself
        elif line.role == "label" and not draft.eyebrow and "eyebrow" in kind.slots and not _covered(line, draft):
            draft.eyebrow = capitalise(line.text, facts)
        elif line.role == "label" and _covered(line, draft):
            pass
        elif kind_id in ("quote", "testimonial") and not draft.attribution and line.role in (
                "person", "title", "where") and (index == signed if signed is not None else (
                    people(line) or re.search(r"[—–-]\s*$", text[:line.start]))):
            draft.attribution = f"— {unlead(line.text, facts)}"  # "— Peter Drucker", "— ए.पी.जे. अब्दुल कलाम"
        elif kind_id == "testimonial" and not draft.badge and re.search(r"\d(?:\.\d)?\s*(?:/\s*5|★|stars?)|★",
                                                                          line.text, re.IGNORECASE):
            draft.badge = capitalise(line.text, facts)
        elif line.text.lower() in ("free", "free entry", "entry free", "निःशुल्क", "मुफ़्त", "مجانا", "مجاني") \
                and "badge" in kind.slots and not draft.badge:
            draft.badge = capitalise(line.text, facts)
        elif is_feature(line) and draft.details and last_detail == index - 1 and is_feature(lines[index - 1]):
            draft.details[-1] = f"{draft.details[-1]} · {capitalise(line.text, facts)}"  # Clubhouse · Pool · Gym
            last_detail = index
        elif "details" not in kind.slots:
            if line.facts and "subline" in kind.slots:  # a thumbnail or a quote card has no detail lines
                text_ = capitalise(trim(line.text, facts), facts)
                draft.subline = f"{draft.subline} · {text_}" if draft.subline else text_
        else:
            text_ = unlead(line.text, facts) if line.role in ("when", "where") else line.text
            draft.details.append(capitalise(trim(text_, facts), facts))
            last_detail = index
        draft.used.add(index)
    if not draft.headline:
        _fallback_headline(kind, lines, draft, facts, occasion=occasion, occasion_text=occasion_text,
                           language=language)
    if not draft.eyebrow and kind.eyebrow and "eyebrow" in kind.slots:
        draft.eyebrow = kind.eyebrow_text(_eyebrow_name(kind, text), language)
    _land_every_fact(draft, lines, facts, kind)
    # a line that says what another slot already says is dropped ("order now" is the CTA's button)
    if draft.cta and _said(draft.headline) == _said(draft.cta) and draft.subline:
        draft.headline, draft.subline = cased(draft.subline, kind.casing, facts), ""  # "Book now! Yoga retreat …"
    if draft.cta and _said(draft.subline) == _said(draft.cta):
        draft.subline = ""
    if draft.cta and _said(draft.eyebrow) == _said(draft.cta):
        draft.eyebrow = kind.eyebrow_text(_eyebrow_name(kind, text), language) if kind.eyebrow else ""
    said = {_said(draft.headline), _said(draft.subline), _said(draft.cta)} - {""}
    details = tuple(dict.fromkeys(line for line in draft.details if line and _said(line) not in said))
    return Copy(headline=draft.headline, eyebrow=draft.eyebrow, subline=draft.subline, details=details,
                badge=draft.badge, cta=draft.cta, contact=" · ".join(dict.fromkeys(draft.contact)),
                attribution=draft.attribution)


def _said(line: str) -> str:
    """What a line says, for comparing slots: its words, case and punctuation aside."""
    return " ".join(re.findall(r"\w+", line.casefold()))


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
                    or without(line.text, occasion_text).lower() in (
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
                draft.headline = cased(trim(role_text, facts), kind.casing, facts)
                rest = trim(_HIRING_VERB.sub(" ", without(line.text, role_text)), facts)
                if rest:
                    draft.details.append(capitalise(rest, facts))
                draft.used.add(index)
                return
    if kind.id == "invitation":
        for index, line in enumerate(lines):
            names = people(line)
            if names and line.role in ("person", "title") and re.search(r"['’]s\b", line.text):
                draft.headline = cased(line.text, kind.casing, facts)  # "Kabir's naming ceremony"
                draft.used.add(index)
                return
            if names and line.role in ("person", "title"):
                draft.headline = names[0].text if len(names) == 1 else line.text
                rest = without(line.text, names[0].text) if len(names) == 1 else ""
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
            if kind.id == "launch" and (lead_word(line) == "at" or line.role == "where"):
                continue  # "at Social, Koramangala" is where the launch is, not what
            if named and line.role in ("title", "label", "person", "organisation", "quote", "where") \
                    and not (kind.id == "menu" and line.role == "where" and named[0].kind != "venue"):
                draft.used.add(index)
                rest = trim(_LAUNCH_WORDS.sub("", without(line.text, named[0].text)), facts)
                if rest and not all(word in _KIND_WORDS for word in rest.lower().split()):
                    draft.subline = capitalise(rest, facts)
                draft.headline = cased(named[0].text, kind.casing, facts)
                return
    if kind.id == "sale":  # "दिवाली" alone is an eyebrow; the shop's name leads
        first = _pick(lines, draft, HEADLINE_ROLES[kind.id])
        if first is not None and lines[first].facts and all(fact.value for fact in lines[first].facts) \
                and without(lines[first].text, lines[first].facts[0].text) == "":
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
            "person", "organisation", "where") and not lead_word(lines[first]) \
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
            rest = without(headline, named.text)
            headline = named.text
            if rest and not all(word in _KIND_WORDS for word in rest.lower().split()):
                draft.subline = capitalise(rest, facts)
    if kind.id in ("sale", "launch", "event", "real_estate", "general", "menu", "education") \
            and line.role in ("title", "item", "offer"):
        badge, rest = badge_of(line, text)
        if badge and rest and len(rest.split()) >= 1:
            draft.badge, headline = capitalise(badge, facts), rest
    headline = unlead(headline, facts)
    quotes = [fact for fact in line.facts if fact.kind == "quote"]
    when = next((fact for fact in line.facts if fact.kind in ("date", "time", "deadline") and fact.text in headline
                 and not headline.startswith(fact.text)
                 and not any(quote.start <= fact.start and fact.end <= quote.end for quote in quotes)), None)
    if when is not None and kind.id not in ("quote", "testimonial", "thumbnail"):
        cut = headline.find(when.text)
        lead = re.search(r"(?:^|\s)((?:valid\s+)?(?:till|until|by|from|on|ends?|before|से)\s+)$", headline[:cut],
                         re.IGNORECASE)
        cut = cut - len(lead.group(1)) if lead else cut
        head = trim(headline[:cut], facts, cut=True)
        if len(head.split()) >= 1:
            draft.details.append(capitalise(trim(headline[cut:], facts), facts))
            headline = head
    if kind.id == "thumbnail":
        headline = _MEDIA_LEAD.sub("", headline)
        number = next((fact for fact in line.facts if fact.kind == "number" and re.fullmatch(r"[\d,]+\+?", fact.text)),
                      None)
        # the number stays in the headline when it counts a noun a clause then describes: "5 गलतियाँ जो …"
        leads = number is not None and re.match(rf"(?:top\s+)?{re.escape(number.text)}\b(?!\s+(?:{_DURATIONS})\b)"
                                                rf"(?!\s+\S+\s+(?:{_RELATIVES})(?:\s|$))", headline, re.IGNORECASE)
        if number and leads and line.role != "quote":
            draft.badge = leads.group()  # "7", "Top 5"
            headline = trim(headline[:leads.start()] + " " + headline[leads.end():], facts)
    low, high = kind.headline_words
    named = [fact for fact in line.facts if fact.kind in ("name", "organisation", "product", "quote")
             and not fact.value]
    if kind.id == "webinar":
        headline = _TOPIC_LEAD.sub("", headline)
    if kind.id == "announcement" and draft.eyebrow == "" and kind.eyebrow:
        phrase = kind.eyebrow_text(_eyebrow_name(kind, text), language)
        if headline.lower().startswith(phrase.lower()):
            headline = unlead(trim(headline[len(phrase):].strip(" :-–—"), facts), facts) or headline
    if len(headline.split()) > high and named and line.role != "quote" and kind.id not in ("quote", "testimonial",
                                                                                            "thumbnail"):
        head = named[0].text
        rest = without(headline, head)
        if rest and len(head.split()) >= low:
            headline = head
            draft.subline = capitalise(rest, facts)
    draft.headline = cased(trim(headline, facts), kind.casing, facts)


_RELATIVES = "जो|जिन्हें|जिनसे|जिनकी|that|which|who|you|to"


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
        text = unlead(text, facts)
    draft.subline = capitalise(trim(text, facts), facts)
    draft.used.add(index)


def _badge_slot(kind: Kind, lines: list[Clause], draft: _Draft, text: str) -> None:
    if draft.badge or "badge" not in kind.slots:
        return
    facts = tuple(fact for line in lines for fact in line.facts)
    index = _pick(lines, draft, ("offer",))
    if kind.id == "menu" and index is not None and [word for word in lines[index].free_words()
                                                     if word not in OFFER_WORDS]:
        index = None  # "cappuccino ₹180" is a dish on the menu, not an offer
    if index is None and kind.commerce:
        index = next((number for number, line in enumerate(lines) if number not in draft.used
                      and line.role == "quote" and OFFER_QUOTE.search(line.text)), None)
        if index is not None:
            draft.badge = lines[index].text
            draft.used.add(index)
            return
    if index is None:
        return
    badge, rest = badge_of(lines[index], text)
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
        line = trim(home.text, facts) if home and fact.text in home.text else fact.text
        if "details" in kind.slots:
            draft.details.append(capitalise(line, facts))
        elif "subline" in kind.slots and not draft.subline:
            draft.subline = capitalise(line, facts)
        else:
            draft.headline = f"{draft.headline} {line}".strip() if fact.kind != "quote" else draft.headline
            if fact.text not in draft.headline:
                draft.attribution = f"{draft.attribution} {line}".strip()
