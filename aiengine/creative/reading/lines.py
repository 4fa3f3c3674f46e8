"""Lines of copy: casing that spares facts, trimming, leading words, clauses merged into lines, offers as badges."""

from __future__ import annotations

import re

from aiengine.creative.reading.clauses import Clause
from aiengine.creative.reading.text import Found

_TRAILING_HINDI = re.compile(r"\s+(?:का|की|के|पर|में|(?<!ओर )(?<!तरफ़ )(?<!तरफ )से|को|तक)$")


LEADING_FUNCTION = re.compile(r"^(?:at|on|in|with|by|from|for|of|and|&|the|a|an|@|venue|date|time|where|when|"
                               r"पर|में|से|को|का|की|के)\s+", re.IGNORECASE)


_TRAILING_FUNCTION = re.compile(r"\s+(?:at|on|in|with|by|from|for|of|and|&|the|a|an|to|till|until|before|ends?|"
                                r"valid)$", re.IGNORECASE)


_SMALL = frozenset({"a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with", "vs",
                    "via", "per", "as"})


OFFER_QUOTE = re.compile(r"(?i)\b(?:buy|get|free|off|sale|deal|bogo|save|cashback)\b|%")


OFFER_WORDS = frozenset({"off", "upto", "up", "to", "flat", "extra", "discount", "only", "just", "from", "starting",
                          "at", "on", "all", "cashback", "save", "onwards", "now", "was", "छूट", "तक", "की", "से",
                          "शुरू", "सिर्फ", "خصم", "على", "taxes", "tax", "plus", "gst", "entry", "fee", "fees",
                          "tickets", "ticket", "per", "person", "couple", "two", "and", "more", "price", "prices",
                          "प्रवेश", "शुल्क", "फीस"})


def fact_spans(line: str, facts: tuple[Found, ...]) -> list[tuple[int, int]]:
    """Where the facts stand in a line of copy."""
    spans = []
    for fact in facts:
        start = line.find(fact.text)
        while start >= 0:
            spans.append((start, start + len(fact.text)))
            start = line.find(fact.text, start + 1)
    return spans


def capitalise(line: str, facts: tuple[Found, ...]) -> str:
    """The line with its first letter capitalised, unless that letter belongs to a fact ("iPhone", "example.in")."""
    if not line or not line[0].islower() or any(a <= 0 < b for a, b in fact_spans(line, facts)):
        return line
    return line[0].upper() + line[1:]


def cased(line: str, casing: str, facts: tuple[Found, ...]) -> str:
    """A headline in the kind's casing; letters inside facts are never changed, nor words the prompt capitalised."""
    if casing not in ("title", "upper"):
        return capitalise(line, facts)
    spans = fact_spans(line, facts)
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


def unlead(line: str, facts: tuple[Found, ...]) -> str:
    """The line without a leading "at", "on", "with" … unless that word starts a fact ("The Leela Palace")."""
    stripped = LEADING_FUNCTION.sub("", line)
    if stripped != line and any(fact.text in line and fact.text not in stripped for fact in facts):
        return line
    return stripped


def trim(line: str, facts: tuple[Found, ...] = (), *, cut: bool = False) -> str:
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


def without(line: str, part: str) -> str:
    """`line` with `part` taken out and the edges tidied ("Wedding reception of Neha & Vikram" − names)."""
    rest = trim(LEADING_FUNCTION.sub("", trim(line.replace(part, " ", 1))))
    return "" if LEADING_FUNCTION.match(rest + " ") and len(rest.split()) == 1 else rest


def people(clause: Clause) -> list[Found]:
    """The people and couples a clause names (occasions, which are names too, left out)."""
    return [fact for fact in clause.facts if fact.kind == "name" and not fact.value]


def badge_of(clause: Clause, text: str) -> tuple[str, str]:
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
    rest = trim(rest + " " + after[tail.end():] if tail else rest + " " + after, clause.facts, cut=True)
    units = len(clause.free_words()) + len(clause.facts)
    if units <= 4 and not any(fact.kind in ("name", "organisation", "product", "quote", "date")
                              and not fact.value for fact in clause.facts):
        badge, rest = clause.text, ""
    badge = re.sub(r"^(?:at|@|for)\s+|^@", "", badge.strip(), flags=re.IGNORECASE)
    return badge, rest


def merge_lines(clauses: list[Clause], text: str = "") -> list[Clause]:
    """Neighbouring lines a designer sets as one: date · time, venue, city; a name continuing its clause."""
    merged: list[Clause] = []
    for clause in clauses:
        last = merged[-1] if merged else None
        if last and last.role == "when" and clause.role == "when":
            merged[-1] = join_lines(last, clause, " · ")
        elif last and clause.role == "where" and last.role == "person" and not lead_word(last) and not lead_word(clause) \
                and len(merged) > 1 and len(people(last)) == 1 and "&" not in last.text and " और " not in last.text:
            merged[-1] = join_lines(Clause(last.start, last.end, last.text, last.facts, "where"), clause, ", ")
        elif last and last.role == "where" and (clause.role == "where" or (
                clause.role in ("person", "title") and not clause.joined and address_piece(clause))):
            merged[-1] = join_lines(last, clause, ", ")
        elif last and last.role == "person" and clause.role == "person" and not lead_word(clause) \
                and "|" not in text[last.end:clause.start]:  # "Ananya Iyer | Data Scientist" stay apart
            merged[-1] = join_lines(last, clause, ", ")
        elif last and last.role == "item" and clause.role == "offer" and clause.joined:
            merged[-1] = join_lines(last, clause, " ")
        else:
            merged.append(clause)
    return merged


def address_piece(clause: Clause) -> bool:
    """"Santa Monica", "TX", "CA 90401", "पटना": a short capitalised piece of an address."""
    words = clause.text.split()
    if not re.search(r"[A-Za-z]", clause.text):
        return any(fact.kind in ("place", "venue", "name", "organisation") and fact.text == clause.text
                   for fact in clause.facts)
    return len(words) <= 3 and all(word[:1].isupper() or word[:1].isdigit() for word in words) and not lead_word(clause)


def lead_word(clause: Clause) -> str:
    """The word introducing a clause's name ("with", "by", "at" …), "" when it has none."""
    first = clause.text.split()[0].lower() if clause.text.split() else ""
    return first if first in ("with", "by", "from", "at", "featuring", "speakers", "speaker", "ft.", "feat.") else ""


def join_lines(first: Clause, second: Clause, separator: str) -> Clause:
    """Two clauses set as one line, with the first one's role."""
    return Clause(first.start, second.end, f"{first.text}{separator}{second.text}", first.facts + second.facts,
                  first.role, joined=first.joined)


def is_feature(line: Clause) -> bool:
    """A short feature with no fact: "pool", "gym", "placement support" (set on one line, dot-separated)."""
    return line.role == "title" and not line.facts and 1 <= len(line.text.split()) <= 2
