"""Colour words: the maintained colour-name lists (CSS names from webcolors, ~1,200 more from nc) and a Hindi
table, found only where they name a colour ("gold and ivory theme", not "Black Friday" or "22K gold coins")."""

from __future__ import annotations

import colorsys
import re
import unicodedata
from dataclasses import dataclass

import nc
import webcolors

from aiengine.creative.colors import to_hex, to_rgb


def _spaced(css_name: str) -> str:
    """CSS writes "darkslateblue"; people write "dark slate blue"."""
    for prefix in ("dark", "light", "medium", "pale", "deep", "lawn", "lime", "sea", "sky", "hot", "navajo",
                   "ghost", "floral", "blanched", "cornflower", "cadet", "dodger", "forest", "indian", "lemon",
                   "misty", "old", "papaya", "peach", "powder", "rosy", "royal", "saddle", "sandy", "slate",
                   "spring", "steel", "white", "yellow", "alice", "antique", "dim", "mint", "lavender", "midnight",
                   "olive", "orange", "green", "blue", "rebecca", "web"):
        if css_name.startswith(prefix) and len(css_name) > len(prefix) + 2:
            rest = css_name[len(prefix):]
            return f"{prefix} {_spaced(rest)}"
    return css_name


def _build() -> dict[str, str]:
    listed = {unicodedata.normalize("NFC", name.lower().replace("’", "'")): "#{:02X}{:02X}{:02X}".format(*tuple(c)[:3])
              for name, c in nc.items()}
    names = {name: value for name, value in listed.items()
             if re.fullmatch(r"[a-z][a-z' -]*", name) and len(name.split()) <= 3}
    for name in webcolors.names("css3"):
        value = webcolors.name_to_hex(name).upper()
        names[name] = value
        names.setdefault(_spaced(name), value)
    # Names whose everyday meaning in a design brief is another entry of the lists ("gold" is metallic gold).
    for alias, target in (("gold", "gold (metallic)"), ("golden", "gold (metallic)"),
                          ("silver", "silver (metallic)"), ("grey", "gray")):
        names[alias] = listed.get(target) or names[target]
    # Spellings designers use that neither list has.
    names.update({"rose gold": "#B76E79", "off white": "#FAF9F6", "off-white": "#FAF9F6", "terracotta": "#E2725B",
                  "rani pink": "#E0218A", "bottle green": "#006A4E", "peacock blue": "#005F86", "mehendi green": "#4E6B1F",
                  "nude": "#E3BC9A", "mauve pink": "#C98DA5"})
    # Everyday meanings the lists give another shade: saffron as in the Indian flag (केसरिया), emerald green as
    # the gem rather than a neon, brown as a coffee brown rather than CSS's red-brown, olive green as the olive.
    names.update({"saffron": names["deep saffron"], "emerald green": names["emerald"], "brown": "#8B4513",
                  "olive green": "#6B8E23"})
    names.pop("none", None)
    return names


COLOUR_NAMES: dict[str, str] = _build()
COLOR_NAMES = COLOUR_NAMES  # the name older callers import

# Hindi colour words (with gender and number forms) → the English name in COLOUR_NAMES.
HINDI_COLOURS: dict[str, str] = {unicodedata.normalize("NFC", word): name for word, name in {
    "लाल": "red", "नीला": "blue", "नीले": "blue", "नीली": "blue", "हरा": "green", "हरे": "green", "हरी": "green",
    "पीला": "yellow", "पीले": "yellow", "पीली": "yellow", "सुनहरा": "gold", "सुनहरे": "gold", "सुनहरी": "gold",
    "गुलाबी": "pink", "काला": "black", "काले": "black", "काली": "black", "सफ़ेद": "white", "सफेद": "white",
    "नारंगी": "orange", "केसरिया": "saffron", "बैंगनी": "purple", "भूरा": "brown", "भूरे": "brown", "भूरी": "brown",
    "आसमानी": "sky blue", "फ़िरोज़ी": "turquoise", "फिरोजी": "turquoise", "मैरून": "maroon", "रुपहला": "silver",
    "चांदी": "silver", "चाँदी": "silver", "क्रीम": "cream", "स्लेटी": "slate gray", "धूसर": "gray",
    "जामुनी": "purple", "मेहंदी": "olive", "सिंदूरी": "vermilion", "गेरुआ": "ochre", "धानी": "light green",
    "कत्थई": "maroon", "सुर्ख": "red", "नेवी": "navy", "गोल्डन": "gold", "गोल्ड": "gold", "पेस्टल": "pastel",
    "बसंती": "yellow", "मेहरून": "maroon", "मोरपंखी": "peacock blue", "कासनी": "lilac", "फ़ीरोज़ी": "turquoise",
    # English colour words written in Devanagari, as Hinglish prompts do ("रेड और गोल्ड थीम").
    "रेड": "red", "ब्लू": "blue", "ग्रीन": "green", "येलो": "yellow", "पिंक": "pink", "ब्लैक": "black",
    "व्हाइट": "white", "ऑरेंज": "orange", "पर्पल": "purple", "ब्राउन": "brown", "ग्रे": "gray", "मरून": "maroon",
    "टील": "teal", "बेज": "beige", "सिल्वर": "silver", "मिंट": "mint green", "पीच": "peach", "लैवेंडर": "lavender",
}.items() if name in COLOUR_NAMES or name == "pastel"}

