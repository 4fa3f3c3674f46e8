"""The subject index: which vendored artwork pictures a subject named in English, Hindi or Arabic.

subjects.json lists each subject once: its id (English, lower case), the artworks that show it
(file names in svg/, the first is the main one), the words that name it ("words", per language)
and the weaker words that only suggest it ("themes": "Diwali" suggests a diya, "gym" dumbbells).
"models" are brand or line names that name the subject only before a model number ("Pixel 10",
"Galaxy S24"), and "generic": true marks a subject that pictures the occasion or the offer's mechanics
(a flame for "flash sale", tickets, confetti) rather than a thing the prompt is about.
A prompt's subject is the first word that names one; a theme word counts only when no word does.
English words also match their plurals ("shoe" → "shoes", "party" → "parties"; not the -u words
transliterated from Hindi: "nimbu" is no stem of "Nimbus"); hyphens and
apostrophes are ignored ("t-shirt" = "t shirt", "valentine's" = "valentines"), and Hindi is
matched with and without nukta ("फ़ोन" = "फोन").
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
ART_DIR = HERE / "svg"
INDEX_FILE = HERE / "subjects.json"
LANGUAGES = ("en", "hi", "ar")
WORD, THEME = 0, 1  # match strengths: a naming word beats any theme word

_TOKEN = re.compile(r"[a-z0-9\u00c0-\u024f\u0900-\u097F\u0600-\u06FF]+")
_APOSTROPHES = re.compile(r"['’‘`]")


@dataclass(frozen=True)
class Subject:
    """One picturable subject: its id, its artworks (svg/ file stems) and the words that name it."""

    id: str
    art: tuple[str, ...]
    words: dict[str, tuple[str, ...]]
    themes: dict[str, tuple[str, ...]]
    models: dict[str, tuple[str, ...]] = field(default_factory=dict)
    generic: bool = False  # pictures the occasion or the offer (flash sale, tickets), not the thing itself

    def svg(self, variant: int = 0) -> bytes:
        """The SVG bytes of artwork `variant` (wrapping round the subject's artworks)."""
        return art_svg(self.art[variant % len(self.art)])


def normalise(text: str) -> str:
    """Lower case, NFC, no nukta, no apostrophes, the words separated by one space."""
    text = unicodedata.normalize("NFD", text.lower()).replace("\u093c", "")
    text = _APOSTROPHES.sub("", unicodedata.normalize("NFC", text))
    return " ".join(_TOKEN.findall(text))


def _forms(word: str) -> tuple[str, ...]:
    """A word and, for English, its plural forms."""
    base = normalise(word)
    if not re.fullmatch(r"[a-z0-9 ]+", base) or base[-1].isdigit() or base.endswith("u"):
        return (base,)
    if base.endswith("y") and base[-2:-1] not in tuple("aeiou"):
        return (base, base[:-1] + "ies")
    if base.endswith(("s", "x", "z", "ch", "sh")):
        return (base, base + "es")
    return (base, base + "s")


def _strings(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise ValueError(f"{where}: expected a list of words")
    return tuple(value)


def _parse(entry: object, position: int) -> Subject:
    if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
        raise ValueError(f"subjects.json entry {position}: expected an object with an id")
    where = f"subjects.json {entry['id']!r}"
    art = _strings(entry.get("art"), f"{where} art")
    groups = {}
    for key in ("words", "themes", "models"):
        value = entry.get(key, {})
        if not isinstance(value, dict) or set(value) - set(LANGUAGES):
            raise ValueError(f"{where} {key}: expected words per language ({', '.join(LANGUAGES)})")
        groups[key] = {language: _strings(words, f"{where} {key}.{language}") for language, words in value.items()}
    if not groups["words"]:
        raise ValueError(f"{where}: no words name it")
    generic = entry.get("generic", False)
    if not isinstance(generic, bool):
        raise ValueError(f"{where} generic: expected true or false")
    return Subject(id=entry["id"], art=art, words=groups["words"], themes=groups["themes"],
                   models=groups["models"], generic=generic)


@cache
def load_subjects() -> tuple[Subject, ...]:
    """Every subject of the index, in file order; ValueError when the file is malformed."""
    entries = json.loads(INDEX_FILE.read_text(encoding="utf-8"))
    if not isinstance(entries, list):
        raise ValueError("subjects.json: expected a list of subjects")
    subjects = tuple(_parse(entry, position) for position, entry in enumerate(entries))
    ids = [subject.id for subject in subjects]
    if len(set(ids)) != len(ids):
        raise ValueError("subjects.json: an id is listed twice")
    return subjects


@dataclass(frozen=True)
class _Matcher:
    by_id: dict[str, Subject]
    forms: dict[str, tuple[int, Subject]]  # a normalised form → (strength, subject)
    models: dict[str, Subject]  # a model line's name → its subject, when a model number follows
    longest: int  # words in the longest form


@cache
def _matcher() -> _Matcher:
    forms: dict[str, tuple[int, Subject]] = {}
    for strength, key in ((WORD, "words"), (THEME, "themes")):
        for subject in load_subjects():
            for words in getattr(subject, key).values():
                for word in words:
                    for form in _forms(word):
                        forms.setdefault(form, (strength, subject))
    models = {normalise(word): subject for subject in load_subjects() for words in subject.models.values()
              for word in words}
    longest = max(form.count(" ") + 1 for form in forms)
    return _Matcher(by_id={subject.id: subject for subject in load_subjects()}, forms=forms, models=models,
                    longest=longest)


def subject_by_id(subject_id: str) -> Subject | None:
    """The subject with this index id, or None."""
    return _matcher().by_id.get(subject_id)


@dataclass(frozen=True)
class Match:
    """One naming or theme word found in a text: its strength, its word span and the subject it names."""

    strength: int
    start: int  # word positions in the normalised text
    end: int
    subject: Subject


def matches(text: str) -> list[Match]:
    """Every naming or theme word in `text`, read left to right, the longest phrase at each word first
    ("ice cream" before "cream"); a model line's name counts before a model number ("Pixel 10")."""
    matcher = _matcher()
    words = normalise(text).split()
    found: list[Match] = []
    position = 0
    while position < len(words):
        for length in range(min(matcher.longest, len(words) - position), 0, -1):
            hit = matcher.forms.get(" ".join(words[position:position + length]))
            if hit:
                found.append(Match(hit[0], position, position + length, hit[1]))
                position += length
                break
        else:
            model = matcher.models.get(words[position])
            following = words[position + 1:position + 3]
            if model is not None and any(any(char.isdigit() for char in word) for word in following):
                found.append(Match(WORD, position, position + 1, model))
            position += 1
    return found


def _matches(text: str) -> list[tuple[int, int, Subject]]:
    return [(match.strength, match.start, match.subject) for match in matches(text)]


def subject_in_prompt(prompt: str, *, themes: bool = True) -> Subject | None:
    """The subject a prompt asks to show: the first word naming one, else (unless `themes` is
    False) the first theme word."""
    found = [item for item in _matches(prompt) if themes or item[0] == WORD]
    if not found:
        return None
    return min(found, key=lambda item: item[:2])[2]


def find_subject(word_or_phrase: str) -> Subject | None:
    """The subject a word or short phrase names ("headphones", "चाय", "ice cream", an index id);
    for a longer phrase the first subject a word of it names; None when nothing in it does."""
    text = normalise(word_or_phrase)
    if not text:
        return None
    matcher = _matcher()
    if text in matcher.forms:
        return matcher.forms[text][1]
    if text in matcher.by_id:
        return matcher.by_id[text]
    named = [item for item in _matches(text) if item[0] == WORD]
    return min(named, key=lambda item: item[1])[2] if named else None


@cache
def art_svg(name: str) -> bytes:
    """The vendored SVG of one artwork (a file stem in svg/); KeyError when it is not vendored."""
    path = ART_DIR / f"{name}.svg"
    if not re.fullmatch(r"[a-z0-9-]+", name) or not path.is_file():
        raise KeyError(name)
    return path.read_bytes()
