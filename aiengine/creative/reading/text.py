"""Text helpers of the brief reader: normalising a prompt, claimed spans, scripts and the prompt's language."""

from __future__ import annotations

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

    taken: list[tuple[int, int]] = field(default_factory=list)

    def free(self, start: int, end: int) -> bool:
        """True when no taken range overlaps [start, end)."""
        return all(end <= a or start >= b for a, b in self.taken)

    def claim(self, start: int, end: int) -> None:
        """Take [start, end)."""
        self.taken.append((start, end))

    def release(self, start: int, end: int) -> None:
        """Give [start, end) back."""
        self.taken = [span for span in self.taken if span != (start, end)]


def _script(char: str) -> str:
    code = ord(char)
    if 0x0900 <= code <= 0x097F or 0xA8E0 <= code <= 0xA8FF:
        return "Deva"
    if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0x08A0 <= code <= 0x08FF or 0xFB50 <= code <= 0xFDFF \
            or 0xFE70 <= code <= 0xFEFF:
        return "Arab"
    if 0x0980 <= code <= 0x09FF:
        return "Beng"
    if 0x0B80 <= code <= 0x0BFF:
        return "Taml"
    if 0x0C00 <= code <= 0x0C7F:
        return "Telu"
    if 0x0A80 <= code <= 0x0AFF:
        return "Gujr"
    if 0x0A00 <= code <= 0x0A7F:
        return "Guru"
    if char.isalpha() and code < 0x0250:
        return "Latn"
    return ""


_LANGUAGES = {"Deva": "hi", "Arab": "ar", "Beng": "bn", "Taml": "ta", "Telu": "te", "Gujr": "gu", "Guru": "pa",
              "Latn": "en"}


def detect_language(text: str) -> str:
    """The language of the prompt's words by script: "hi" (Devanagari), "ar", ..., else "en".

    Three or more letters of a non-Latin script decide even when brand names in Latin outnumber them
    ("आज की डील: iPhone 16 Pro" is Hindi). Hinglish written in Latin letters reads as "en": its copy
    stays in Latin script, which is what its reader typed.
    """
    counts: dict[str, int] = {}
    for char in text:
        script = _script(char)
        if script:
            counts[script] = counts.get(script, 0) + 1
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
