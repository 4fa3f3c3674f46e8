"""Read a creative brief out of a free-text prompt: copy, offer, occasion, subject, mood, language."""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

from aiengine.creative.lexicon import (
    CATEGORY_CTA,
    CATEGORY_NAMES,
    CATEGORY_PROBLEMS,
    CATEGORY_WORDS,
    COLOR_WORDS,
    CTA_PHRASES,
    MOOD_HINDI,
    MOOD_WORDS,
    OCCASIONS,
    PLATFORMS,
    PROBLEMS,
    PRODUCTS,
    Occasion,
    Product,
)

_DEVANAGARI = re.compile(r"[\u0900-\u097F]")
_LATIN = re.compile(r"[A-Za-z]")
_AMOUNT = r"\d+(?:,\d{2,3})*(?:\.\d{1,2})?"
_CURRENCY = r"(?:₹|rs\.?|inr|\$|usd|€|eur|£|gbp)"
_SYMBOLS = {"rs": "₹", "rs.": "₹", "inr": "₹", "₹": "₹", "$": "$", "usd": "$", "€": "€", "eur": "€", "£": "£",
            "gbp": "£"}
_SALE_WORDS = re.compile(r"(?<![a-z])(sale|deals?|discounts?|offers?|off|clearance|bogo|savings?)(?![a-z])|सेल|छूट|ऑफ़र|ऑफर")
_LAUNCH_WORDS = re.compile(r"(?<![a-z])(launch|launching|introducing|new arrivals?|new collection|just dropped|"
                           r"coming soon|now available)(?![a-z])|नया|नई|लॉन्च")
_MOOD_SYNONYMS = {"luxurious": "luxury", "minimalist": "minimal", "colourful": "colorful", "classy": "elegant",
                  "sleek": "modern", "stylish": "modern", "simple": "minimal", "golden": "gold", "cosy": "cozy",
                  "grey": "gray"}
_HEADLINE_MOODS = ("premium", "luxury", "elegant", "fresh", "classic", "royal",
                   "organic", "natural", "sporty")
_CATEGORY_SUBHEADS = {
    "software": "The Smarter Way to Get Work Done",
    "electronics": "Engineered for Everyday Brilliance",
    "fashion": "Fresh Styles, Just Dropped",
    "food": "Made Fresh, Served with Love",
    "beauty": "Your New Everyday Essential",
    "home": "Designed for Living Well",
    "fitness": "Your Strongest Self Starts Here",
    "education": "Learn the Skills That Matter",
    "travel": "Your Next Escape Awaits",
}
_SEASONS = ("Weekend", "Summer", "Wedding Season", "Back to School")
_CATEGORY_TAGLINES = {
    "electronics": "Upgrade Your Tech",
    "fashion": "Style That Speaks",
    "food": "Freshly Made for You",
    "beauty": "Glow Every Day",
    "home": "Make Home Beautiful",
    "fitness": "Stronger Every Day",
    "education": "Learn Without Limits",
    "software": "Work Smarter",
    "travel": "Escape the Ordinary",
    "auto": "Drive the Future",
    "kids": "Made for Little Ones",
}
_FILLER = {"a", "an", "the", "for", "of", "to", "and", "with", "our", "my", "create", "make", "design", "post",
           "ad", "ads", "advert", "advertisement", "instagram", "facebook", "linkedin", "story", "banner", "poster",
           "flyer", "please", "in", "on", "theme", "style", "image", "graphic", "social", "media", "show",
           "showing", "featuring", "new", "campaign", "creative", "about", "that", "is", "it"}


@dataclass(frozen=True)
class Brief:
    """The creative brief read from a prompt: the copy and the cues for palette and layout."""

    prompt: str
    headline: str
    subhead: str = ""
    offer: str = ""
    cta: str = "Shop Now"
    subject: str = ""
    category: str = ""
    occasion: str = ""
    mood: tuple[str, ...] = ()
    colors: tuple[str, ...] = ()
    platform: str = ""
    language: str = "en"
    problem: str = ""

    def summary(self) -> dict[str, str]:
        """The brief as the API's `briefSummary` (camelCase keys)."""
        return {"headline": self.headline, "subhead": self.subhead, "offer": self.offer, "cta": self.cta}


