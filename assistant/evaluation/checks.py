"""The machine checks of one evaluated conversation: each returns the failures it found (empty: passed)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

DEVANAGARI = re.compile(r"[\u0900-\u097F]")


@dataclass
class TurnRecord:
    """What one turn of a conversation produced."""

    message: str
    reply: str
    awaiting: str | None
    design_ids: list[str]
    formats: list[str] = field(default_factory=list)
    logo: bool = False  # the turn made a logo
    before: dict[str, Any] | None = None  # the design in hand before the turn (its document)
    after: dict[str, Any] | None = None   # and after it


def strings_of(value: Any) -> Iterator[str]:
    """Every string inside a JSON value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings_of(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_of(item)


def text_of(document: dict[str, Any]) -> str:
    """The words of a design document's text layers, normalised (NFC, one space, lower case)."""
    texts = []
    for layer in _layers(document):
        if layer.get("type") == "text":
            texts.extend(strings_of(layer.get("text") or layer.get("content") or layer.get("runs") or ""))
    return _normal(" ".join(texts))


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip().lower()


def _layers(document: dict[str, Any]) -> Iterator[dict[str, Any]]:
    stack = list(document.get("layers") or [])
    for page in document.get("pages") or []:
        stack.extend(page.get("layers") or page.get("children") or [])
    while stack:
        layer = stack.pop()
        if isinstance(layer, dict):
            yield layer
            stack.extend(layer.get("children") or layer.get("layers") or [])


def _largest_font(document: dict[str, Any] | None) -> float:
    sizes = [float(size) for layer in _layers(document or {}) if layer.get("type") == "text"
             for size in [layer.get("fontSize") or (layer.get("style") or {}).get("fontSize")] if size]
    return max(sizes, default=0.0)


def _headline_text(document: dict[str, Any] | None) -> str:
    best = (0.0, "")
    for layer in _layers(document or {}):
        size = layer.get("fontSize") or (layer.get("style") or {}).get("fontSize") or 0
        if layer.get("type") == "text" and float(size) > best[0]:
            best = (float(size), " ".join(strings_of(layer.get("text") or layer.get("content") or "")))
    return best[1]


def edit_failures(effect: str, record: TurnRecord) -> list[str]:
    """Whether the design in hand changed as `effect` says."""
    if record.before is None or record.after is None:
        return [f"edit '{effect}': no design in hand"]
    if effect == "headline_bigger":
        grew = _largest_font(record.after) > _largest_font(record.before)
        return [] if grew else ["edit: the headline did not grow"]
    if effect == "headline_shorter":
        shorter = len(_headline_text(record.after)) < len(_headline_text(record.before))
        return [] if shorter else ["edit: the headline is not shorter"]
    if effect.startswith("background:"):
        colour = effect.split(":", 1)[1].lower()
        after = " ".join(strings_of(record.after)).lower()
        return [] if colour in after else [f"edit: {colour} is not in the design"]
    if effect.startswith("text:"):
        wanted = _normal(effect.split(":", 1)[1])
        return [] if wanted in text_of(record.after) else [f"edit: “{wanted}” is not in the design"]
    return [f"unknown edit effect {effect}"]


def conversation_failures(case: dict[str, Any], records: list[TurnRecord], *, balance: int,
                          made: list[dict[str, Any]], first_made: list[dict[str, Any]]) -> list[str]:
    """Every check of `case` against what the conversation produced."""
    failures: list[str] = []
    replies = [record.reply for record in records]
    failures += [f"turn {index}: repeats the previous reply" for index in range(1, len(replies))
                 if replies[index] == replies[index - 1]]
    asked = {record.awaiting for record in records if record.awaiting}
    failures += [f"asked for {slot}, which was given or does not apply" for slot in case.get("never_asks", [])
                 if slot in asked]
    for turn, slot in (case.get("asks") or {}).items():
        record = records[turn]
        if record.awaiting != slot or record.design_ids:
            failures.append(f"turn {turn}: expected a question for {slot}, got awaiting={record.awaiting}")
    if "designs_by" in case and not any(record.design_ids for record in records[: case["designs_by"] + 1]):
        failures.append(f"no design by turn {case['designs_by']}")
    if case.get("no_design") and made:
        failures.append("made a design where none was asked for")
    for fact in case.get("facts", []):
        missing = [design for design in first_made if _normal(fact) not in text_of(design)]
        if not first_made or missing:
            failures.append(f"fact “{fact}” missing from {len(missing) if first_made else 'all'} design(s)")
    if "balance_at" in case and str(balance) not in replies[case["balance_at"]]:
        failures.append(f"turn {case['balance_at']}: the balance {balance} is not in the reply")
    language = case.get("language", "en")
    for index, reply in enumerate(replies):
        if (language == "hi") != bool(DEVANAGARI.search(reply)):
            failures.append(f"turn {index}: reply not in {language}")
    for turn, fmt in (case.get("format_at") or {}).items():
        if not records[turn].formats or set(records[turn].formats) != {fmt}:
            failures.append(f"turn {turn}: formats {records[turn].formats}, expected {fmt}")
    for turn, effect in (case.get("edit_at") or {}).items():
        failures += edit_failures(effect, records[turn])
    if "logo_at" in case and not records[case["logo_at"]].logo:
        failures.append(f"turn {case['logo_at']}: no logo made")
    if "export_at" in case:
        reply = replies[case["export_at"]]
        if "PNG" not in reply or not re.search(r"https?://|/v1/files/|/media/", reply):
            failures.append(f"turn {case['export_at']}: no exported file in the reply")
    for turn, words in (case.get("reply_has") or {}).items():
        failures += [f"turn {turn}: “{word}” not in the reply" for word in words
                     if word.lower() not in replies[turn].lower()]
    return failures
