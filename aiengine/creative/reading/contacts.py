"""Contact details in a prompt: e-mail addresses, web addresses, handles, hashtags and phone numbers."""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberMatcher

from aiengine.creative.reading.text import Found, Spans, alternation, ascii_digits

# Top-level domains a bare address may end in ("example.in/shop"); a short list keeps "M.Sc" (.sc) and "Rs.199"
# from reading as addresses. Anything starting with http(s):// or www. is an address whatever its ending.
TLDS = frozenset({
    "com", "in", "co.in", "org.in", "net.in", "gov.in", "ac.in", "edu.in", "firm.in", "org", "net", "io", "co",
    "ai", "app", "dev", "shop", "store", "online", "site", "me", "info", "biz", "us", "uk", "co.uk", "org.uk", "ae",
    "gg", "ly", "tv", "xyz", "club", "live", "tech", "world", "de", "fr", "eu", "es", "it", "nl", "ca", "au",
    "com.au", "sg", "com.sg", "jp", "ru", "br", "edu", "gov", "link", "page", "studio", "design", "media", "events",
    "travel", "fashion", "cafe", "restaurant", "health", "care", "art", "pro", "global", "news", "blog", "lk", "np",
    "bd", "pk", "sa", "qa", "om", "kw", "bh", "nz", "za", "ke", "ng", "fm", "to", "gl", "bio", "cc", "so", "academy",
    "agency", "digital", "email", "social", "space", "today", "works", "community",
})

EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}(?![\w@])")
URL = re.compile(
    r"(?<![\w@.\-/])(?:(?:https?://|ftp://)[^\s<>\"'()]+"
    r"|www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}(?:/[^\s<>\"'()]*)?"
    r"|[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:" + alternation(TLDS) + r")(?![A-Za-z0-9-])"
    r"(?:/[^\s<>\"'()]*)?)"
)
HANDLE = re.compile(r"(?<![\w@.])@(?=[A-Za-z_])[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@])")
HASHTAG = re.compile(r"(?<![\w#&])#(?=\w*[^\W\d_])\w{1,60}")
_TRAILING = ".,;:!?)]}'\"’”"

_CUES = r"(?:call|tel|ph|phone|mob|mobile|whatsapp|contact|rsvp|helpline|toll[- ]free|enquiries|bookings?|☎|📞|संपर्क|फ़ोन|फोन|मो\.?|اتصل|هاتف|واتساب)"
_CUE_BEFORE = re.compile(_CUES + r"\W{0,3}$", re.IGNORECASE)
_CUE_DIGITS = re.compile(_CUES + r"\W{0,3}(\+?[0-9०-९٠-٩][0-9०-९٠-٩ ()\-]{6,16}[0-9०-९٠-٩])", re.IGNORECASE)
_NANP = re.compile(r"\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}")
_US_CONTEXT = re.compile(r"\$|\bUSD\b|\b[A-Z]{2} \d{5}\b|\(\d{3}\) ?\d{3}-\d{4}")
_REGION_HINTS = ((re.compile(r"£|\bGBP\b|\.co\.uk\b|\bLondon\b|\bUK\b"), "GB"),
                 (re.compile(r"\bAED\b|\bDubai\b|\bAbu Dhabi\b|\.ae\b|دبي|درهم"), "AE"))


def read_addresses(text: str, spans: Spans) -> list[Found]:
    """E-mail addresses, web addresses, handles and hashtags (hashtags are kept as `handle` facts)."""
    found: list[Found] = []
    for match in EMAIL.finditer(text):
        found.append(Found("email", match.group(), *match.span(), match.group().lower()))
        spans.claim(*match.span())
    for match in URL.finditer(text):
        start, end = match.span()
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        address = text[start:end]
        if not spans.free(start, end) or re.fullmatch(r"(?:[A-Z][a-z]?\.)+[A-Za-z]*", address):
            continue
        value = address if re.match(r"(?i)(?:https?|ftp)://", address) else f"https://{address}"
        found.append(Found("url", address, start, end, value))
        spans.claim(start, end)
    for pattern in (HANDLE, HASHTAG):
        for match in pattern.finditer(text):
            if spans.free(*match.span()):
                found.append(Found("handle", match.group(), *match.span(), match.group().lower()))
                spans.claim(*match.span())
    return found


def phone_regions(text: str, *, language: str, region: str = "IN") -> list[str]:
    """The regions to read national phone numbers in, most likely first (hints: £, Dubai, Arabic script, $)."""
    first = ["AE", "SA"] if language == "ar" else []
    first += [hint for pattern, hint in _REGION_HINTS if pattern.search(text)]
    us = ["US"] if _US_CONTEXT.search(text) else []
    ordered: list[str] = []
    for code in [*first, *us, region, "US", "IN", "GB", "AE"]:
        if code not in ordered:
            ordered.append(code)
    return ordered


_DIGIT_RUN = re.compile(r"\+?[0-9०-९٠-٩](?:[\s().\-/]{0,2}[0-9०-९٠-٩]){6,}")


def may_hold_phone(text: str) -> bool:
    """True when `text` has a run of seven or more digits (with separators): phones need not be looked for otherwise."""
    return bool(_DIGIT_RUN.search(text))


def read_valid_phones(text: str, spans: Spans, regions: list[str]) -> list[Found]:
    """Phone numbers that phonenumbers calls valid in one of `regions` (before dates: +91-80-4567-8910)."""
    numbers: dict[tuple[int, int], tuple[str, str]] = {}
    if not may_hold_phone(text):
        return []
    runs = [match.span() for match in _DIGIT_RUN.finditer(text)]
    for region in regions:
        if numbers and all(any(a <= start and end <= b for a, b in numbers) or not spans.free(start, end)
                           for start, end in runs) and region != "US":
            break
        for match in PhoneNumberMatcher(text, region, leniency=Leniency.VALID):
            start, end = match.start, match.end
            if not spans.free(start, end):
                continue
            raw = match.raw_string
            e164 = phonenumbers.format_number(match.number, PhoneNumberFormat.E164)
            if (start, end) in numbers:
                # a national number valid in two regions: a North-American layout decides for the US
                if region == "US" and not raw.startswith("+") and _NANP.fullmatch(raw):
                    numbers[(start, end)] = (raw, e164)
                continue
            numbers[(start, end)] = (raw, e164)
    found = [Found("phone", raw, start, end, e164) for (start, end), (raw, e164) in sorted(numbers.items())]
    for fact in found:
        spans.claim(fact.start, fact.end)
    return found


def read_possible_phones(text: str, spans: Spans, regions: list[str]) -> list[Found]:
    """Phone-shaped numbers phonenumbers cannot validate, kept when a cue word or a '+' stands before them."""
    numbers: dict[tuple[int, int], tuple[str, str]] = {}
    if not may_hold_phone(text):
        return []

    def taken(start: int, end: int) -> bool:
        return any(a < end and start < b for a, b in numbers)

    for match in PhoneNumberMatcher(text, regions[0], leniency=Leniency.POSSIBLE):
        start, end = match.start, match.end
        raw = match.raw_string
        if not spans.free(start, end):
            continue
        digits = re.sub(r"\D", "", ascii_digits(raw))
        cued = bool(_CUE_BEFORE.search(text[max(0, start - 14):start])) and len(digits) >= 7
        if cued or raw.startswith("+") or _NANP.fullmatch(raw):
            number = match.number
            if _NANP.fullmatch(raw) and not raw.startswith("+"):
                number = phonenumbers.parse(raw, "US")
            numbers[(start, end)] = (raw, phonenumbers.format_number(number, PhoneNumberFormat.E164))
    for match in _NANP.finditer(text):  # "(555) 010-9999": unassigned but phone-shaped
        if spans.free(*match.span()) and not taken(*match.span()):
            numbers[match.span()] = (match.group(), "")
    for match in _CUE_DIGITS.finditer(text):  # digits right after a cue word, in any layout
        if spans.free(*match.span(1)) and not taken(*match.span(1)):
            numbers[match.span(1)] = (match.group(1), "")
    found = [Found("phone", raw, start, end, value) for (start, end), (raw, value) in sorted(numbers.items())]
    for fact in found:
        spans.claim(fact.start, fact.end)
    return found
