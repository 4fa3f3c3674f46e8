"""The creative model shared by brief reading, templates, lint and evaluation: facts, copy, kinds, the brief."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

# What a fact of a prompt can be. `text` keeps it as written; `value` is a normalised form when one exists.
FACT_KINDS: tuple[str, ...] = (
    "quote",         # quoted text: "‘Love in Every Drop’"
    "name",          # a person or a couple: "Priya & Arjun", "Dr. Meera Rao"
    "organisation",  # a business, brand or school: "Sharma Sweets", "DataNest"
    "product",       # a named product: "iPhone 16 Pro", "Galaxy Buds 3"
    "venue",         # a named place of an event: "The Leela Palace"
    "place",         # a city, area or address: "Bengaluru", "Koramangala"
    "date",          # "14 Feb 2027", "Sunday", "14 फ़रवरी"
    "time",          # "7 pm", "10am–4pm", "6 PM IST"
    "deadline",      # "apply by 30 June"
    "price",         # "₹2.5 L", "$49/mo", "Rs. 999"
    "percent",       # "40% OFF", "20% छूट"
    "number",        # "Top 7", "5K and 10K", "24/7", "3rd"
    "code",          # alphanumerics and model names: "5G", "4K", "2BHK", "DIWALI40"
    "phone",         # "+91 98450 12345"
    "email",
    "url",           # "careers.finlytics.in", "https://example.com/shop"
    "handle",        # "@brand"
    "rating",        # "4.9★", "5 stars"
)

# The document kinds the engine designs for; `general` is the fallback.
KIND_IDS: tuple[str, ...] = (
    "sale", "launch", "event", "invitation", "greeting", "hiring", "webinar", "menu", "real_estate",
    "thumbnail", "cover", "announcement", "quote", "testimonial", "education", "general",
)

# The copy slots a template can hold, in reading order. `details` holds several lines.
SLOTS: tuple[str, ...] = (
    "eyebrow",      # a short label above the headline: "YOU'RE INVITED", "WE'RE HIRING", "WEBINAR"
    "headline",     # the focal line: names, role, title, greeting, the quote itself, 2-4 thumbnail words
    "subline",      # the second level: occasion line, benefit, speaker and role, sender
    "details",      # fact lines: date · time, venue, location, deadline, features, price lines
    "badge",        # the emphasised offer, price or number: "40% OFF", "₹2.5 L", "5G"
    "cta",          # the button, chosen by intent: "RSVP", "Apply by 30 June", "Register free"
    "contact",      # phone, email, URL or handle line
    "attribution",  # who said it: "— Robert Frost"
)


@dataclass(frozen=True)
class Fact:
    """One fact of a prompt that must reach the design as written."""

    kind: str
    text: str
    value: str = ""


@dataclass(frozen=True)
class Copy:
    """The words of a design, by slot; empty slots are left out of the layout."""

    headline: str
    eyebrow: str = ""
    subline: str = ""
    details: tuple[str, ...] = ()
    badge: str = ""
    cta: str = ""
    contact: str = ""
    attribution: str = ""

    def slot(self, name: str) -> str:
        """The text of one slot (`details` joined by newlines), "" when empty."""
        if name == "details":
            return "\n".join(line for line in self.details if line)
        return str(getattr(self, name, "") or "")

    def filled(self) -> Iterator[tuple[str, str]]:
        """(slot, text) for every non-empty slot, in reading order; each detail line on its own."""
        for name in SLOTS:
            if name == "details":
                yield from (("details", line) for line in self.details if line)
            elif self.slot(name):
                yield name, self.slot(name)


@dataclass(frozen=True)
class NamedColour:
    """A colour the prompt names: the word as written and its colour."""

    word: str
    hex: str


@dataclass(frozen=True)
class Brief:
    """Everything the engine understood of a request."""

    prompt: str
    language: str                 # "en", "hi", "ar", ... (the script of the prompt's words)
    kind: str                     # one of KIND_IDS
    copy: Copy
    facts: tuple[Fact, ...] = ()
    colours: tuple[NamedColour, ...] = ()
    moods: tuple[str, ...] = ()   # "pastel", "earthy", "dark", "premium", "festive", ...
    subject: str = ""             # what to show, in English ("headphones"); "" when nothing is named
    occasion: str = ""            # a festival or occasion id ("diwali", "wedding"); "" when none
    format_hint: str = ""         # a format id the prompt names ("youtube_thumbnail"); "" when none
    request_words: tuple[str, ...] = field(default=())  # words of the request, never copy (for the lint)

    def summary(self) -> dict[str, str]:
        """The API's `briefSummary`: headline, subhead, offer and cta."""
        return {"headline": self.copy.headline, "subhead": self.copy.subline, "offer": self.copy.badge,
                "cta": self.copy.cta}
