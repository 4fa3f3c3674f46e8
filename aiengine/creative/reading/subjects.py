"""What a design should show: a subject id of the art index (aiengine/creative/art).

The words after "show …" decide when the prompt has them. Otherwise every word of the prompt that names a
subject is a candidate, and the subject is the thing the prompt is about:
- a thing named in the prompt's own words or in a product's name ("5G phones", "Glow Serum") first;
- then a thing another name tells (a dish "Butter Chicken", a business "Sharma Sweets");
- then theme words ("Diwali" → a diya), and subjects that only picture the
  occasion or the offer (a flame for "flash sale", tickets, confetti for "grand opening");
- and when nothing in the prompt names one, the kind's own picture (a menu: a dish, real estate: a house).
A place the rest happens in ranks with the themes ("save water at home": water). Within a rank the
earliest word wins. In a compound the head names the thing ("5G phones": phones, "home
composting": composting), and a container gives way to what it holds ("a bowl of spaghetti": spaghetti).
People's names, venues, places, prices, dates, contacts and colour words never name a subject ("Race
Course", "nimbus.io", "coral and cream").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from aiengine.creative.art import find_subject as find_in_index
from aiengine.creative.art import subject_in_prompt
from aiengine.creative.art.index import WORD, Match, matches, normalise
from aiengine.creative.kinds import KINDS

# Fact kinds whose words may name the subject, and the rank of a thing they name (lower is stronger): the
# prompt's own words and products first, then names (a dish, a business; a person's rarely holds one) and
# quoted text (a talk's title, what a review praises).
_THING_RANK = {"": 0, "product": 0, "organisation": 1, "name": 1, "quote": 1}
_WEAK = 2
_PLACE_PREPOSITIONS = frozenset({"at", "in", "inside", "near", "around"})
_DETERMINERS = frozenset({"the", "a", "an", "my", "our", "your", "their", "his", "her", "this"})     # theme words, words in other names
_GENERIC = 3  # subjects picturing the occasion or the offer, not the thing


@dataclass(frozen=True)
class _Candidate:
    rank: int
    position: int  # the word index in the whole prompt
    subject_id: str


def _segments(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of `text` outside `spans`, as (start, end)."""
    parts, cursor = [], 0
    for start, end in sorted(spans):
        if start > cursor:
            parts.append((cursor, start))
        cursor = max(cursor, end)
    if cursor < len(text):
        parts.append((cursor, len(text)))
    return parts


def _heads(found: list[Match], words: list[str]) -> list[Match]:
    """The matches that name the thing: a modifier right before its head ("5G phones", "home composting")
    and a container before "of" and its content ("bowl of spaghetti") give way."""
    kept = []
    for index, match in enumerate(found):
        following = found[index + 1] if index + 1 < len(found) else None
        if following is not None and following.strength == WORD and match.strength == WORD:
            adjacent = following.start == match.end and (not following.subject.generic or match.subject.generic)
            holds = following.start == match.end + 1 and words[match.end:match.end + 1] == ["of"]
            if adjacent or holds:
                continue
        kept.append(match)
    return kept


def _where(words: list[str], start: int) -> bool:
    """Whether the words before `start` make it a place the rest happens in: "at home", "in the kitchen"."""
    before = [word for word in words[max(0, start - 3):start] if word not in _DETERMINERS]
    return bool(before) and before[-1] in _PLACE_PREPOSITIONS


def _candidates(piece: str, *, offset: int, source: str, titles: bool = False) -> list[_Candidate]:
    """The candidates of one piece of the prompt; `titles`: the piece ends right before a person's name, so
    its last words are a title ("speaker Mark Lee", "Chef Ranveer"), not a thing."""
    words = normalise(piece).split()
    found = []
    for match in _heads(matches(piece), words):
        if match.subject.generic or (titles and match.end == len(words)):
            rank = _GENERIC
        elif _where(words, match.start):
            rank = _WEAK  # "save water at home": the home is where, the water is what
        elif match.strength == WORD:
            rank = _THING_RANK.get(source, _WEAK)
        else:
            rank = _WEAK
        found.append(_Candidate(rank, offset + match.start, match.subject.id))
    return found


def find_subject(text: str, *, shown: str = "", names: Iterable[tuple[str, int, int]] = (),
                 taken: Iterable[tuple[int, int]] = (), kind: str = "") -> str:
    """The index id of the subject to picture, "" when nothing fits.

    `names` are the prompt's named facts as (fact kind, start, end) — products, organisations, people,
    venues, places; `taken` are spans whose words never name a subject (other facts, colour words, the
    request's own words); `kind` gives the fallback picture when the prompt names nothing the index knows.
    """
    if shown:
        subject = find_in_index(shown) or subject_in_prompt(shown)
        if subject:
            return subject.id
    names = sorted(names, key=lambda item: item[1])
    spans = [(start, end) for _, start, end in names] + list(taken)

    def offset(start: int) -> int:
        return len(normalise(text[:start]).split())

    people = {start for kind_, start, _ in names if kind_ == "name"}
    candidates = []
    for start, end in _segments(text, spans):
        piece = text[start:end]
        titled = bool(piece.strip()) and piece.rstrip()[-1:] not in ",.:;!?" and end in people
        candidates += _candidates(piece, offset=offset(start), source="", titles=titled)
    for source, start, end in names:
        if source in _THING_RANK:
            candidates += _candidates(text[start:end], offset=offset(start), source=source)
    if candidates:
        return min(candidates, key=lambda candidate: (candidate.rank, candidate.position)).subject_id
    fallback = KINDS.get(kind)
    return fallback.subject if fallback is not None else ""
