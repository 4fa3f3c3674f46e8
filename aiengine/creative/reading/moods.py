"""Mood and style words of a prompt ("calm pastel", "dark premium", "festive", "earthy"), where they describe the design."""

from __future__ import annotations

import re
import unicodedata

from aiengine.creative.color_names import BASIC_TERMS, HEADS, HINDI_COLOURS, MODIFIERS

# A word as written → the mood it asks for. Palettes map moods to colour families (aiengine.creative.palettes).
MOOD_WORDS: dict[str, str] = {unicodedata.normalize("NFC", word): mood for word, mood in {
    "pastel": "pastel", "pastels": "pastel", "soft": "pastel", "dreamy": "pastel", "earthy": "earthy",
    "earth": "earthy", "natural": "earthy", "boho": "earthy", "rustic": "earthy", "organic": "earthy",
    "terracotta": "earthy", "dark": "dark", "moody": "dark", "night": "dark", "premium": "premium",
    "luxury": "premium", "luxurious": "premium", "elegant": "elegant", "classy": "elegant", "royal": "royal",
    "regal": "royal", "festive": "festive", "celebratory": "festive", "traditional": "festive", "ethnic": "festive",
    "corporate": "corporate", "professional": "corporate", "business": "corporate", "trustworthy": "corporate",
    "minimal": "minimal", "minimalist": "minimal", "clean": "minimal", "simple": "minimal", "sleek": "minimal",
    "vibrant": "vibrant", "colourful": "vibrant", "colorful": "vibrant", "bright": "vibrant", "bold": "bold",
    "loud": "bold", "punchy": "bold", "calm": "calm", "serene": "calm", "peaceful": "calm", "soothing": "calm",
    "neon": "neon", "cyberpunk": "neon", "futuristic": "neon", "retro": "retro", "vintage": "retro",
    "nostalgic": "retro", "playful": "playful", "fun": "playful", "cute": "playful", "quirky": "playful",
    "cheerful": "playful", "warm": "warm", "cosy": "warm", "cozy": "warm", "cool": "cool", "icy": "cool",
    "fresh": "fresh", "romantic": "romantic", "modern": "modern", "techy": "modern", "monochrome": "monochrome",
    "light": "light", "airy": "light", "sporty": "bold", "energetic": "bold",
    "शाही": "royal", "रंगीन": "vibrant", "रंग-बिरंगा": "vibrant", "रंगबिरंगा": "vibrant", "शांत": "calm",
    "सादा": "minimal", "सरल": "minimal", "उत्सव": "festive", "त्योहारी": "festive", "प्रीमियम": "premium",
    "डार्क": "dark", "गहरा": "dark", "पेस्टल": "pastel", "चमकदार": "vibrant", "पारंपरिक": "festive",
    "मज़ेदार": "playful", "आधुनिक": "modern", "शानदार": "premium",
    "فاخر": "premium", "فخم": "premium", "هادئ": "calm", "احتفالي": "festive", "داكن": "dark", "بسيط": "minimal",
}.items()}
# Mood words that describe a look wherever they stand ("earthy organic cafe", "premium headphones"); the others
# ("warm wishes", "dark chocolate", "fresh croissants") only next to a style word or alone in a clause.
UNAMBIGUOUS = frozenset({"pastel", "pastels", "earthy", "neon", "minimalist", "minimal", "corporate", "festive",
                         "premium", "luxury", "luxurious", "elegant", "royal", "regal", "vintage", "retro", "rustic",
                         "boho", "vibrant", "colourful", "colorful", "playful", "futuristic", "cyberpunk",
                         "monochrome", "classy", "serene", "moody", "dreamy", "quirky", "पेस्टल", "शाही", "रंगीन",
                         "प्रीमियम", "फाخر"})
# Phrases of two words that mean one mood.
MOOD_PHRASES = {"dark premium": ("dark", "premium"), "premium dark": ("dark", "premium"),
                "earth tones": ("earthy",), "jewel tones": ("royal",), "black and gold": ("dark", "premium")}

_STYLE_NOUNS = HEADS | {"feel", "mood", "tone", "vibes", "palette", "colors", "colours", "style", "styled", "look",
                        "aesthetic", "design", "shades", "tones", "type", "typography", "layout", "और", "रंग",
                        "थीम", "स्टाइल", "लुक", "में", "अंदाज़", "अंदाज", "शैली"}
_FORMAT_NOUNS = frozenset({"poster", "banner", "post", "flyer", "design", "card", "invitation", "invite", "thumbnail",
                           "story", "ad", "creative", "template", "cover", "header", "graphic", "पोस्टर", "पोस्ट", "बैनर"})
_COLOUR_WORDS = BASIC_TERMS | frozenset(HINDI_COLOURS) | MODIFIERS
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*|[\u0900-\u097F-]+|[\u0600-\u06FF]+|[,;:.!?()|—–&/]")
_GLUE = frozenset({"and", "&", "/", "but", "yet", "very", "super", "more", "slightly", "a", "an", "with", "और"})
_LEADS = frozenset({"it", "make", "keep", "go", "in", "with", "style", "mood", "vibe", "feel", "look", "theme",
                    "tone", "colours", "colors", "palette", "aesthetic", "feeling", "something"})


def find_moods(text: str, *, taken: tuple[tuple[int, int], ...] = ()) -> tuple[str, ...]:
    """Moods in order of mention, read only where a mood word describes the design.

    A mood word counts before a design or style noun ("premium dark theme", "minimal pastel poster"),
    after "make it"/"in a"/"style:" ("make it bold"), in a clause of style words only ("calm pastel",
    "gold and ivory, elegant"), or chained to another such word; "Warm wishes" and "May your Diwali be
    bright" are not moods.
    """
    text = unicodedata.normalize("NFC", text)
    tokens = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    lower = [token.lower() for token, _, _ in tokens]
    styled = [word in MOOD_WORDS or word in _COLOUR_WORDS for word in lower]
    moods: list[tuple[int, str]] = []
    index = 0
    while index < len(tokens):
        if not styled[index] or any(a < tokens[index][2] and tokens[index][1] < b for a, b in taken):
            index += 1
            continue
        end = index
        while end + 1 < len(tokens) and (styled[end + 1] or (lower[end + 1] in _GLUE and end + 2 < len(tokens)
                                                             and styled[end + 2])):
            end += 1
        after = lower[end + 1] if end + 1 < len(tokens) else ""
        before = lower[index - 1] if index else ""
        alone = (not before or before in ",;:.!?()|—–") and (not after or after in ",;:.!?()|—–")
        describes_format = any(word in _FORMAT_NOUNS for word in lower[end + 1:end + 4])
        plain = any(word in UNAMBIGUOUS for word in lower[index:end + 1])
        if after in _STYLE_NOUNS or before in _LEADS or alone or describes_format or plain:
            words = lower[index:end + 1]
            for position, word in enumerate(words):
                pair = f"{word} {words[position + 1]}" if position + 1 < len(words) else ""
                for mood in MOOD_PHRASES.get(pair, ()):
                    moods.append((tokens[index + position][1], mood))
                if word in MOOD_WORDS:
                    moods.append((tokens[index + position][1], MOOD_WORDS[word]))
        index = end + 1
    seen: dict[str, None] = {}
    for _, mood in sorted(moods):
        seen.setdefault(mood, None)
    return tuple(seen)

