"""Proper nouns in a prompt: people, businesses, products, venues and places, read from capitalisation and cues."""

from __future__ import annotations

import re

from aiengine.creative.reading.name_words import (
    CONNECTORS,
    EVENT_NOUNS,
    HI_PLACE_WORDS,
    HI_STOP,
    HI_TITLES,
    HI_VENUE_WORDS,
    NAME_BREAKERS,
    NOT_NAMES,
    ORGANISATION_WORDS,
    PLACE_WORDS,
    ROLE_WORDS,
    TITLES,
    VENUE_WORDS,
)
from aiengine.creative.reading.text import DEVANAGARI, Found, Spans, alternation

_TOKEN = re.compile(r"[^\W\d_][\w'’.\-]*[\w.]|[^\W\d_]|\d[\w]*|&")
_CLAUSE_END = ".!?:;—–|\n"
_RUN_BREAK = re.compile(r"[,;:!?()|\"“”]|\s[-–—]\s")
_DEVANAGARI_WORD = re.compile(f"[{DEVANAGARI}]+")


def _capitalised(piece: str) -> bool:
    if piece in CONNECTORS or piece == "&":
        return False
    first = piece[0]
    return first.isupper() or (first.islower() and any(char.isupper() for char in piece[1:]))  # iPhone, eBay


def _base(piece: str) -> str:
    return re.split(r"['’]", piece.rstrip(".'’"))[0].lower()


def _breaker(piece: str, *, running: bool = False, following: str = "") -> bool:
    base = _base(piece)
    if running and piece[:1].isupper() and base in ORGANISATION_WORDS | VENUE_WORDS and following.lower() != "now":
        return False  # "The Wool Shop", "Hall"
    if base == "new" and following[:1].isupper() and _base(following) not in NAME_BREAKERS:
        return False  # "New York", "New Delhi"
    return base in NAME_BREAKERS and not (piece.endswith(".") and len(base) == 1)  # "A." is an initial


def _clause_initial(text: str, start: int) -> bool:
    index = start - 1
    while index >= 0 and text[index] in " \t\"'‘“(":
        index -= 1
    return index < 0 or text[index] in _CLAUSE_END


def read_latin_names(text: str, spans: Spans, *, keep: frozenset[str] = frozenset()) -> list[Found]:
    """Runs of capitalised words ("Priya & Arjun", "The Leela Palace", "iPhone 16 Pro", "Dr. Meera Rao").

    A run may hold connectors (&, of, de), titles, initials, a trailing model number ("16", "13R") and the
    honorific "ji"; request words and punctuation end it. A single sentence-case word at the start of a
    clause ("Yoga retreat") is a common word, not a name, unless it is in `keep` (occasions).
    """
    tokens = [(match.group(), match.start(), match.end()) for match in _TOKEN.finditer(text)]
    runs: list[list[int]] = []
    run: list[int] = []
    for index, (piece, start, end) in enumerate(tokens):
        free = spans.free(start, end)
        title = piece in TITLES or piece.rstrip(".") + "." in TITLES
        following = tokens[index + 1][0] if index + 1 < len(tokens) else ""
        if free and piece == "A" and run and not _capitalised(following or "x"):
            run.append(index)  # "Series A", "Plan A"
        elif free and not _breaker(piece, running=bool(run), following=following) and (_capitalised(piece) or title):
            run.append(index)
        elif free and run and (piece in CONNECTORS or piece == "&") and following and _capitalised(following) \
                and not _breaker(following) and _base(tokens[run[-1]][0]) not in ROLE_WORDS:
            run.append(index)
        elif free and run and piece[0].isdigit() and not tokens[run[-1]][0][0].isdigit() and end - start <= 4 \
                and not re.fullmatch(r"\d+(?:st|nd|rd|th)", piece):
            run.append(index)  # iPhone 16 Pro, Nike Air Max 90, Sector 18
        elif free and run and piece.lower() in ("ji", "sahab", "saheb", "bhai"):
            run.append(index)
            runs.append(run)
            run = []
        else:
            if run:
                runs.append(run)
            run = []
        if run and index + 1 < len(tokens) and _RUN_BREAK.search(text[end:tokens[index + 1][1]]):
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    found: list[Found] = []
    for run in runs:
        while run and (tokens[run[-1]][0] in CONNECTORS or tokens[run[-1]][0] == "&"):
            run = run[:-1]
        while run and (tokens[run[0]][0] in CONNECTORS or tokens[run[0]][0] == "&"
                       or tokens[run[0]][0][0].isdigit()):
            run = run[1:]
        if not run:
            continue
        words = [tokens[index][0] for index in run]
        if all(word in TITLES or word.rstrip(".") + "." in TITLES for word in words):
            continue
        start, end = tokens[run[0]][1], tokens[run[-1]][2]
        written = text[start:end]
        if written.endswith(".") and not re.search(r"(?:\b[A-Z][a-z]{0,3}|\b[A-Z])\.$", written):
            written, end = written[:-1], end - 1
        letters = [word for word in words if not word[0].isdigit()]
        if re.search(r"['’]s$", written) and re.match(r"\s+[a-z0-9]", text[end:]) and len(letters) <= 2:
            written, end = written[:-2], end - 2  # "Aarav's 5th birthday": the name is "Aarav"
        possessive = text[end:end + 2] in ("'s", "’s")
        if len(letters) == 1 and _base(letters[0]) in EVENT_NOUNS:
            continue
        after_label = bool(re.search(r":\s*$", text[:start])) and bool(re.match(r"\s*(?:[—–,:;-]|$)", text[end:]))
        if len(letters) == 1 and _clause_initial(text, start) and words[0][0].isupper() and words[0][1:].islower() \
                and written not in keep and not possessive and not after_label:
            continue  # "Yoga retreat": a common word; but "launch: Zesty — …" is a name
        if written.upper() in NOT_NAMES or not spans.free(start, end):
            continue
        found.append(Found("name", written, start, end))
        spans.claim(start, end)
    return found