def detect_language(text: str) -> str:
    """`hi` when the prompt is mostly Devanagari, else `en`."""
    devanagari = len(_DEVANAGARI.findall(text))
    latin = len(_LATIN.findall(text))
    if devanagari and devanagari >= 0.3 * (devanagari + latin):
        return "hi"
    return "en"


def _word(pattern: str) -> str:
    """A pattern that matches as a whole word for Latin text, as a substring for Devanagari."""
    if _DEVANAGARI.search(pattern):
        return pattern
    return rf"(?<![a-z0-9]){pattern}(?![a-z])"


def _first_match(text: str, patterns: Iterable[str]) -> re.Match[str] | None:
    best: re.Match[str] | None = None
    for pattern in patterns:
        found = re.search(_word(pattern), text)
        if found and (best is None or found.start() < best.start()):
            best = found
    return best


def find_occasion(text: str) -> Occasion | None:
    """The occasion mentioned first in `text` (lower-cased), if any; specific names win over seasons."""
    found: list[tuple[int, int, Occasion]] = []
    for rank, occasion in enumerate(OCCASIONS):
        match = _first_match(text, occasion.patterns)
        if match:
            found.append((rank, match.start(), occasion))
    if not found:
        return None
    found.sort(key=lambda item: (item[0] >= len(OCCASIONS) - 3, item[1], item[0]))
    return found[0][2]


def find_product(text: str) -> Product | None:
    """The product noun mentioned in `text` (lower-cased): the most specific one, then the first."""
    found: list[tuple[int, int, Product]] = []
    for rank, product in enumerate(PRODUCTS):
        lengths = [len(m.group(0)) for pattern in product.patterns for m in re.finditer(_word(pattern), text)]
        if lengths:
            found.append((-max(lengths), rank, product))
    if not found:
        return None
    found.sort(key=lambda item: (item[0], item[1]))
    return found[0][2]


def find_category(text: str) -> str:
    """A product category named outright (electronics, fashion …), if any."""
    for category, words in CATEGORY_WORDS.items():
        if _first_match(text, words):
            return category
    return ""


def _money(symbol: str, amount: str) -> str:
    return f"{_SYMBOLS.get(symbol.lower().strip(), symbol)}{amount.replace(' ', '')}"


def _is_threshold(lead: str | None) -> bool:
    """"above ₹500", "orders over $50": a minimum spend, not the offer itself."""
    return bool(lead) and bool(re.match(r"(above|over|orders?)", lead.strip()))


