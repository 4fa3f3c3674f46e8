"""A prompt cut into clauses (its own lines of copy), with the request words taken out and each clause's role."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from aiengine.creative.reading.name_words import ROLE_WORDS
from aiengine.creative.reading.text import Found

_BREAK = re.compile(r"[,;:!?|()\[\]।،\n]|\s[-–—]\s|\s[-–—](?=\S)|(?<=\S)[—–](?=\s)|\.(?=\s|$)")
_LEADS = ("at", "with", "by", "from", "featuring", "feat.", "ft.", "starting", "priced", "for", "on", "@", "@ ",
          "hosted by", "presented by", "speaker", "speakers", "till", "until", "ends", "venue", "near")
_WHEN_KINDS = frozenset({"date", "time", "deadline"})
_WHERE_KINDS = frozenset({"venue", "place"})
_CONTACT_KINDS = frozenset({"phone", "email", "url", "handle"})
_OFFER_KINDS = frozenset({"percent", "price"})
_PEOPLE_KINDS = frozenset({"name"})
_ABBREVIATION = re.compile(r"(?:(?i:\b(?:Dr|Mr|Mrs|Ms|Prof|St|Rs|No|Sr|Jr|Co|Ltd|Inc|Ave|Rd|Ep|Vol|Fr|Capt|Col|Gen|Er|"
                           r"Adv|Smt|Shri|Pt|vs|approx|Dept|Govt|M\.Sc|B\.Sc|a\.m|p\.m|Hon|Rev|ft|feat|nr|Mt))|\b[A-Z]"
                           r"|(?:^|[\s.])[\u0905-\u0939][\u093E-\u094D]?|डॉ|श्री|पं)$")  # "ए.पी.जे." are initials


@dataclass(frozen=True)
class Clause:
    """One line of the prompt: its content words (request stripped), its facts and its role."""

    start: int
    end: int
    text: str                     # the content as written, request words removed, edges trimmed
    facts: tuple[Found, ...]
    role: str = "title"           # title, label, when, where, offer, contact, person, organisation, item, quote
    request: bool = False         # the clause was all request
    joined: bool = False          # the clause continues the one before it (no punctuation between them)

    @property
    def words(self) -> list[str]:
        """The clause's words in lower case, facts included."""
        return words_of(self.text)

    def free_words(self) -> list[str]:
        """The words outside facts (numbers left out)."""
        rest = self.text
        for fact in self.facts:
            rest = rest.replace(fact.text, " ")
        return [word for word in words_of(rest) if not word[0].isdigit()]


def words_of(text: str) -> list[str]:
    """Lower-case words split at spaces (Devanagari vowel signs are not \\w), punctuation trimmed."""
    words = (word.strip(".,;:!?()[]{}'\"“”‘’|–—-*#").lower() for word in text.split())
    return [word for word in words if word and (word[0].isalnum() or word[0] == "&")]


def _cut_points(text: str, facts: tuple[Found, ...]) -> list[tuple[int, int]]:
    """Where clauses end: punctuation outside facts (a period only at a sentence end, not after "Dr" or "St")."""
    cuts = []
    covered = bytearray(len(text) + 1)
    for fact in facts:
        covered[fact.start:fact.end] = b"\x01" * (fact.end - fact.start)
    for match in _BREAK.finditer(text):
        start, end = match.span()
        if 1 in covered[start:end]:
            continue
        if match.group() == "." and _ABBREVIATION.search(text[max(0, start - 6):start]):
            continue
        quote = [fact for fact in facts if fact.kind == "quote" and fact.start - 1 <= start <= fact.end]
        if quote:
            continue
        cuts.append((start, end))
    for fact in facts:  # "... 10 a.m. to 2 p.m. Call 512-555-0142": the sentence ends with the fact
        if fact.text.endswith(".") and re.match(r"\s+[A-Z]", text[fact.end:fact.end + 2]):
            cuts.append((fact.end, fact.end))
    return sorted(cuts)


def _content(text: str, start: int, end: int, request: tuple[tuple[int, int], ...]) -> tuple[int, int, str]:
    """The clause without request words: (new start, new end, text), request spans replaced by one space."""
    pieces = []
    position = start
    for a, b in request:
        if b <= start or a >= end:
            continue
        pieces.append(text[position:max(a, start)])
        pieces.append(" ")
        position = min(b, end)
    pieces.append(text[position:end])
    return start, end, re.sub(r"\s+", " ", "".join(pieces)).strip()


