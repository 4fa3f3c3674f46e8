"""The facts check: every fact of the brief is in the design's text, as written."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

_SPACE = re.compile(r"\s+")
# Dashes and quotes a designer may set typographically: "10am-4pm" and "10am–4pm" are the same fact.
_SAME = str.maketrans({"–": "-", "—": "-", "‒": "-", "−": "-", "’": "'", "‘": "'", "“": '"', "”": '"'})


def fold(text: str) -> str:
    """`text` compared as a reader would: same letters (case-blind), same dashes and quotes, single spaces."""
    text = unicodedata.normalize("NFC", text).translate(_SAME)
    return _SPACE.sub(" ", text).strip().casefold()


def _texts(layers: Iterable[Any]) -> Iterator[str]:
    for layer in layers:
        if not isinstance(layer, dict) or layer.get("visible") is False:
            continue
        if layer.get("type") == "text" and isinstance(layer.get("text"), str):
            yield layer["text"]
        if isinstance(layer.get("children"), list):
            yield from _texts(layer["children"])


def design_texts(doc: dict[str, Any]) -> list[str]:
    """The text of every visible text layer of `doc`, in paint order (groups included)."""
    return list(_texts(doc.get("layers") or []))


def fact_text(fact: Any) -> str:
    """The words of a fact: a model.Fact's `text`, or the string itself."""
    return str(getattr(fact, "text", fact) or "")


def missing_facts(doc: dict[str, Any], facts: Iterable[Any]) -> list[Any]:
    """The facts no single text layer of `doc` holds (a line break inside a layer counts as a space)."""
    texts = [fold(text) for text in design_texts(doc)]
    return [fact for fact in facts if fact_text(fact).strip() and not any(fold(fact_text(fact)) in text for text in texts)]