def find_offer(text: str, *, language: str = "en") -> str:
    """The headline offer: "40% OFF", "Up to 50% OFF", "Buy 1 Get 1", "Flat ₹200 OFF", "₹999", "Free Shipping"."""
    lower = text.lower()
    hindi = language == "hi"
    match = re.search(r"(?<![a-z])buy\s*(\d+|one|two)\s*get\s*(\d+|one)(\s*free)?", lower)
    if match or re.search(r"(?<![a-z])bogo(?![a-z])", lower) or "एक के साथ एक" in text:
        numbers = {"one": "1", "two": "2"}
        buy = numbers.get(match.group(1), match.group(1)) if match else "1"
        get = numbers.get(match.group(2), match.group(2)) if match else "1"
        if hindi:
            return f"{buy} खरीदें {get} मुफ़्त"
        return f"Buy {buy} Get {get}" + (" Free" if match and match.group(3) else "")
    match = re.search(rf"flat\s*({_CURRENCY})\s*({_AMOUNT})\s*(?:off|discount|की छूट|छूट)", lower)
    if match:
        money = _money(match.group(1), match.group(2))
        return f"फ्लैट {money} छूट" if hindi else f"Flat {money} OFF"
    match = re.search(r"(up\s*to|upto|flat|extra|min(?:imum)?|तक)?\s*(\d{1,2})\s*%\s*(तक)?", lower)
    if match:
        prefix = (match.group(1) or "").replace(" ", "")
        percent = match.group(2)
        if hindi:
            upto = "तक " if (prefix in ("upto", "तक") or match.group(3)) else ""
            return f"{percent}% {upto}छूट"
        label = {"upto": "Up to ", "flat": "Flat ", "extra": "Extra ", "min": "Min ", "minimum": "Min "}.get(prefix, "")
        return f"{label}{percent}% OFF"
    match = next((m for m in re.finditer(
        rf"(starting\s*(?:at|from)?|from|at\s*just|just|only|under|@|above|over|orders?\s*(?:of|above|over)?)?"
        rf"\s*({_CURRENCY})\s*({_AMOUNT})", lower) if not _is_threshold(m.group(1))), None)
    if match:
        money = _money(match.group(2), match.group(3))
        lead = (match.group(1) or "").strip()
        if hindi:
            return f"सिर्फ़ {money}"
        words = {"starting at": "Starting ", "starting from": "Starting ", "starting": "Starting ", "from": "From ",
                 "at just": "Just ", "just": "Just ", "only": "Only ", "under": "Under ", "@": "Just "}
        lead = re.sub(r"\s+", " ", lead)
        return f"{words.get(lead, '')}{money}"
    match = re.search(rf"({_AMOUNT})\s*(?:rupees|/-)", lower)
    if match:
        return f"सिर्फ़ ₹{match.group(1)}" if hindi else f"Just ₹{match.group(1)}"
    match = re.search(r"free\s*(shipping|delivery)", lower)
    if match:
        return "फ्री डिलीवरी" if hindi else f"Free {match.group(1).title()}"
    match = re.search(r"(?<![a-z])free\s+([a-z]{3,20})\s+(?:with|on)\s+(?:every|each|all|your)", lower)
    if match and not hindi:
        return f"Free {match.group(1).title()}"
    match = re.search(r"(first\s+(?:week|month|class|lesson|session)\s+free|free\s+trial|\d+\s*(?:days?|months?)\s+free)",
                      lower)
    if match:
        return _title(re.sub(r"\s+", " ", match.group(1)))
    if "फ्री डिलीवरी" in text or "मुफ़्त डिलीवरी" in text:
        return "फ्री डिलीवरी"
    return ""


def find_moods(text: str) -> tuple[str, ...]:
    """Mood and theme words in order of mention (synonyms folded: minimalist → minimal)."""
    lower = text.lower()
    hits: list[tuple[int, str]] = []
    for word in MOOD_WORDS:
        for match in re.finditer(_word(word), lower):
            hits.append((match.start(), _MOOD_SYNONYMS.get(word, word)))
    for word, mood in MOOD_HINDI.items():
        index = text.find(word)
        if index >= 0:
            hits.append((index, mood))
    return _unique(word for _, word in sorted(hits))


def find_colors(text: str) -> tuple[str, ...]:
    """Colour words in order of mention ("gold", "navy" …)."""
    lower = text.lower()
    hits = [(m.start(), _MOOD_SYNONYMS.get(w, w)) for w in COLOR_WORDS for m in re.finditer(_word(w), lower)]
    return _unique(word for _, word in sorted(hits))


def find_platform(text: str) -> str:
    """The platform the prompt names (instagram, linkedin, print …), if any."""
    lower = text.lower()
    best: tuple[int, str] | None = None
    for platform, patterns in PLATFORMS.items():
        match = _first_match(lower, patterns)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), platform)
    return best[1] if best else ""


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return tuple(seen)


def _quoted(text: str, *labels: str) -> str:
    label = "|".join(labels)
    match = re.search(rf"(?:{label})\s*(?:text|copy)?\s*(?:[:=\-]|as|says|saying|reading)?\s*[\"“‘'](.+?)[\"”’']",
                      text, flags=re.IGNORECASE)
    return match.group(1).strip() if match else ""


def _any_quoted(text: str) -> str:
    match = re.search(r"[\"“](.{2,80}?)[\"”]", text) or re.search(r"(?:^|\s)[‘'](.{3,80}?)[’'](?=\s|$|[,.!?;:])", text)
    return match.group(1).strip() if match else ""