# Everyday colour terms: in an editing instruction these name a colour wherever they stand ("make the CTA gold").
BASIC_TERMS = frozenset({
    "red", "orange", "yellow", "green", "blue", "purple", "pink", "brown", "black", "white", "grey", "gray", "gold",
    "golden", "silver", "navy", "teal", "maroon", "beige", "cream", "ivory", "turquoise", "cyan", "magenta",
    "violet", "lavender", "indigo", "crimson", "scarlet", "coral", "peach", "mint", "olive", "lime", "emerald",
    "burgundy", "charcoal", "tan", "khaki", "mustard", "saffron", "rose", "lilac", "mauve", "aqua", "copper",
    "bronze", "champagne", "plum", "ruby", "amber", "terracotta", "sage", "blush", "fuchsia", "chocolate",
    "off-white", "vermilion", "ochre",
})
# Words that may stand before a colour name and change it ("pastel pink", "dark green", "hot pink").
MODIFIERS = frozenset({"light", "dark", "deep", "pale", "bright", "pastel", "neon", "muted", "dusty", "soft", "hot",
                       "baby", "matte", "metallic", "vivid", "electric",
                       "हल्का", "हल्के", "हल्की", "गहरा", "गहरे", "गहरी"})
# Nouns after a colour that make it a colour of the design ("red and gold theme", "navy background").
HEADS = frozenset({
    "theme", "themed", "colour", "color", "colours", "colors", "background", "backgrounds", "bg", "palette",
    "tones", "tone", "accents", "accent", "text", "font", "fonts", "gradient", "scheme", "shades", "shade", "hues",
    "hue", "border", "highlights", "backdrop", "look", "aesthetic", "vibe", "vibes", "lettering", "typography",
    "design", "poster", "banner", "post", "flyer", "card", "invitation", "invite", "thumbnail", "story", "layout",
    "frame", "style", "details", "detailing", "foil", "ink", "headline", "headlines", "letters", "combo",
    "combination", "feel", "ad", "creative", "template", "elements", "touches", "finish", "cta", "button",
    "रंग", "रंगों", "थीम", "कलर", "बैकग्राउंड", "पृष्ठभूमि", "टोन", "डिज़ाइन", "पोस्टर",
})
# Words before a colour list that make it a colour of the design ("in navy and gold", "colours: teal").
LEADS = frozenset({"in", "with", "using", "colours", "colors", "colour", "color", "palette", "theme", "use",
                   "में"})
JOINERS = frozenset({"and", "&", ",", "/", "or", "और", "व", "plus", "with", "+", "-"})
# Mood words that make the colours after them a style ("elegant emerald and gold", "bold red and yellow").
_STYLE_LEADS = frozenset({"elegant", "bold", "minimal", "minimalist", "premium", "luxury", "luxurious", "royal",
                          "festive", "calm", "soft", "warm", "cool", "vibrant", "modern", "classic", "rich", "earthy",
                          "dreamy", "playful", "moody", "chic", "classy", "subtle", "muted", "pastel"})
_BOUNDARY_WORDS = frozenset({"for", "with", "in", "on", "at", "to", "by", "and", "&", "or", "please", "only",
                             "accents", "tones", "की", "का", "के", "में", "पर"})
