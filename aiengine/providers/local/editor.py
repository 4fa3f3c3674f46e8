"""The local editor: plain-language instructions become patch operations, clause by clause."""

from __future__ import annotations

import copy
import re
from typing import Any

from aiengine.providers.base import EditResult
from aiengine.providers.local.edit_handlers import (
    HANDLERS,
    ROLE_NAMES,
    Clause,
    Step,
    Unsupported,
    has_words,
)
from aiengine.providers.local.targets import find_target, resolve
from documents import PatchError, apply_operations, to_v14

MODEL = "local-editor-1"
_SPLIT = re.compile(r"\s*(?:[;,]|\.(?=\s|$)|\band then\b|\bthen\b|\band also\b|\balso\b|\band\b|\bplus\b|\bऔर\b)\s*",
                    re.IGNORECASE)
_QUOTE = re.compile(r"[\"“”]([^\"“”]+)[\"“”]|(?<![A-Za-z])[‘']([^‘’']+)[’'](?![A-Za-z])")


def split_clauses(instruction: str) -> list[tuple[str, list[str]]]:
    """Clauses of an instruction, each with the quoted strings it holds (commas inside quotes are kept)."""
    quotes: list[str] = []

    def keep(match: re.Match[str]) -> str:
        quotes.append(match.group(1) or match.group(2))
        return f" \x00{len(quotes) - 1}\x00 "

    masked = _QUOTE.sub(keep, instruction.strip())
    clauses = []
    for part in _SPLIT.split(masked):
        if not part or not part.strip():
            continue
        found = [quotes[int(i)] for i in re.findall(r"\x00(\d+)\x00", part)]
        clauses.append((re.sub(r"\s+", " ", re.sub(r"\x00\d+\x00", " ", part)).strip(), found))
    return [(text, found) for text, found in clauses if text or found]


def _first_step(doc: dict[str, Any], clause: Clause) -> Step | None:
    for handler in HANDLERS:
        step = handler(doc, clause)
        if step is not None:
            return step
    return None


def _verb_phrase(text: str) -> str:
    """What comes before the element a clause names ("remove the" in "remove the logo")."""
    target = find_target(text)
    return text[: target[1]].strip() if target else ""


class LocalEditProvider:
    """Understands removing, hiding, rewording, recolouring, resizing and moving layers, minimalism and brand
    re-application; says which clauses it could not carry out."""

    name = "local"

    def __init__(self, **options: Any) -> None:
        self.options = options

    def edit(self, *, document: dict[str, Any], instruction: str) -> EditResult:
        """Patch operations (for the 1.4 form of `document`) that carry out `instruction`."""
        doc = to_v14(document) if str(document.get("schemaVersion", "")).startswith("2") else copy.deepcopy(document)
        operations: list[dict[str, Any]] = []
        messages: list[str] = []
        unsupported: list[str] = []
        reasons: list[str] = []
        last_role: str | None = None
        last_verb = ""
        for text, quotes in split_clauses(instruction):
            role, layers = resolve(doc, text)
            if role is None and last_role is not None and not has_words(text, r"background|brand"):
                role, layers = last_role, resolve(doc, ROLE_NAMES.get(last_role, last_role))[1]
            clause = Clause(text=text, quotes=quotes, role=role, layers=layers)
            raw = text + "".join(f" \u201c{q}\u201d" for q in quotes)
            try:
                step = _first_step(doc, clause)
                if step is None and last_verb and role is not None:
                    text = f"{last_verb} {text}"
                    step = _first_step(doc, Clause(text=text, quotes=quotes, role=role, layers=layers))
                if step is None:
                    raise Unsupported("the local editor does not understand it")
                doc = apply_operations(doc, step.operations)
            except Unsupported as reason:
                unsupported.append(raw)
                reasons.append(f"\u201c{raw}\u201d: {reason}")
                continue
            except PatchError as error:
                unsupported.append(raw)
                reasons.append(f"\u201c{raw}\u201d: the change would make the design invalid ({error})")
                continue
            operations.extend(step.operations)
            messages.append(step.message)
            last_verb = _verb_phrase(text) or last_verb
            last_role = role if role not in (None, "background") else last_role
        explanation = " ".join(messages)
        if reasons:
            lead = "Could not do" if messages else "Nothing was changed. Could not do"
            explanation = f"{explanation} {lead}: {'; '.join(reasons)}.".strip()
        if not explanation:
            explanation = "The instruction was empty; nothing was changed."
        return EditResult(operations=operations, explanation=explanation, unsupported=tuple(unsupported), model=MODEL)