def _title(text: str) -> str:
    small = {"a", "an", "and", "at", "for", "of", "on", "or", "the", "to", "with", "in"}
    words = text.split()
    return " ".join(w if (i and w.lower() in small) or any(c.isupper() for c in w[1:]) else w[:1].upper() + w[1:]
                    for i, w in enumerate(words))


def _pick(options: tuple[str, ...], *, key: str) -> str:
    return options[zlib.crc32(key.encode("utf-8")) % len(options)]


def _subject_name(product: Product | None, category: str, *, hindi: bool) -> str:
    if product:
        return product.hindi if hindi else product.display
    if category in CATEGORY_NAMES:
        return CATEGORY_NAMES[category][1 if hindi else 0]
    return ""


def _fallback_headline(prompt: str) -> str:
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'&-]*", prompt) if w.lower() not in _FILLER]
    if not words:
        return "Something New Is Here"
    return _title(" ".join(words[:4]))


def _english_copy(*, prompt: str, lower: str, occasion: Occasion | None, product: Product | None, category: str,
                  offer: str, moods: tuple[str, ...]) -> tuple[str, str]:
    subject = _subject_name(product, category, hindi=False)
    sale = bool(offer) or bool(_SALE_WORDS.search(lower)) or bool(occasion and occasion.is_sale)
    launch = bool(_LAUNCH_WORDS.search(lower))
    mood = next((m for m in moods if m in _HEADLINE_MOODS), "")
    mood_word = mood.title() + " " if mood else ""
    if occasion is None and re.search(r"(?<![a-z])(grand opening|now open|opening soon|store opening)(?![a-z])", lower):
        headline = "Grand Opening"
    elif occasion and sale:
        name = occasion.name
        headline = f"Big {name}" if "Sale" in name else f"{name} Mega Sale"
    elif occasion and occasion.name in _SEASONS:
        headline = f"{mood_word}{subject} for {occasion.name}" if subject else f"{occasion.name} Specials"
    elif occasion:
        headline = f"Happy {occasion.name}"
    elif sale and subject:
        headline = f"{mood_word}{subject} Sale" if mood else f"Mega {subject} Sale"
    elif launch and subject:
        headline = f"Meet the New {subject}" if product else f"New {subject} Collection"
    elif subject:
        headline = _CATEGORY_TAGLINES.get(product.category if product else category, f"Discover {subject}")
    elif sale:
        headline = "Mega Sale"
    else:
        headline = _fallback_headline(prompt)
    if subject and offer:
        subhead = f"{mood_word}{subject} at Unbeatable Prices"
    elif subject and occasion and occasion.name in _SEASONS and not sale:
        subhead = "Handpicked for the Season"
    elif subject and occasion:
        subhead = f"{mood_word}{subject} for a Brighter {occasion.name}" if sale else f"Celebrate with {mood_word}{subject}"
    elif subject and (product.category if product else category) in _CATEGORY_SUBHEADS:
        subhead = _CATEGORY_SUBHEADS[product.category if product else category]
    elif subject:
        subhead = _pick((f"{mood_word}{subject}, Crafted for You", f"Discover {mood_word}{subject} Today"),
                        key=prompt)
    elif offer:
        subhead = "Unbeatable Deals on Everything You Love"
    elif occasion:
        subhead = "Celebrate with Something Special"
    else:
        subhead = "Made for the Way You Live"
    return headline, subhead


def _oblique(noun: str) -> str:
    """A Hindi plural noun in the oblique case, as a postposition needs it (मिठाइयाँ पर → मिठाइयों पर)."""
    words = noun.split()
    last = words[-1]
    for direct, oblique in (("याँ", "यों"), ("ें", "ों"), ("े", "ों")):
        if last.endswith(direct):
            words[-1] = last[: -len(direct)] + oblique
            break
    return " ".join(words)


