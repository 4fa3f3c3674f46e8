"""read_brief: a prompt read into a model.Brief — its facts, kind, language, copy, colours, moods and subject."""

from __future__ import annotations

import re
from datetime import date

from aiengine.creative.color_names import ColourMention
from aiengine.creative.model import Brief, Fact, NamedColour
from aiengine.creative.reading.clauses import split_clauses
from aiengine.creative.reading.compose import compose
from aiengine.creative.reading.facts import read_facts
from aiengine.creative.reading.kind import detect_kind
from aiengine.creative.reading.moods import find_moods
from aiengine.creative.reading.occasions import main_occasion
from aiengine.creative.reading.request import PLATFORMS, read_request
from aiengine.creative.reading.subjects import find_subject
from aiengine.creative.reading.text import detect_language, normalise

_GROUND_WORDS = ("background", "bg", "backdrop", "base", "पृष्ठभूमि", "बैकग्राउंड")
_TYPE_WORDS = ("text", "font", "fonts", "lettering", "typography", "headline", "letters")


def _grounds_first(text: str, colours: tuple[ColourMention, ...]) -> tuple[ColourMention, ...]:
    """The named colours, the one said to be the background first and the one said to be the text last."""
    def rank(colour: ColourMention) -> int:
        after = text[colour.end:colour.end + 24].lower().split()
        following = after[0].strip(",.;") if after else ""
        return 0 if following in _GROUND_WORDS else 2 if following in _TYPE_WORDS else 1
    return tuple(sorted(colours, key=rank))


# Small words a request shares with any sentence: never worth naming as request words.
_COMMON = frozenset({"a", "an", "the", "for", "of", "on", "in", "with", "to", "and", "&", "my", "our", "me", "us",
                     "it", "at", "by", "from", "this", "that", "i", "we", "you", "some", "one", "please", "के", "लिए",
                     "का", "की", "पर", "एक", "में", "और", "ل", "عن", "من", "في"})


def _request_words(text: str, spans: tuple[tuple[int, int], ...], words: tuple[str, ...]) -> tuple[str, ...]:
    """The words only the request used: small common words and words also used as content are left out."""
    content = text
    for start, end in spans:
        content = content[:start] + " " * (end - start) + content[end:]
    used = {word.lower() for word in re.findall(r"[^\W\d_][\w'’-]*", content)}
    return tuple(word for word in words if word not in _COMMON and word not in used)


# Facts that name something: a product's or a business's name may tell what to picture.
_NAMED = ("name", "organisation", "venue", "place", "product", "quote")
# Kinds whose designs are text only: nothing to picture even when a noun matches. (A testimonial shows the
# product it praises: "Testimonial for Stride shoes".)
_TEXT_ONLY = frozenset({"quote", "hiring", "invitation"})


def read_brief(prompt: str, *, format_id: str | None = None, today: date | None = None) -> Brief:
    """Everything a design needs from a free-text prompt, in a few milliseconds and without a network.

    Every fact (names, numbers, prices, dates, times, places, contacts, quoted text) is kept verbatim and
    placed in a copy slot; the words that only ask for the design ("Instagram post for", "make it bold",
    "show headphones") are named in `request_words` and never used as copy.
    """
    text = normalise(prompt)
    language = detect_language(text)
    reading = read_facts(text, language=language, today=today)
    facts = reading.facts
    request = read_request(text, facts=tuple((fact.start, fact.end) for fact in facts),
                           colours=tuple((colour.start, colour.end) for colour in reading.colours))
    # a platform read as a name ("X header for …": "X") is part of the request, never a fact
    facts = tuple(fact for fact in facts if not (
        fact.kind == "name" and not fact.value and fact.text.lower() in PLATFORMS
        and any(start <= fact.start and fact.end <= end for start, end in request.spans)))
    occasions = list(reading.occasions)
    occasion = main_occasion(occasions)
    occasion_text = next((text[start:end] for found, start, end in occasions if found is occasion), "")
    kind = detect_kind(text, facts=facts, occasion=occasion, format_hint=request.format_hint or (format_id or ""))
    clauses = split_clauses(text, facts, request.spans)
    copy = compose(kind_id=kind, clauses=clauses, text=text, language=language, occasion=occasion,
                   occasion_text=occasion_text)
    taken = tuple((fact.start, fact.end) for fact in facts)
    moods = find_moods(text, taken=taken)
    names = tuple((fact.kind, fact.start, fact.end) for fact in facts if fact.kind in _NAMED and not fact.value)
    taken = (*((fact.start, fact.end) for fact in facts if fact.kind not in _NAMED or fact.value),
             *((colour.start, colour.end) for colour in reading.colours), *request.spans)
    subject = "" if kind in _TEXT_ONLY and not request.shown else find_subject(
        text, shown=request.shown, names=names, taken=taken, kind=kind)
    return Brief(
        prompt=prompt,
        language=language,
        kind=kind,
        copy=copy,
        facts=tuple(Fact(fact.kind, fact.text, fact.value) for fact in facts),
        colours=tuple(NamedColour(colour.word, colour.hex) for colour in _grounds_first(text, reading.colours)),
        moods=tuple(dict.fromkeys((*moods, *(occasion.moods if occasion else ())))),
        subject=subject,
        occasion=occasion.id if occasion else "",
        format_hint=request.format_hint,
        request_words=_request_words(text, request.spans, request.words),
    )
