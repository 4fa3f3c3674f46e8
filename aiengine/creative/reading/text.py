"""Text helpers of the brief reader: normalising a prompt, claimed spans, scripts and the prompt's language."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

DEVANAGARI_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")
ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
DIGIT = r"[0-9०-९٠-٩]"
DEVANAGARI = "\u0900-\u097F"
ARABIC = "\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF"

# Latin-script Hindi (Hinglish): two or more of these words make a Latin prompt Hinglish.
HINGLISH_WORDS = frozenset({
    "ki", "ka", "ke", "pe", "par", "hai", "hain", "karo", "karein", "sirf", "sab", "kuch", "aur", "liye", "wala",
    "wali", "dhamaka", "dukaan", "aaj", "kal", "se", "shuru", "jaldi", "aao", "aayiye", "mein", "ko", "bhi", "abhi",
    "naya", "nayi", "hamare", "apne", "ghar", "mubarak", "badhai", "shubh", "khushiyan", "milega", "milegi",
})


def normalise(prompt: str) -> str:
    """The prompt in Unicode NFC with runs of white space as single spaces; every fact is a slice of this text."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", prompt or "")).strip()


def ascii_digits(text: str) -> str:
    """`text` with Devanagari and Arabic-Indic digits written as ASCII digits."""
    return text.translate(DEVANAGARI_DIGITS).translate(ARABIC_DIGITS)


def nfc(words: dict[str, str] | set[str] | frozenset[str]) -> dict[str, str] | frozenset[str]:
    """A word table with NFC keys (NFC writes फ़ as फ + nukta, so raw literals would not match NFC text)."""
    if isinstance(words, dict):
        return {unicodedata.normalize("NFC", key): value for key, value in words.items()}
    return frozenset(unicodedata.normalize("NFC", key) for key in words)


def alternation(words: object) -> str:
    """A regex alternation of `words`, longest first."""
    return "|".join(sorted((re.escape(str(word)) for word in words), key=len, reverse=True))  # type: ignore[attr-defined]


@dataclass
class Spans:
    """Character ranges already taken by a fact, so later readers do not reuse the text."""

    length: int
    taken: list[tuple[int, int]] = field(default_factory=list)
    marks: bytearray = field(init=False)

    def __post_init__(self) -> None:
        self.marks = bytearray(self.length + 1)

    def free(self, start: int, end: int) -> bool:
        """True when no taken range overlaps [start, end)."""
        return 1 not in self.marks[start:end]

    def claim(self, start: int, end: int) -> None:
        """Take [start, end)."""
        self.taken.append((start, end))
        self.marks[start:end] = b"\x01" * (end - start)

    def release(self, start: int, end: int) -> None:
        """Give [start, end) back (what other claims still hold stays taken)."""
        self.taken = [span for span in self.taken if span != (start, end)]
        self.marks[start:end] = bytes(end - start)
        for a, b in self.taken:
            if a < end and start < b:
                self.marks[max(a, start):min(b, end)] = b"\x01" * (min(b, end) - max(a, start))


_SCRIPTS = (
    ("Deva", re.compile("[\u0900-\u097F\uA8E0-\uA8FF]")),
    ("Arab", re.compile(f"[{ARABIC}]")),
    ("Beng", re.compile("[\u0980-\u09FF]")),
    ("Taml", re.compile("[\u0B80-\u0BFF]")),
    ("Telu", re.compile("[\u0C00-\u0C7F]")),
    ("Gujr", re.compile("[\u0A80-\u0AFF]")),
    ("Guru", re.compile("[\u0A00-\u0A7F]")),
    ("Latn", re.compile("[A-Za-z\u00C0-\u024F]")),
)
_LANGUAGES = {"Deva": "hi", "Arab": "ar", "Beng": "bn", "Taml": "ta", "Telu": "te", "Gujr": "gu", "Guru": "pa",
              "Latn": "en"}