_WORD = re.compile(r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b|[A-Za-z][A-Za-z'’-]*|[\u0900-\u097F]+|[&,/+;:.!?()|—–]")
_HEX = re.compile(r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")
_STOPS = frozenset(";:.!?()|—–")


@dataclass(frozen=True)
class ColourMention:
    """A colour named in a text: the words as written, the colour, and where they are."""

    word: str
    hex: str
    start: int
    end: int


def colour_hex(name: str) -> str | None:
    """`#RRGGBB` for a colour name ("navy", "pastel pink", "सुनहरा", "#0af"), or None."""
    words = unicodedata.normalize("NFC", name.strip().lower().replace("’", "'")).split()
    if not words:
        return None
    if _HEX.fullmatch(words[0]) and len(words) == 1:
        value = words[0].lstrip("#")
        return "#" + ("".join(ch * 2 for ch in value) if len(value) == 3 else value).upper()
    words = [HINDI_COLOURS.get(word, word) for word in words]
    whole = " ".join(words)
    if whole in COLOUR_NAMES:
        return COLOUR_NAMES[whole]
    if len(words) > 1 and words[0] in MODIFIERS:
        base = colour_hex(" ".join(words[1:]))
        return _modified(base, words[0]) if base else None
    return None


def _modified(colour: str, modifier: str) -> str:
    """`colour` moved as a modifier says: pastel/light/pale lighter and softer, dark/deep darker, neon vivid."""
    r, g, b = (channel / 255 for channel in to_rgb(colour))
    hue, lightness, saturation = colorsys.rgb_to_hls(r, g, b)
    if modifier in ("pastel", "light", "pale", "baby", "soft", "हल्का", "हल्के", "हल्की"):
        lightness, saturation = max(lightness, 0.8), min(saturation, 0.75)
    elif modifier in ("dark", "deep", "गहरा", "गहरे", "गहरी"):
        lightness = min(lightness, 0.28)
    elif modifier in ("muted", "dusty", "matte"):
        saturation = min(saturation, 0.35)
    elif modifier in ("neon", "bright", "vivid", "electric", "hot"):
        saturation, lightness = 1.0, min(max(lightness, 0.5), 0.6)
    red, green, blue = colorsys.hls_to_rgb(hue, lightness, saturation)
    return to_hex((red * 255, green * 255, blue * 255))


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(match.group(), match.start(), match.end()) for match in _WORD.finditer(text)]


_FIRST_WORDS = frozenset(name.split()[0] for name in COLOUR_NAMES) | MODIFIERS | frozenset(HINDI_COLOURS)


def _name_at(tokens: list[tuple[str, int, int]], index: int) -> int:
    """The number of tokens of the longest colour name (with a modifier) starting at `index`, or 0."""
    first = tokens[index][0]
    if not first.startswith("#") and unicodedata.normalize("NFC", first.lower().replace("’", "'")) not in _FIRST_WORDS:
        return 0
    for size in (4, 3, 2, 1):
        words = [token for token, _, _ in tokens[index:index + size]]
        if len(words) < size or any(not re.match(r"[A-Za-z\u0900-\u097F#]", word) for word in words):
            continue
        if colour_hex(" ".join(words)) is not None and not (size == 1 and words[0].lower() in MODIFIERS):
            return size
    return 0


def _mentions(text: str) -> tuple[list[tuple[str, int, int]], list[tuple[int, int]]]:
    tokens = _tokens(text)
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(tokens):
        size = _name_at(tokens, index)
        if size:
            spans.append((index, index + size))
            index += size
        else:
            index += 1
    return tokens, spans


def _lower(token: str) -> str:
    return unicodedata.normalize("NFC", token.lower())


def _gated(tokens: list[tuple[str, int, int]], spans: list[tuple[int, int]], *, instruction: bool,
           text: str = "") -> list[int]:
    """Which colour mentions name a colour of the design (indexes into `spans`)."""
    accepted: set[int] = set()
    by_start = {first: number for number, (first, _) in enumerate(spans)}

    def chain(number: int) -> list[int]:
        """This mention and those joined to it by and/&/, on either side."""
        members = [number]
        for step in (1, -1):
            current = number
            while True:
                first, last = spans[current]
                joiner = last if step == 1 else first - 1
                if not (0 <= joiner < len(tokens)) or _lower(tokens[joiner][0]) not in JOINERS:
                    break
                neighbour = joiner + 1 if step == 1 else None
                if step == -1:
                    neighbour = next((n for n, (a, b) in enumerate(spans) if b == joiner), None)
                    if neighbour is None:
                        break
                    current = neighbour
                else:
                    if neighbour not in by_start:
                        break
                    current = by_start[neighbour]
                members.append(current)
        return members

    def proper(first: int, last: int) -> bool:
        """"Orange County", "Green Park": a capitalised colour inside a run of capitalised words."""
        token = tokens[first][0]
        after = tokens[last][0] if last < len(tokens) else ""
        return bool(token[:1].isupper() and after[:1].isupper() and _lower(after) not in HEADS
                    and _lower(after) not in JOINERS and after not in _STOPS)

    for number, (first, last) in enumerate(spans):
        if proper(first, last):
            continue
        word = " ".join(_lower(token) for token, _, _ in tokens[first:last])
        after = _lower(tokens[last][0]) if last < len(tokens) else ""
        before = _lower(tokens[first - 1][0]) if first else ""
        group = chain(number)
        group_last = max(spans[n][1] for n in group)
        group_first = min(spans[n][0] for n in group)
        tail = _lower(tokens[group_last][0]) if group_last < len(tokens) else ""
        head = _lower(tokens[group_first - 1][0]) if group_first else ""
        ends_clean = not tail or tail in _STOPS or tail == "," or tail in HEADS or tail in _BOUNDARY_WORDS
        segment_start = group_first == 0 or tokens[group_first - 1][0] in _STOPS or tokens[group_first - 1][0] == ","
        if after in HEADS or tail in HEADS:
            accepted.update(group)
        elif head in _STYLE_LEADS and ends_clean:
            accepted.update(group)
        elif head in LEADS and ends_clean:
            accepted.update(group)
        elif segment_start and (not tail or tail in _STOPS or tail == ",") and (len(group) > 1 or instruction):
            accepted.update(group)
        elif segment_start and (not tail or tail in _STOPS or tail == ",") and _basic(tokens, spans[number]) \
                and not _listed(text, tokens[group_first][1], tokens[group_last - 1][2]):
            accepted.update(group)  # ", maroon" / ", pastel pink" / ", royal blue": a clause that is one colour
        elif len(group) > 1 and all(_basic(tokens, spans[n]) for n in group):
            accepted.update(group)  # "teal and coral summer sale": a pair of colours is a colour request
        elif instruction and (word.split()[-1] in BASIC_TERMS or HINDI_COLOURS.get(word.split()[-1])):
            accepted.add(number)
        elif before in ("colour", "color", "colours", "colors", "रंग") or (before == ":" and first >= 2 and _lower(
                tokens[first - 2][0]) in ("colours", "colors", "colour", "color", "palette")):
            accepted.update(group)
    return sorted(accepted)


def _listed(text: str, start: int, end: int) -> bool:
    """Whether the clause text[start:end] is an item of a list of single words ("tea, samosa, lassi, mint"):
    two clauses of one word each, set off by commas, stand next to it."""
    before = [part.strip() for part in re.split(r"[,;:!?()|]", text[:start])][:-1]
    after = [part.strip() for part in re.split(r"[,;:!?()|]", text[end:])][1:]

    def singles(parts: list[str]) -> int:
        count = 0
        for part in parts:
            if not re.fullmatch(r"[^\W\d_][\w'’-]*", part):
                break
            count += 1
        return count

    return singles(list(reversed(before))) + singles(after) >= 2


def _basic(tokens: list[tuple[str, int, int]], span: tuple[int, int]) -> bool:
    last = _lower(tokens[span[1] - 1][0])
    return last in BASIC_TERMS or last in HINDI_COLOURS


def find_colours(text: str, *, instruction: bool = False,
                 taken: tuple[tuple[int, int], ...] = ()) -> list[ColourMention]:
    """Colours named in `text`, in order: hex codes, and colour words in a colour context.

    In a prompt (`instruction=False`) a colour word counts before a design noun ("red and gold theme"),
    after "in"/"with" ("in navy and gold"), as a clause of its own ("pink and gold"), or in Hindi before
    रंग/थीम ("लाल और सुनहरे रंग"); never inside a proper name ("Orange County") or a span in `taken`
    ("Black Friday"). In an editing instruction an everyday colour term counts wherever it stands.
    """
    text = unicodedata.normalize("NFC", text)
    tokens, spans = _mentions(text)
    found: list[ColourMention] = []
    for number in _gated(tokens, spans, instruction=instruction, text=text):
        first, last = spans[number]
        start, end = tokens[first][1], tokens[last - 1][2]
        if any(a < end and start < b for a, b in taken):
            continue
        written = text[start:end]
        colour = colour_hex(written)
        if colour:
            found.append(ColourMention(written, colour, start, end))
    for match in _HEX.finditer(text):
        if not any(m.start == match.start() for m in found):
            found.append(ColourMention(match.group(), colour_hex(match.group()) or "", *match.span()))
    return sorted(found, key=lambda mention: mention.start)


def find_color_named(text: str) -> tuple[str, str] | None:
    """(the words used, `#RRGGBB`) for the first colour an editing instruction names."""
    found = find_colours(text, instruction=True)
    return (found[0].word.lower() if not found[0].word.startswith("#") else found[0].word, found[0].hex) \
        if found else None


def find_color(text: str) -> str | None:
    """The first colour an editing instruction names, as `#RRGGBB` (a hex code or a colour word)."""
    found = find_color_named(text)
    return found[1] if found else None


_COMMON = {COLOUR_NAMES[name]: name for name in sorted(BASIC_TERMS, reverse=True) if name in COLOUR_NAMES}


def colour_name(colour: str) -> str:
    """An everyday name for `colour` (#RRGGBB): the basic term for its exact value, else the CSS name, else hex."""
    value = to_hex(to_rgb(colour))
    if value in _COMMON:
        return _COMMON[value]
    try:
        return webcolors.hex_to_name(value.lower())
    except ValueError:
        return value
