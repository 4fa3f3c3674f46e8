"""The request inside a prompt: the words that ask for a design (format names, "create a poster for", "make it
bold", "show headphones") rather than say what it is about; they are stripped from copy and named for the lint."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from aiengine.creative.color_names import BASIC_TERMS, HEADS, HINDI_COLOURS, MODIFIERS
from aiengine.creative.reading.moods import MOOD_WORDS
from documents.formats import FORMATS

# Nouns that name the deliverable, not its content.
FORMAT_NOUNS = frozenset({
    "poster", "posters", "banner", "banners", "flyer", "flyers", "post", "posts", "ad", "ads", "advert", "adverts",
    "advertisement", "creative", "creatives", "graphic", "graphics", "thumbnail", "thumbnails", "story", "stories",
    "reel", "reels", "carousel", "template", "leaflet", "brochure", "standee", "hoarding", "billboard", "mailer",
    "e-invite", "einvite", "invitation", "invitations", "invite", "invites", "card", "cards", "promo", "pin",
    "tweet", "status", "header", "cover", "visual", "design", "designs", "artwork", "layout", "image", "images",
    "pamphlet", "signage", "handout", "e-card", "ecard", "social", "media", "feed", "square", "portrait", "video",
    "videos", "vlog", "testimonial", "testimonials",
    "landscape", "vertical", "horizontal", "a4", "a5", "a3", "print", "printable", "digital", "hd", "4k-ready",
    "पोस्ट", "पोस्टर", "बैनर", "फ्लायर", "फ़्लायर", "डिज़ाइन", "डिजाइन", "कार्ड", "निमंत्रण", "आमंत्रण", "थंबनेल", "स्टोरी",
    "इमेज", "ग्राफ़िक", "ग्राफिक", "विज्ञापन", "चैनल", "आर्ट",
    "منشور", "بوستر", "ملصق", "لافتة", "بانر", "تصميم", "بطاقة", "دعوة", "ستوري",
})
PLATFORMS = frozenset({"instagram", "insta", "ig", "facebook", "fb", "linkedin", "youtube", "yt", "whatsapp",
                       "pinterest", "tiktok", "snapchat", "twitter", "x", "threads", "google", "meta",
                       "इंस्टाग्राम", "फेसबुक", "व्हाट्सएप", "व्हाट्सऐप", "यूट्यूब", "लिंक्डइन",
                       "انستغرام", "إنستغرام", "انستقرام", "فيسبوك", "يوتيوب", "واتساب", "لينكدإن"})
VERBS = frozenset({"create", "make", "design", "generate", "build", "prepare", "draft", "produce", "craft", "do",
                   "need", "want", "give", "please", "kindly", "can", "could", "would", "you", "i", "we", "i'd",
                   "we'd", "like", "help", "me", "us", "get", "a", "an", "the", "some", "one", "two", "three",
                   "quick", "nice", "cool", "simple", "new", "my", "our", "for",
                   "बनाओ", "बनाएं", "बनाएँ", "बनाइए", "बनाइये", "बना", "दो", "दें", "चाहिए", "एक", "कृपया", "मुझे", "हमें",
                   "صمم", "اصنع", "أنشئ", "انشئ", "اعمل", "أريد", "اريد", "نريد", "من", "فضلك", "لو"})
# Words that tie the request to its content: "poster for", "post announcing", "card that says".
LINKS = frozenset({"for", "about", "on", "of", "announcing", "promoting", "advertising", "celebrating", "to",
                   "announce", "promote", "advertise", "celebrate", "that", "says", "saying", "reading", "with",
                   "text", "my", "our", "a", "an", "the", "me", "के", "लिए", "पर", "का", "की", "ل", "عن", "बनाओ", "बनाएं",
                   "बनाएँ", "बनाइए", "बनाइये", "बना", "दो", "दें", "चाहिए", "है"})
STYLE_WORDS = frozenset({"theme", "themed", "style", "styled", "look", "vibe", "vibes", "feel", "aesthetic", "tones",
                         "tone", "colours", "colors", "colour", "color", "palette", "scheme", "background", "text",
                         "font", "fonts", "typography", "accents", "accent", "gradient", "design", "with", "in",
                         "and", "&", "a", "an", "make", "it", "keep", "use", "using", "very", "super", "more", "bit",
                         "little", "big", "bigger", "large", "larger", "huge", "headline", "touch", "of", "mood",
                         "combo", "combination", "shades", "hues", "highlights", "elements", "details", "please",
                         "but", "yet", "some", "lots", "plenty", "layout", "minimalistic", "sleek",
                         "stylish", "classy", "eye-catching", "catchy", "attractive", "beautiful", "nice", "cool",
                         "high-contrast", "contrast", "all", "everything", "strong", "heavy", "light", "रंग", "थीम", "में", "और", "स्टाइल", "लुक", "अंदाज़", "अंदाज", "शैली", "के", "साथ"})
# Whose words a format collects, right before its noun: "Customer testimonial for …".
_WHOSE = frozenset({"customer", "client", "student", "patient"})
_SUBJECT_CUE = re.compile(
    r"(?:\b(?:show(?:ing|s)?|depict(?:ing)?|illustrat(?:e|ing)|(?:with|use|add|include|featuring|feature)\s+"
    r"(?:an?\s+|the\s+)?(?:image|picture|photo|illustration|shot|visual|drawing|icon|render)s?\s+of|"
    r"(?:image|picture|photo|illustration)\s+of|featuring)\s+)", re.IGNORECASE)
# Who the design is for and how its text is introduced: "for my customers", "with the line '…'".
_AUDIENCE = re.compile(r"\b(?:for|to)\s+(?:(?:my|our|all|the)\s+)?(?:customers|clients|followers|subscribers|audience|"
                       r"team|staff|employees|friends|family|students|patients|members|community)\b"
                       r"|^(?:please\s+)?wish\s+(?:my|our)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:a|an)\b"
                       r"|\bwith\s+(?:the\s+)?(?:line|text|words|caption|message|tagline|quote|quotation)\b", re.IGNORECASE)
_INSTRUCTION = re.compile(r"\b(?:make|keep)\s+(?:it|the\s+\w+|everything|all\s+text|text|this)\b", re.IGNORECASE)
_FORMAT_HINTS: tuple[tuple[str, str], ...] = (
    (r"youtube\s+(?:channel\s+art|banner|channel\s+banner)", "youtube_channel_art"),
    (r"(?:youtube|yt)\s+(?:video\s+)?thumbnail|thumbnail", "youtube_thumbnail"),
    (r"linked\s*in\s+(?:banner|cover|header)", "linkedin_banner"),
    (r"linked\s*in", "linkedin_post"),
    (r"(?:twitter|x)\s+(?:header|banner|cover)", "x_header"),
    (r"twitter|\bx\s+post|tweet", "x_post"),
    (r"facebook\s+(?:cover|banner|header)|fb\s+cover", "facebook_cover"),
    (r"facebook\s+ad|fb\s+ad", "facebook_ad"),
    (r"facebook|\bfb\b", "facebook_post"),
    (r"(?:insta(?:gram)?|ig)\s+(?:story|stories|reel)|\bstory\b|\breels?\b", "instagram_story"),
    (r"(?:insta(?:gram)?|ig)\s+(?:portrait|4:5)", "instagram_portrait"),
    (r"(?:insta(?:gram)?|ig)\s+ad", "instagram_ad"),
    (r"insta(?:gram)?|\big\b", "instagram_post"),
    (r"pinterest|\bpin\b", "pinterest_pin"),
    (r"whats\s*app", "whatsapp_status"),
    (r"tik\s*tok", "tiktok_cover"),
    (r"leaderboard", "web_leaderboard"),
    (r"medium\s+rectangle", "web_medium_rectangle"),
    (r"skyscraper", "web_skyscraper"),
    (r"open\s*graph|link\s+preview", "open_graph"),
    (r"(?:website|web|hero)\s+(?:hero|banner)", "web_hero"),
    (r"email\s+(?:header|banner)", "email_header"),
    (r"business\s+card", "business_card"),
    (r"\ba4\b", "a4_portrait"),
    (r"us\s+letter|letter\s+size", "us_letter"),
    (r"\ba5\b|flyer|leaflet|pamphlet", "a5_flyer"),
    (r"18\s*[x×]\s*24|large\s+poster|print\s+poster", "poster_18x24"),
    (r"इंस्टाग्राम\s+स्टोरी|स्टोरी", "instagram_story"),
    (r"इंस्टाग्राम", "instagram_post"),
    (r"(?:यूट्यूब\s+)?चैनल\s+आर्ट|यूट्यूब\s+बैनर", "youtube_channel_art"),
    (r"थंबनेल", "youtube_thumbnail"),
)
_KNOWN_FORMATS = {entry.id for entry in FORMATS}
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*|[\u0900-\u097F]+|[\u0600-\u06FF]+|[&,;:.!?()|—–/।،]|\S")
_STOPS = frozenset(",;:.!?()|—–।،")


@dataclass(frozen=True)
class Request:
    """What the prompt asks for rather than says: the spans to strip, their words, a format, a subject to show."""

    spans: tuple[tuple[int, int], ...]
    words: tuple[str, ...]
    format_hint: str = ""
    shown: str = ""                      # the words after "show ...": what to picture, never copy


def format_hint(text: str) -> str:
    """The id (documents.FORMATS) of a format the prompt names ("YouTube thumbnail" → youtube_thumbnail), or ""."""
    lower = unicodedata.normalize("NFC", text.lower())
    for pattern, format_id in _FORMAT_HINTS:
        if format_id in _KNOWN_FORMATS and re.search(pattern, lower):
            return format_id
    return ""


def _style_word(word: str) -> bool:
    return (word in MOOD_WORDS or word in BASIC_TERMS or word in MODIFIERS or word in HINDI_COLOURS
            or word in STYLE_WORDS or word in HEADS)


def read_request(text: str, *, facts: tuple[tuple[int, int], ...] = (),
                 colours: tuple[tuple[int, int], ...] = ()) -> Request:
    """The request words of `text` (already normalised). Fact spans are never request words."""
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    lower = [unicodedata.normalize("NFC", token.lower()) for token, _, _ in tokens]
    marked = [False] * len(tokens)
    covered = bytearray(len(text) + 1)
    for a, b in facts:
        covered[a:b] = b"\x01" * (b - a)
    in_fact = [1 in covered[start:end] for _, start, end in tokens]

    def inside(spans: tuple[tuple[int, int], ...], index: int) -> bool:
        if spans is facts:
            return in_fact[index]
        _, start, end = tokens[index]
        return any(a < end and start < b for a, b in spans)

    def segment_end(index: int) -> int:
        while index < len(tokens) and lower[index] not in _STOPS:
            index += 1
        return index

    def segment_start(index: int) -> int:
        while index > 0 and lower[index - 1] not in _STOPS:
            index -= 1
        return index

    shown = ""
    # "show headphones", "with a photo of a steaming bowl of spaghetti": what to picture, to the clause's end.
    for match in _SUBJECT_CUE.finditer(text):
        first = next((i for i, (_, start, _) in enumerate(tokens) if start >= match.start()), None)
        if first is None:
            continue
        last = segment_end(first)
        rest = text[match.end():tokens[last - 1][2]] if last > first else ""
        if match.group().lower().startswith("featuring") and re.match(r"\s*[A-Z]", rest):
            continue  # "featuring DJ Snake" is a performer, not a picture
        if any(inside(facts, i) for i in range(first, last)) and not rest.strip().islower():
            continue
        for index in range(first, last):
            marked[index] = True
        shown = shown or rest.strip()

    for index, word in enumerate(lower):
        if inside(facts, index):
            continue
        if word in FORMAT_NOUNS or word in PLATFORMS:
            is_platform = word in PLATFORMS and word not in FORMAT_NOUNS
            if is_platform and word in ("x", "google", "meta", "threads", "ig", "yt") and not (
                    index + 1 < len(tokens) and lower[index + 1] in FORMAT_NOUNS):
                continue
            follow = " ".join(lower[max(0, index - 3):index])
            if is_platform and index + 1 < len(tokens) and (inside(facts, index + 1) or (
                    index + 2 < len(tokens) and lower[index + 1] in (":", "on", "at", "-") and inside(facts, index + 2))):
                continue  # "WhatsApp 9876543210": a contact
            if is_platform and (re.search(r"follow(?: us)?(?: on)?$|on$|via$", follow)
                                and not (index + 1 < len(tokens) and lower[index + 1] in FORMAT_NOUNS)
                                and index + 1 < len(tokens) and lower[index + 1] not in _STOPS):
                continue  # "follow us on Instagram @brand", "order on Swiggy": a contact, not the request
            if word in ("video", "videos", "vlog") and not (
                    (index and lower[index - 1] in ("my", "our", "a", "the", "new", "youtube", "yt", "this"))
                    or (index + 1 < len(tokens) and lower[index + 1] in ("on", "about", ":", "for"))):
                continue
            if word in ("चैनल", "आर्ट") and " ".join(lower[max(0, index - 1):index + 2]).find("चैनल आर्ट") < 0:
                continue  # "channel art" is a format; a channel or art alone is content
            if word in ("card", "cards", "status", "pin", "cover", "header", "design", "designs", "layout", "image",
                        "images", "visual", "feed", "media", "social", "digital", "print", "square", "portrait",
                        "landscape", "vertical", "horizontal", "story", "stories", "चैनल", "आर्ट") \
                    and not _format_context(lower, index) and not _opens_request(lower, index):
                continue
            marked[index] = True
    # imperatives and articles before a marked format noun at the start of a clause: "Create a poster for"
    for index in range(len(tokens)):
        if not marked[index] or lower[index] not in FORMAT_NOUNS | PLATFORMS:
            continue
        back = index - 1
        while back >= 0 and lower[back] not in _STOPS and (lower[back] in VERBS or _style_word(lower[back])
                                                         or lower[back] in PLATFORMS or marked[back]
                                                         or lower[back] in _WHOSE):
            back -= 1
        start = back + 1
        if start == segment_start(index) or lower[start - 1] in _STOPS:
            for position in range(start, index):
                if lower[position] in VERBS or _style_word(lower[position]) or lower[position] in PLATFORMS \
                        or lower[position] in _WHOSE:
                    marked[position] = True
        for position in range(segment_start(index), index):
            if (lower[position] in MOOD_WORDS or (position == segment_start(index) and lower[position] in VERBS
                                                  and lower[position] not in ("a", "an", "the", "new", "my", "our")))\
                    and not inside(facts, position):
                marked[position] = True
        # Hindi: "X का पोस्टर", "X के लिए पोस्ट"
        back = index - 1
        while back >= 0 and lower[back] in ("का", "की", "के", "लिए", "एक", "पर"):
            marked[back] = True
            back -= 1
        ahead = index + 1
        while ahead < len(tokens) and (marked[ahead] or lower[ahead] in FORMAT_NOUNS | PLATFORMS):
            ahead += 1
        while ahead < len(tokens) and lower[ahead] in LINKS and not inside(facts, ahead):
            marked[ahead] = True
            ahead += 1
    for match in _AUDIENCE.finditer(text):
        for index, (_, start, end) in enumerate(tokens):
            if match.start() <= start and end <= match.end() and not inside(facts, index):
                marked[index] = True
    # "make it bold", "keep the headline big": an instruction, to the end of its clause
    for match in _INSTRUCTION.finditer(text):
        first = next(i for i, (_, start, _) in enumerate(tokens) if start >= match.start())
        for index in range(first, segment_end(first)):
            if not inside(facts, index):
                marked[index] = True
    # leading imperatives even without a format noun: "Create something for Sharma Sweets"
    first = 0
    while first < len(tokens) and lower[first] in VERBS and lower[first] not in ("a", "an", "the", "my", "our",
                                                                              "one", "two", "three", "new", "for"):
        marked[first] = True
        first += 1
    if first and first < len(tokens) and lower[first] in ("a", "an", "the", "some"):
        marked[first] = True
    # style clauses: "premium dark theme", "red and gold", "in pastel pink and gold theme", "calm pastel"
    _mark_style(tokens, lower, marked, colours, inside)
    spans = _merge([(tokens[i][1], tokens[i][2]) for i, flag in enumerate(marked) if flag], text)
    words = tuple(dict.fromkeys(tokens[i][0].lower() for i, flag in enumerate(marked)
                                if flag and re.match(r"[^\W\d_]", tokens[i][0])))
    asked = " ".join(text[start:end] for start, end in spans)
    return Request(spans=tuple(spans), words=words, format_hint=format_hint(asked), shown=shown)


def _opens_request(lower: list[str], index: int) -> bool:
    """A sometimes-format word that opens the prompt and hands over to its content: "Story with the quote …",
    "Cover for my podcast", "Header: …"."""
    return all(word in VERBS for word in lower[:index]) and index + 1 < len(lower) \
        and lower[index + 1] in ("with", "for", ":")


def _format_context(lower: list[str], index: int) -> bool:
    """A word that is only sometimes a format ("card", "cover", "story") is one next to another format word."""
    neighbours = set(lower[max(0, index - 3):index]) | set(lower[index + 1:index + 2])
    return bool(neighbours & (PLATFORMS | {"greeting", "invitation", "invite", "wedding", "birthday", "quote",
                                           "thank", "business", "podcast", "album", "book", "channel", "profile",
                                           "facebook", "linkedin", "twitter", "festival", "diwali", "holi", "eid",
                                           "cover", "instagram", "a", "an", "for", "this", "square", "post",
                                           "निमंत्रण", "शादी", "बधाई", "ग्रीटिंग", ":"})) \
        and not (index + 1 < len(lower) and lower[index + 1] in ("ceremony", "puja", "party"))


def _mark_style(tokens: list[tuple[str, int, int]], lower: list[str], marked: list[bool],
                colours: tuple[tuple[int, int], ...], inside: object) -> None:
    """Mark runs of style words that name a mood or a colour and read as an instruction: a clause of their own
    ("calm pastel"), a phrase after in/with ("in pastel pink and gold theme"), or one ending in a style noun
    ("premium dark theme", "navy blue background with white text", "लाल और सुनहरे रंग में")."""
    is_colour = [any(a < tokens[i][2] and tokens[i][1] < b for a, b in colours) for i in range(len(tokens))]
    styled = [_style_word(lower[i]) or is_colour[i] or marked[i] for i in range(len(tokens))]
    index = 0
    while index < len(tokens):
        if not styled[index] or lower[index] in _STOPS:
            index += 1
            continue
        end = index
        while end < len(tokens) and styled[end] and lower[end] not in _STOPS:
            end += 1
        run = range(index, end)
        named = any(is_colour[i] or lower[i] in MOOD_WORDS for i in run)
        clause = (index == 0 or lower[index - 1] in _STOPS) and (end == len(tokens) or lower[end] in _STOPS)
        led = lower[index] in ("in", "with", "using", "use", "make", "keep")
        headed = any(lower[i] in HEADS and lower[i] not in FORMAT_NOUNS for i in run) or lower[end - 1] == "में"
        if named and (clause or led or headed):
            for position in run:
                marked[position] = True
        index = end


def _merge(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and not text[merged[-1][1]:start].strip():
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged
