"""Machine checks of one generated design: read from its document JSON and its exported pixels only."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from typing import Any

from PIL import Image

from aiengine.creative.lint import design_texts, fold

# A named colour is honoured when pixels of its family cover at least this share of the export: the
# accent of a 60/30/10 split, less a little for anti-aliasing and text on it.
DOMINANT_SHARE = 0.08
SAMPLE_SIDE = 160
# Colour families in CIELAB: a chromatic colour matches within this hue angle and lightness; an achromatic
# one (chroma under ACHROMATIC) matches greys within GREY_LIGHTNESS of its lightness.
HUE_DEGREES = 30.0
LIGHTNESS = 32.0
ACHROMATIC = 12.0
GREY_LIGHTNESS = 18.0
# An image layer shows something when it covers this much of the canvas and its pixels are not flat.
IMAGE_MIN_SHARE = 0.03
PHOTO_SHARE = 0.02  # the product photo's own colour covers this much of the image layer's box
# Words that only ask for a design, in any prompt: never copy.
REQUEST_VOCABULARY = frozenset({
    "poster", "banner", "flyer", "instagram", "facebook", "linkedin", "youtube", "thumbnail", "story", "post",
    "ad", "design", "create", "make", "show", "theme", "template", "whatsapp", "pinterest", "header", "tiktok",
    "vibe", "style", "पोस्टर", "बैनर", "थंबनेल", "डिज़ाइन", "बनाओ", "बनाएं",
})
_WORD = re.compile(r"[^\W_][\w'’-]*")


def _linear(channel: float) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def lab(rgb: tuple[int, int, int]) -> tuple[float, float, float]:
    """CIELAB (D65) of an sRGB colour."""
    r, g, b = (_linear(c) for c in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    value = hex_colour.lstrip("#")[:6]
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def same_family(pixel: tuple[int, int, int], reference: str) -> bool:
    """Whether `pixel` reads as the colour family of `reference` (a hex colour)."""
    import math

    l1, a1, b1 = lab(_rgb(reference))
    l2, a2, b2 = lab(pixel)
    c1, c2 = math.hypot(a1, b1), math.hypot(a2, b2)
    if c1 < ACHROMATIC:
        return c2 < ACHROMATIC + 4 and abs(l1 - l2) <= GREY_LIGHTNESS
    if c2 < max(8.0, min(25.0, 0.3 * c1)) or abs(l1 - l2) > LIGHTNESS:
        return False
    hue = abs(math.degrees(math.atan2(b1, a1)) - math.degrees(math.atan2(b2, a2))) % 360
    return min(hue, 360 - hue) <= HUE_DEGREES


def _sample(png: bytes, box: tuple[float, float, float, float] | None = None) -> list[tuple[int, tuple[int, int, int]]]:
    image = Image.open(io.BytesIO(png)).convert("RGB")
    if box is not None:
        x0, y0, x1, y1 = (int(round(v)) for v in box)
        image = image.crop((max(0, x0), max(0, y0), min(image.width, x1), min(image.height, y1)))
    image.thumbnail((SAMPLE_SIDE, SAMPLE_SIDE))
    quantised = image.quantize(colors=48).convert("RGB")
    return [(count, rgb) for count, rgb in quantised.getcolors(quantised.width * quantised.height) or []]


def colour_share(png: bytes, reference: str, box: tuple[float, float, float, float] | None = None) -> float:
    """The share of the image (or of `box` in it) whose pixels are in the family of `reference`."""
    samples = _sample(png, box)
    total = sum(count for count, _ in samples) or 1
    return sum(count for count, rgb in samples if same_family(rgb, reference)) / total


def colour_honoured(png: bytes, reference: str) -> bool:
    return colour_share(png, reference) >= DOMINANT_SHARE


def missing(doc: dict[str, Any], facts: Iterable[str]) -> list[str]:
    """The expected facts no text layer of the design holds as written."""
    texts = [fold(text) for text in design_texts(doc)]
    return [fact for fact in facts if not any(fold(fact) in text for text in texts)]


def request_words(prompt: str, read_words: Iterable[str], facts: Iterable[str]) -> list[str]:
    """The words of `prompt` that only ask for the design: the reader's request words and the vocabulary
    of formats and asks, less any word that is part of an expected fact."""
    in_facts = {word.casefold() for fact in facts for word in _WORD.findall(fact)}
    in_prompt = {word.casefold() for word in _WORD.findall(prompt)}
    words = {word.casefold() for word in read_words} | (REQUEST_VOCABULARY & in_prompt)
    return sorted(word for word in words if word not in in_facts and word in in_prompt)


def echoed(doc: dict[str, Any], words: Iterable[str]) -> list[str]:
    """The request words that appear as words of the design's text."""
    used = {word.casefold() for text in design_texts(doc) for word in _WORD.findall(text)}
    return [word for word in words if word in used]


