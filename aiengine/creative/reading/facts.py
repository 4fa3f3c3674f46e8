"""Every fact of a prompt, kept verbatim: each reader claims its text so that later ones cannot reuse it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from aiengine.creative.color_names import ColourMention, find_colours
from aiengine.creative.reading import amounts, contacts, names, when
from aiengine.creative.reading.occasions import Occasion, find_occasions
from aiengine.creative.reading.text import (
    ARABIC,
    DEVANAGARI,
    Found,
    Spans,
    has_arabic,
    has_devanagari,
)

QUOTE = re.compile(
    r"(?:(?<![\w])'(?=\S)(?P<a>(?:[^'\n]|(?<=\w)'(?=\w)){1,120}?)(?<=\S)'(?![\w]))"  # "I've" inside
    r"|(?:\"(?P<b>[^\"\n]{1,160})\")"
    r"|(?:“(?P<c>[^”\n]{1,160})”)"
    r"|(?:‘(?P<d>[^’\n]{1,160})’(?!\w))"
    r"|(?:«(?P<e>[^»\n]{1,160})»)"
)
_US_CONTEXT = re.compile(r"\$|\bUSD\b|\b[A-Z]{2} \d{5}\b|\(\d{3}\) ?\d{3}-\d{4}")


@dataclass(frozen=True)
class Reading:
    """What the fact readers found: the facts in order, the colours named, and the occasions with their spans."""

    facts: tuple[Found, ...]
    colours: tuple[ColourMention, ...]
    occasions: tuple[tuple[Occasion, int, int], ...]


def read_facts(text: str, *, language: str, today: date | None = None, region: str = "IN") -> Reading:
    """The facts of a normalised prompt (see text.normalise), each an exact slice of it."""
    today = today or date.today()
    spans = Spans(len(text))
    found: list[Found] = []
    quotes = []
    for match in QUOTE.finditer(text):
        group = next(name for name in "abcde" if match.group(name) is not None)
        if match.group(group).strip():
            quotes.append(Found("quote", match.group(group), *match.span(group)))
    found += contacts.read_addresses(text, spans)
    occasions = find_occasions(text)
    for occasion, start, end in occasions:
        proper = text[start].isupper() or bool(re.match(f"[{DEVANAGARI}{ARABIC}]", text[start]))
        if spans.free(start, end) and occasion.festival and proper:
            found.append(Found("name", text[start:end], start, end, occasion.id))
            if not re.match(f"[{DEVANAGARI}{ARABIC}]", text[start:end]):
                spans.claim(start, end)  # "Black Friday" is not a weekday; Hindi ones may start a longer name
    found += amounts.read_codes(text, spans)
    regions = contacts.phone_regions(text, language=language, region=region)
    found += contacts.read_valid_phones(text, spans, regions)
    found += when.read_dates(text, spans, today=today, us=bool(_US_CONTEXT.search(text)))
    found += when.read_times(text, spans)
    found += contacts.read_possible_phones(text, spans, regions)
    found += amounts.read_prices(text, spans)
    found += amounts.read_percents(text, spans)
    alphanumerics = amounts.read_alphanumerics(text, spans)
    found += alphanumerics
    colours = tuple(find_colours(text, taken=tuple(spans.taken)))
    for colour in colours:
        spans.claim(colour.start, colour.end)
    for quote in quotes:
        spans.claim(quote.start, quote.end)  # the quote keeps the names inside it verbatim already
    # model numbers may join a name ("OnePlus 13R"): names see the alphanumerics' text as free
    for fact in alphanumerics:
        spans.release(fact.start, fact.end)
    keep = frozenset(text[start:end] for occasion, start, end in occasions if occasion.festival)
    latin = names.read_latin_names(text, spans, keep=keep)
    for fact in alphanumerics:
        spans.claim(fact.start, fact.end)
    found += _trim_names(latin, alphanumerics, text)
    if has_devanagari(text):
        found += names.read_devanagari_names(text, spans)
    if has_arabic(text):
        found += names.read_arabic_names(text, spans)
    found += amounts.read_numbers(text, spans)
    found += quotes
    occasion_spans = {(start, end) for _, start, end in occasions}
    typed = [Found(names.name_kind(fact, text, occasion=(fact.start, fact.end) in occasion_spans), fact.text,
                   fact.start, fact.end, fact.value) if fact.kind == "name" else fact for fact in found]
    typed.sort(key=lambda fact: (fact.start, -fact.end))
    return Reading(facts=tuple(_dedupe(typed)), colours=colours, occasions=tuple(occasions))


def _trim_names(found: list[Found], alphanumerics: list[Found], text: str) -> list[Found]:
    """Names that are only an alphanumeric ("BHK" of "3 BHK") go; one starting with one loses it ("Class 10 CBSE")."""
    kept = []
    for fact in found:
        start, end = fact.start, fact.end
        drop = False
        for number in alphanumerics:
            if number.end <= start or number.start >= end or (start < number.start and number.end <= end):
                continue
            if number.start <= start and number.end >= end:
                drop = True
            elif number.start <= start < number.end:
                start = number.end
                while start < end and text[start] == " ":
                    start += 1
                drop = start >= end
        if not drop:
            kept.append(Found(fact.kind, text[start:end], start, end, fact.value))
    return kept


def _dedupe(found: list[Found]) -> list[Found]:
    seen: set[tuple[str, int, int]] = set()
    unique = []
    for fact in found:
        key = (fact.kind, fact.start, fact.end)
        if key not in seen:
            seen.add(key)
            unique.append(fact)
    return unique