def split_clauses(text: str, facts: tuple[Found, ...], request: tuple[tuple[int, int], ...]) -> list[Clause]:
    """The prompt's clauses in order, each with its facts; clauses left empty by the request are marked so.

    A clause ends at punctuation outside a fact and where request words stood ("Wedding [invitation for]
    Priya & Arjun" is two clauses); a cue before a colon stays with what follows ("Tel: 020 7946 0958").
    """
    cuts = sorted(_cut_points(text, facts) + [span for span in request if span[0] > 0])
    bounds = []
    position = 0
    for start, end in cuts:
        if start < position:
            continue
        if text[start:end] == ":" and _cue_before(text, position, start):
            continue
        bounds.append((position, start))
        position = end
    bounds.append((position, len(text)))
    clauses = []
    request_starts = {start for start, _ in request}
    for start, end in bounds:
        for number, (piece_start, piece_end) in enumerate(_chunks(text, start, end, facts, request)):
            inside = tuple(fact for fact in facts if piece_start <= fact.start and fact.end <= piece_end)
            _, _, content = _content(text, piece_start, piece_end, request)
            content = _unquote(content, inside).strip(" .,;:-–—!?'\"“”‘’")
            for fact in inside:  # a fact's own ending stays: "Maple St.", "8 a.m.", "… in 20 minutes!"
                tail = len(fact.text) - len(fact.text.rstrip(".!?"))
                if tail and fact.text not in content and content.endswith(fact.text[:-tail]):
                    content += fact.text[-tail:]
            if not content.strip():
                if text[piece_start:piece_end].strip():
                    clauses.append(Clause(piece_start, piece_end, "", (), "request", True))
                continue
            clause = Clause(piece_start, piece_end, content, inside, joined=number > 0)
            before_request = any(0 <= start_ - piece_end <= 1 for start_ in request_starts)
            clauses.append(replace(clause, role=_role(clause, text, before_request=before_request)))
    return clauses


def _unquote(content: str, facts: tuple[Found, ...]) -> str:
    """Quote marks around a quoted fact are the prompt's, not copy: 'Scaling AI' → Scaling AI."""
    for fact in facts:
        if fact.kind == "quote":
            for opening, closing in (("'", "'"), ('"', '"'), ("“", "”"), ("‘", "’"), ("«", "»")):
                content = content.replace(f"{opening}{fact.text}{closing}", fact.text)
    return content.strip(" .,;:-–—")


_COLON_CUES = frozenset({"tel", "ph", "phone", "call", "contact", "rsvp", "register", "registration", "email",
                         "e-mail", "whatsapp", "venue", "address", "date", "time", "where", "when", "fee", "fees",
                         "entry", "tickets", "website", "web", "timings", "hours", "location", "mob", "mobile",
                         "संपर्क", "स्थान", "पता", "समय", "दिनांक", "फीस", "शुल्क", "तारीख", "اتصل", "العنوان",
                         "الموقع"})


def _cue_before(text: str, start: int, colon: int) -> bool:
    """True when the words before a colon are a cue for what follows ("Tel:", "संपर्क:", "RSVP:")."""
    words = words_of(text[start:colon])
    return 0 < len(words) <= 2 and words[-1] in _COLON_CUES


_NAME_LEAD = re.compile(r"(?:^|\s)((?:at|with|by|from|featuring|feat\.|ft\.|speakers?)\s*:?\s*)$", re.IGNORECASE)
_PARTICIPLE = re.compile(r"(?:\b\w+ed|\bled)\s+by\s*$", re.IGNORECASE)  # "led by", "hosted by": one phrase
_PRICE_LEAD = re.compile(r"(?:^|\s)((?:(?:starting|priced|now|only|just|available)\s+)?(?:at|from|for(?: just| only)?|@)"
                         r"\s*|(?:starting|priced|now|only|just)\s+)$", re.IGNORECASE)
_DATE_LEAD = re.compile(r"(?:^|\s)((?:on|at|from)\s+)$", re.IGNORECASE)
_NAME_KINDS = frozenset({"name", "organisation", "venue", "place", "product"})


def _chunks(text: str, start: int, end: int, facts: tuple[Found, ...],
            request: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """A clause cut before a lead word that introduces another fact: "Senior Python Developer | at Zeta Labs",
    "2BHK flats in Whitefield | starting ₹2.5 L onwards", "charity run '5K for Kids' | on 2027-03-07".
    A name or product right before its price stays with it ("OnePlus 13R at ₹39,999" is one item)."""
    cuts = [start]
    for fact in sorted(facts, key=lambda item: item.start):
        if not (start < fact.start < end):
            continue
        before = text[cuts[-1]:fact.start]
        if fact.kind in _NAME_KINDS and not fact.value:
            lead, needed = (None if _PARTICIPLE.search(before) else _NAME_LEAD.search(before)), 1
        elif fact.kind in ("price", "percent"):
            lead, needed = _PRICE_LEAD.search(before), 1
        elif fact.kind in ("date", "time"):
            lead, needed = _DATE_LEAD.search(before), 2
        else:
            continue
        if not lead:
            continue
        cut = cuts[-1] + lead.start(1)
        head = _content(text, cuts[-1], cut, request)[2]
        rest = head
        for other in facts:
            if cuts[-1] <= other.start and other.end <= cut:
                rest = rest.replace(other.text, " ")
        loose = [word for word in re.findall(r"[^\W\d_][\w'’-]+", rest) if word.lower() not in _FUNCTION_WORDS]
        named = any(other.kind in _NAME_KINDS | {"quote"} and cuts[-1] <= other.start and other.end <= cut
                    for other in facts)
        words = re.findall(r"[^\W_][\w'’.-]*", head)
        if fact.kind in ("price", "percent"):
            enough = len(loose) >= 2  # "cycles from ₹4,999" is one offer; "2BHK flats in Whitefield | starting …"
        elif fact.kind in _NAME_KINDS:
            enough = len(words) >= needed and (bool(loose) or named)  # "now | at Ethos" is one phrase
        else:
            enough = len(loose) >= needed or named
        if enough and not any(f.start < cut < f.end for f in facts):
            cuts.append(cut)
    cuts.append(end)
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if text[a:b].strip()]