def template_of(doc: dict[str, Any]) -> str:
    """The template the engine recorded in the document's meta, else a signature of its layout: each
    layer's type and role with its box on a 6 × 6 grid of the canvas."""
    meta = doc.get("meta") or {}
    for key in ("template", "templateId"):
        if meta.get(key):
            return f"template:{meta[key]}"
    width, height = float(doc["canvas"]["width"]), float(doc["canvas"]["height"])
    parts = []
    for layer in doc.get("layers") or []:
        if not isinstance(layer, dict) or layer.get("role") == "background" or layer.get("visible") is False:
            continue
        pos, size = layer.get("position") or {}, layer.get("size") or {}
        x, y = float(pos.get("x", 0)), float(pos.get("y", 0))
        w, h = float(size.get("width", 0)), float(size.get("height", 0))
        cell = tuple(min(5, max(0, int(6 * v))) for v in (x / width, y / height, (x + w) / width, (y + h) / height))
        parts.append(f"{layer.get('type')}/{layer.get('role', '')}@{cell}")
    return "layout:" + "|".join(parts)


def _subject_recorded(doc: dict[str, Any], layer: dict[str, Any], subject: str) -> bool:
    """Whether the document says this image layer shows `subject` (an index id, or ids that picture the
    same thing equally well separated by "|": "cake|bread" for a bakery): on the layer, or on the recipe of
    the smart asset it draws."""
    wanted = {part.strip().casefold() for part in subject.split("|") if part.strip()}
    entry = (doc.get("smartAssets") or {}).get(layer.get("smartAssetId") or "") or {}
    recipe = entry.get("recipe") or {}
    places = (layer.get("subject"), (layer.get("meta") or {}).get("subject"), entry.get("subject"),
              recipe.get("subject"), (recipe.get("options") or {}).get("subject"))
    return any(isinstance(value, str) and value.casefold() in wanted for value in places)


def _not_flat(png: bytes, box: tuple[float, float, float, float]) -> bool:
    samples = _sample(png, box)
    total = sum(count for count, _ in samples) or 1
    return max((count for count, _ in samples), default=total) / total < 0.9


def subject_shown(doc: dict[str, Any], png: bytes, *, subject: str, photo_colour: str | None = None) -> bool:
    """Whether a visible image layer shows the subject: the user's product photo (its own colour, chosen
    unlike any palette of the prompt, in the exported pixels of the layer) or a picture the document records
    as that subject, and not a flat area."""
    width, height = float(doc["canvas"]["width"]), float(doc["canvas"]["height"])
    scale = Image.open(io.BytesIO(png)).width / width
    for layer in doc.get("layers") or []:
        if not isinstance(layer, dict) or layer.get("type") != "image" or layer.get("visible") is False:
            continue
        size, pos = layer.get("size") or {}, layer.get("position") or {}
        w, h = float(size.get("width", 0)), float(size.get("height", 0))
        if w * h < IMAGE_MIN_SHARE * width * height or layer.get("role") == "logo":
            continue
        x, y = float(pos.get("x", 0)), float(pos.get("y", 0))
        box = (x * scale, y * scale, (x + w) * scale, (y + h) * scale)
        if photo_colour and colour_share(png, photo_colour, box) >= PHOTO_SHARE:
            return True
        if subject and _subject_recorded(doc, layer, subject) and _not_flat(png, box):
            return True
    return False