def _hindi_copy(*, occasion: Occasion | None, product: Product | None, category: str, offer: str,
                lower: str) -> tuple[str, str]:
    subject = _subject_name(product, category, hindi=True)
    sale = bool(offer) or bool(_SALE_WORDS.search(lower))
    if occasion:
        headline = f"{occasion.hindi} सेल" if sale else f"{occasion.hindi} की शुभकामनाएँ"
    elif subject:
        headline = f"{subject} सेल" if sale else f"नए {subject}"
    else:
        headline = "मेगा सेल" if sale else "कुछ नया, आपके लिए"
    if subject and offer:
        subhead = f"{_oblique(subject)} पर शानदार छूट"
    elif subject:
        subhead = f"ख़ास आपके लिए {subject}"
    elif offer:
        subhead = "हर पसंदीदा चीज़ पर बेहतरीन ऑफ़र"
    else:
        subhead = "त्योहार की खुशियाँ, दोगुनी"
    return headline, subhead


def _cta(text: str, lower: str, *, category: str, hindi: bool) -> str:
    explicit = _quoted(text, "cta", "button", "call to action")
    if explicit:
        return explicit
    for phrase in CTA_PHRASES:
        if re.search(_word(re.escape(phrase)), lower):
            return _title(phrase)
    for phrase in ("अभी खरीदें", "अभी ऑर्डर करें", "अभी बुक करें", "और जानें"):
        if phrase in text:
            return phrase
    default = CATEGORY_CTA.get(category, ("Shop Now", "अभी खरीदें"))
    return default[1 if hindi else 0]


def _problem(product: Product | None, category: str, *, hindi: bool) -> str:
    pair = (PROBLEMS.get(product.noun) if product else None) or CATEGORY_PROBLEMS.get(category)
    if pair is None:
        pair = ("Looking for something better?", "कुछ बेहतर चाहिए?")
    return pair[1 if hindi else 0]


def _without_occasion(text: str, occasion: Occasion | None) -> str:
    """The text with the occasion's name taken out, so "Black Friday" does not read as the colour black."""
    if occasion is None:
        return text
    for pattern in occasion.patterns:
        text = re.sub(_word(pattern), " ", text, flags=re.IGNORECASE)
    return text


def extract_brief(prompt: str) -> Brief:
    """A `Brief` read from `prompt` with rules: copy in the prompt's language, offer, occasion, subject, mood."""
    text = unicodedata.normalize("NFC", re.sub(r"\s+", " ", prompt or "")).strip()
    lower = text.lower()
    language = detect_language(text)
    hindi = language == "hi"
    occasion = find_occasion(lower)
    product = find_product(lower)
    category = product.category if product else find_category(lower)
    offer = find_offer(text, language=language)
    cues = _without_occasion(text, occasion)
    moods = find_moods(cues)
    occasion_moods = occasion.moods if occasion else ()
    colors = find_colors(cues)
    headline = _quoted(text, "headline", "title", "heading") or ""
    subhead = _quoted(text, "subhead", "subheadline", "sub-headline", "tagline", "subtitle") or ""
    if not headline:
        quoted = _any_quoted(text)
        if quoted and quoted not in (subhead, _quoted(text, "cta", "button")):
            headline = quoted
    if hindi:
        written_headline, written_subhead = _hindi_copy(occasion=occasion, product=product, category=category,
                                                        offer=offer, lower=lower)
    else:
        written_headline, written_subhead = _english_copy(prompt=text, lower=lower, occasion=occasion,
                                                          product=product, category=category, offer=offer,
                                                          moods=moods)
    if not hindi and offer and not offer.startswith("Free") and re.search(r"free\s*(shipping|delivery)", lower):
        written_subhead = f"{written_subhead} + Free Shipping"
    return Brief(
        prompt=prompt,
        headline=headline or written_headline,
        subhead=subhead or written_subhead,
        offer=offer,
        cta=_cta(text, lower, category=category, hindi=hindi),
        subject=product.noun if product else "",
        category=category,
        occasion=occasion.name if occasion else "",
        mood=_unique((*moods, *occasion_moods)),
        colors=colors,
        platform=find_platform(text),
        language=language,
        problem=_problem(product, category, hindi=hindi),
    )