def _strip_request(text: str, start: int, end: int, request: tuple[tuple[int, int], ...]) -> str:
    return _content(text, start, end, request)[2]


def _role(clause: Clause, text: str, *, before_request: bool = False) -> str:
    kinds = {fact.kind for fact in clause.facts if not (fact.kind == "name" and fact.value)}
    occasions = [fact for fact in clause.facts if fact.kind == "name" and fact.value]
    free = clause.free_words()
    content_words = [word for word in free if word not in _FUNCTION_WORDS]
    if "quote" in kinds and any(fact.kind == "quote" and len(fact.text) >= 0.6 * len(clause.text)
                                for fact in clause.facts):
        return "quote"
    if kinds & _CONTACT_KINDS and len(content_words) <= 4:
        return "contact"
    if kinds and kinds <= _WHEN_KINDS | {"number"} and kinds & _WHEN_KINDS and len(content_words) <= 3 \
            and not occasions and not (clause.start <= 1 and len(content_words) >= 2 and "deadline" not in kinds):
        return "when"  # but a prompt's opening words name the thing: "योग शिविर 21 जून को …"
    if kinds & _OFFER_KINDS and len(content_words) <= 4 and not kinds & {"name", "product", "organisation"}:
        return "offer"
    named = [fact for fact in clause.facts if fact.kind in ("name", "product") and not fact.value]
    priced = [fact for fact in clause.facts if fact.kind in _OFFER_KINDS]
    if named and priced and named[0].start < priced[0].start and len(content_words) <= 3:
        return "item"  # "Butter Chicken ₹349", "OnePlus 13R at ₹39,999"
    if kinds and kinds <= _WHERE_KINDS | {"code", "number"} and kinds & _WHERE_KINDS and not content_words:
        return "where"
    if kinds == {"code"} and set(free) & {"code", "coupon", "promo", "voucher", "कोड"} and len(content_words) <= 3:
        return "code"
    if not kinds and not occasions and len(clause.text.split()) == 1 and re.fullmatch(r"[A-Z][A-Za-z.]{0,5}",
                                                                                      clause.text) \
            and sum(char.isupper() for char in clause.text) >= 2:
        return "tag"  # "MDS", "M.Sc": letters after a name
    if kinds and kinds <= _PEOPLE_KINDS | {"organisation"} and len(content_words) <= 3 \
            and (free[:1] and free[0] in _PERSON_LEADS):
        return "person" if "name" in kinds else "organisation"
    if kinds == {"organisation"} and len(content_words) <= 2:
        return "organisation"
    if kinds == {"name"} and len(content_words) <= 1 and not any(w in ROLE_WORDS for w in free):
        return "person"
    if not kinds and not occasions and len(content_words) <= 4 and (
            text[clause.end:clause.end + 1] == ":" or (before_request and len(content_words) <= 3)):
        return "label"
    return "title"


_FUNCTION_WORDS = frozenset({
    "a", "an", "the", "at", "on", "in", "of", "for", "to", "by", "with", "from", "and", "&", "or", "is", "are",
    "this", "next", "every", "our", "your", "us", "we", "me", "call", "tel", "ph", "phone", "email", "e-mail",
    "mail", "whatsapp", "contact", "visit", "rsvp", "register", "book", "follow", "dm", "website", "web", "site",
    "via", "apply", "join", "order", "online", "now", "only", "just", "starting", "start", "starts", "onwards",
    "upwards", "up", "upto", "off", "flat", "extra", "till", "until", "ends", "ending", "valid", "date", "time",
    "venue", "where", "when", "price", "fee", "fees", "entry", "tickets", "ticket", "today", "tonight", "daily",
    "open", "opens", "mobile", "helpline", "enquiries", "info", "details", "more", "at:", "ये", "पर",
    "से", "तक", "को", "में", "का", "की", "के", "संपर्क", "स्थान", "समय", "दिनांक", "प्रवेश", "शुल्क", "पता",
})
_PERSON_LEADS = frozenset({"with", "by", "featuring", "feat", "ft", "speaker", "speakers", "host", "hosted",
                           "presented", "from", "chef", "coach", "author", "guest", "guests", "and"})