def detect_language(text: str) -> str:
    """The language of the prompt's words by script: "hi" (Devanagari), "ar", ..., else "en".

    Three or more letters of a non-Latin script decide even when brand names in Latin outnumber them
    ("आज की डील: iPhone 16 Pro" is Hindi). Hinglish written in Latin letters reads as "en": its copy
    stays in Latin script, which is what its reader typed.
    """
    counts = {script: len(pattern.findall(text)) for script, pattern in _SCRIPTS}
    counts = {script: count for script, count in counts.items() if count}
    if not counts:
        return "en"
    other = {script: count for script, count in counts.items() if script != "Latn" and count >= 3}
    script = max(other, key=other.__getitem__) if other else max(counts, key=counts.__getitem__)
    return _LANGUAGES.get(script, "en")


def is_hinglish(text: str) -> bool:
    """True when a Latin-script prompt is Hindi written in Latin letters ("sab kuch 50% off, sirf 3 din")."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    return len(words & HINGLISH_WORDS) >= 2


def has_devanagari(text: str) -> bool:
    """True when `text` holds a Devanagari letter."""
    return bool(re.search(f"[{DEVANAGARI}]", text))


def has_arabic(text: str) -> bool:
    """True when `text` holds an Arabic letter."""
    return bool(re.search(f"[{ARABIC}]", text))


@dataclass(frozen=True)
class Found:
    """A fact found in the normalised prompt: its kind (model.FACT_KINDS), its exact text and where it is."""

    kind: str
    text: str
    start: int
    end: int
    value: str = ""

    def overlaps(self, start: int, end: int) -> bool:
        """True when this fact shares a character with [start, end)."""
        return self.start < end and start < self.end


_ESCAPE = re.compile(r"\\[A-Za-z]|\\.")


def anchor(pattern: str) -> str:
    """A literal every match of `pattern` contains (its first run of plain letters), "" when there is none sure.

    "black\\s*friday" → "black"; "\\d?\\s?bhk" → "bhk"; "headsets?" → "headset"; a pattern opening with a
    group or holding a top-level "|" has none (it is always run).
    """
    plain = _ESCAPE.sub("\x00", pattern)
    if plain.startswith(("(", "[")) or "|" in re.sub(r"\([^()]*\)", "", plain):
        return ""
    plain = re.sub(r".[?*]|\{[^}]*\}", "\x00", plain)  # an optional letter is not in every match
    run = re.match(r"\x00*([^\x00()\[\]{}|.+?*^$\\]+)", plain)
    literal = run.group(1).strip() if run else ""
    return literal if len(literal) >= 2 else ""


_ANCHORS: dict[str, None] = {}  # every literal a Cue needs, in the order they were made


@functools.lru_cache(maxsize=64)
def _present(lower: str, known: int) -> frozenset[str]:
    """The registered literals found in `lower` (`known` keys the cache to the registry's size)."""
    return frozenset(literal for literal in tuple(_ANCHORS)[:known] if literal in lower)


@dataclass(frozen=True)
class Cue:
    """A compiled pattern over lower-cased text that is only run when a literal it needs occurs there."""

    pattern: re.Pattern[str]
    anchors: tuple[str, ...]  # () when some alternative has no anchor: always run

    @classmethod
    def of(cls, alternatives: list[str], wrap: object) -> Cue:
        """The alternation of `alternatives`, each wrapped by `wrap` (a function of one pattern)."""
        anchors = tuple(anchor(alternative) for alternative in alternatives)
        pattern = re.compile("|".join(wrap(alternative) for alternative in alternatives))  # type: ignore[operator]
        needed = () if not all(anchors) else tuple(dict.fromkeys(anchors))
        _ANCHORS.update(dict.fromkeys(needed))
        return cls(pattern, needed)

    def _may_match(self, lower: str) -> bool:
        return not self.anchors or not _present(lower, len(_ANCHORS)).isdisjoint(self.anchors)

    def finditer(self, lower: str) -> list[re.Match[str]]:
        """Every match in `lower` (already lower-cased)."""
        return list(self.pattern.finditer(lower)) if self._may_match(lower) else []

    def search(self, lower: str) -> re.Match[str] | None:
        """The first match in `lower`, or None."""
        return self.pattern.search(lower) if self._may_match(lower) else None
