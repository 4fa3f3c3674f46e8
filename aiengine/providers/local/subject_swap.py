"""Image swaps to another subject: the clause's subject found in the illustration set, the image slot's recipe re-pointed."""

from __future__ import annotations

import re
from typing import Any

from aiengine.creative.art import Subject, find_subject

DEFAULT_SLOT = "smart_product"
# Words a swap clause carries besides its subject ("swap the image for a coffee cup", "तस्वीर को कॉफ़ी से बदलो").
_NOT_SUBJECT = re.compile(
    r"(?<![\w\u0900-\u097F])(?:please|swap|replace|change|switch|use|show|draw|put|turn|make|it|this|that|the|an?|"
    r"some|for|with|to|into|by|as|of|in|on|instead|image|images|picture|pictures|photo|photos|product|hero|"
    r"illustration|shot|one|को|से|में|की|के|का|जगह|बजाय|इमेज|तस्वीर|फ़ोटो|फोटो)(?![\w\u0900-\u097F])",
    re.IGNORECASE)
# A clause about the image's size, place, colour or look is not a swap ("change the image to the left").
_NOT_A_SWAP = re.compile(r"(?<![a-z])(?:top|bottom|left|right|centre|center|middle|corner|side|bigger|smaller|larger|"
                         r"wider|narrower|size|position|place|round|rounded|circle|transparent|opacity|brighter|"
                         r"darker|border|frame|fit|crop|logo|text|headline|button)(?![a-z])", re.IGNORECASE)


def subject_phrase(text: str) -> str:
    """What a swap clause names as the new picture, its instruction words taken out ("coffee cup")."""
    return re.sub(r"\s+", " ", _NOT_SUBJECT.sub(" ", text)).strip(" .,:;!?")


def asks_for_subject(text: str) -> bool:
    """Whether the rest of a swap clause could name a picture (not a place, size or colour of the image)."""
    return bool(subject_phrase(text)) and _NOT_A_SWAP.search(text) is None


def named_subject(text: str) -> Subject | None:
    """The illustration-set subject a swap clause names, by a naming word (not a theme word)."""
    phrase = subject_phrase(text)
    return find_subject(phrase) if phrase else None


def subject_label(phrase: str, subject: Subject) -> str:
    """How the new picture is called in the prompt: the user's words when they are English, else the subject id."""
    return phrase if re.fullmatch(r"[A-Za-z0-9 '\-]{2,60}", phrase) else subject.id


def swapped_prompt(prompt: str, label: str) -> str:
    """The recipe's prompt with its subject replaced ("studio illustration of headphones, dark" → "... of coffee
    cup, dark"); a prompt without that shape becomes a studio illustration of the new subject."""
    match = re.match(r"^(.*?\bof\s+)([^,]+)(.*)$", prompt or "")
    if match:
        return f"{match.group(1)}{label}{match.group(3)}"
    return f"studio illustration of {label}"


def swap_operations(doc: dict[str, Any], images: list[dict[str, Any]], subject: Subject, label: str
                    ) -> list[dict[str, Any]]:
    """Operations that re-point each image layer's smart-asset slot at `subject`: the recipe's prompt and
    options.subject change, the slot goes back to pending (the edit service draws it); a layer showing an
    uploaded asset gets a slot of its own."""
    slots = doc.get("smartAssets") if isinstance(doc.get("smartAssets"), dict) else {}
    taken = set(slots)
    ops: list[dict[str, Any]] = []
    for layer in images:
        key = layer.get("smartAssetId")
        if not key:
            key = next(name for name in (DEFAULT_SLOT, *(f"{DEFAULT_SLOT}_{n}" for n in range(2, 99)))
                       if name not in taken)
            taken.add(key)
            ops.append({"op": "update_layer", "layerId": layer["id"], "changes": {"assetId": None, "smartAssetId": key}})
        recipe = (slots.get(key) or {}).get("recipe") or {}
        ops.insert(0, {"op": "update_smart_asset", "key": key, "changes": {
            "status": "pending", "assetId": None, "recipeId": None, "error": None,
            "recipe": {"type": recipe.get("type") or "product_shot",
                       "prompt": swapped_prompt(str(recipe.get("prompt") or ""), label),
                       "options": {"subject": subject.id, "style": (recipe.get("options") or {}).get("style")
                                   or "illustration"}}}})
    return ops