def read_devanagari_names(text: str, spans: Spans) -> list[Found]:
    """Hindi names without capitals: a title and its words, short comma segments, venue phrases, couples."""
    found: list[Found] = []

    def add(start: int, end: int) -> None:
        if spans.free(start, end):
            found.append(Found("name", text[start:end], start, end))
            spans.claim(start, end)

    for match in re.finditer(rf"(?:{alternation(HI_TITLES)})\s*(?:[{DEVANAGARI}]+\s?){{1,3}}", text):
        words = text[match.start():match.end()].rstrip().split()
        while len(words) > 1 and words[-1] in HI_STOP:
            words.pop()
        add(match.start(), match.start() + len(" ".join(words)))
    for couple in re.finditer(rf"(?<![{DEVANAGARI}])([{DEVANAGARI}]+)\s+और\s+([{DEVANAGARI}]+)(?:\s+जी)?(?=\s*[,।]|$)",
                              text):
        if couple.group(1) not in HI_STOP and couple.group(2) not in HI_STOP:
            add(couple.start(), couple.end())
    for segment in re.finditer(r"[^,।:!\n;|()]+", text):
        words = [(word.group(), segment.start() + word.start(), segment.start() + word.end())
                 for word in re.finditer(r"\S+", segment.group())]
        runs: list[list[tuple[str, int, int]]] = []
        run: list[tuple[str, int, int]] = []
        for word, start, end in words:
            core = word.strip(".'\"‘’“”")
            if _DEVANAGARI_WORD.fullmatch(core) and core not in HI_STOP and spans.free(start, end):
                run.append((word, start, end))
            else:
                if run:
                    runs.append(run)
                run = []
        if run:
            runs.append(run)
        content = segment.group().strip()
        for run in runs:
            start, end = run[0][1], run[-1][2]
            if re.match(r"\s*:", text[end:]):
                continue  # "सुविचार:", "ग्राहक की राय:" label what follows
            honorific = re.match(r"\s+जी(?![\wऀ-ॿ])", text[end:])
            if honorific:
                end += honorific.end()  # "सुनीता जी": the honorific is part of how she is named
            written = text[start:end]
            venue = any(word.strip(".") in HI_VENUE_WORDS for word, _, _ in run)
            whole = content == written or (content.endswith(written) and len(content.split()) <= 4)
            signed = bool(re.search(r"[—–-]\s*$", text[:start]))  # "… ' - महात्मा गांधी": who said it
            if (venue and len(run) <= 4) or ((whole or signed) and len(run) <= 3):
                add(start, end)
    return found


