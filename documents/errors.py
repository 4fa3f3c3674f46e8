"""Exceptions carrying JSON-pointer error lists for bad documents and bad patches."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypedDict


class ErrorDetail(TypedDict):
    """One problem: an RFC 6901 pointer to the bad node and a human message."""

    pointer: str
    message: str


def _pointer_sort_key(pointer: str) -> tuple[tuple[int, int, str], ...]:
    """Sort pointers by their tokens, array indices numerically (/layers/2 before /layers/10)."""
    tokens = pointer.split("/")[1:] if pointer else []
    return tuple((0, int(token), "") if token.isdigit() else (1, 0, token) for token in tokens)


def normalise_errors(errors: Iterable[ErrorDetail]) -> list[ErrorDetail]:
    """The errors de-duplicated and sorted by pointer, then message."""
    unique = {(error["pointer"], error["message"]) for error in errors}
    ordered = sorted(unique, key=lambda item: (_pointer_sort_key(item[0]), item[1]))
    return [{"pointer": pointer, "message": message} for pointer, message in ordered]


class DocumentError(Exception):
    """Base class: a list of pointer/message errors, sorted and de-duplicated."""

    summary = "design document error"

    def __init__(self, errors: Iterable[ErrorDetail]) -> None:
        self.errors: list[ErrorDetail] = normalise_errors(errors)
        super().__init__(self._describe())

    def _describe(self) -> str:
        if not self.errors:
            return self.summary
        first = self.errors[0]
        text = f"{self.summary}: {first['pointer'] or '(root)'} {first['message']}"
        if len(self.errors) > 1:
            text += f" (and {len(self.errors) - 1} more)"
        return text


class DocumentInvalid(DocumentError):
    """The design document does not validate; pointers are relative to the document root."""

    summary = "design document is invalid"


class PatchError(DocumentError):
    """Patch operations cannot be applied; pointers go into the request (/operations/...)
    or, when the patched document would not validate, into the document."""

    summary = "patch cannot be applied"