ARABIC_VENUE_WORDS = ("فندق", "قاعة", "مطعم", "مركز", "نادي", "حديقة", "مسرح", "شارع", "مول", "متجر", "منتجع")


def read_arabic_names(text: str, spans: Spans) -> list[Found]:
    """Arabic names: a business after "من" (from) or "في" (at), "من عطور النور"; a venue, "فندق ريتز كارلتون"."""
    found: list[Found] = []
    venue = "|".join(ARABIC_VENUE_WORDS)
    for match in re.finditer(rf"(?:(?<=\s)|^)(?:{venue})(?:\s+[\u0621-\u064A]+){{1,3}}", text):
        if spans.free(*match.span()):
            found.append(Found("name", match.group(), *match.span()))
            spans.claim(*match.span())
    for match in re.finditer(r"(?:(?<=\s)|^)(?:من|في|لدى)\s+((?:ال)?[\u0621-\u064A]+(?:\s+(?:ال)[\u0621-\u064A]+){1,2})",
                             text):
        start, end = match.span(1)
        if spans.free(start, end):
            found.append(Found("name", match.group(1), start, end))
            spans.claim(start, end)
    return found


_PERSON_CUES = re.compile(r"(?:\b(?:by|with|ft\.?|feat\.?|featuring|speaker|speakers|host(?:ed)? by|author|"
                          r"chef|coach|from|for|of)\s*:?\s*)$", re.IGNORECASE)
_PLACE_CUES = re.compile(r"(?:\b(?:in|near|across|to)\s+)$", re.IGNORECASE)
_VENUE_CUES = re.compile(r"(?:\b(?:at|venue|@)\s*:?\s*)$", re.IGNORECASE)
_PRODUCT_CUES = re.compile(r"(?:\b(?:launch(?:ing)?|introducing|meet the|new|pre-?order|restock)\s+(?:the\s+|of\s+)?)$",
                           re.IGNORECASE)


def name_kind(fact: Found, text: str, *, occasion: bool) -> str:
    """What a name is (model.FACT_KINDS): name (person/couple), organisation, product, venue or place."""
    if occasion:
        return "name"
    words = [word.strip(".,'’").lower() for word in re.split(r"\s+", fact.text)]
    last = words[-1].removesuffix("'s").removesuffix("’s")
    before = text[max(0, fact.start - 24):fact.start]
    after = text[fact.end:fact.end + 20]
    if words[0] in ARABIC_VENUE_WORDS:
        return "venue"
    if any(word in VENUE_WORDS for word in words) or any(word in HI_VENUE_WORDS - HI_PLACE_WORDS for word in words):
        return "venue" if not any(word in ORGANISATION_WORDS for word in words) or "hotel" in words else "organisation"
    if last in ORGANISATION_WORDS or any(word in ("pvt", "ltd", "inc", "llc", "&co", "co.") for word in words):
        return "organisation"
    if any(word in PLACE_WORDS for word in words) or any(word in HI_PLACE_WORDS for word in words):
        return "place"
    if re.search(r"\d", fact.text) or re.search(r"[a-z][A-Z]", fact.text) and not re.search(r"\bTEDx", fact.text):
        if _PRODUCT_CUES.search(before) or re.search(r"\d", fact.text):
            return "product"
    if _PRODUCT_CUES.search(before):
        return "product"
    first = fact.text.split()[0]
    if first in TITLES or first.rstrip(".") + "." in TITLES or "&" in fact.text or " और " in fact.text \
            or fact.text.lower().endswith(" ji") or any(fact.text.startswith(title) for title in HI_TITLES):
        return "name"
    if _VENUE_CUES.search(before):
        return "venue" if len(words) > 1 else "place"
    if _PLACE_CUES.search(before) or re.match(r"\s*(?:[,.;]|$)", after) and re.search(r",\s*$", before) \
            and len(words) == 1:
        return "place"
    return "name"
