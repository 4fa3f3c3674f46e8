"""Scripted behaviours for one stand-in answer: ok, slow, failing, malformed, invalid, moderated."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Behaviour:
    """How the stand-in answers one request on a route (then the next queued behaviour applies)."""

    kind: str = "ok"
    delay: float = 0.0
    status: int = 200
    retry_after: str | None = None
    detail: str = ""


def ok(*, delay: float = 0.0) -> Behaviour:
    """A real, valid answer (after `delay` seconds)."""
    return Behaviour("ok", delay=delay)


def slow(seconds: float) -> Behaviour:
    """A valid answer, but only after `seconds` (longer than the client's read timeout)."""
    return Behaviour("ok", delay=seconds)


def fail(status: int, *, retry_after: str | int | float | None = None) -> Behaviour:
    """An error answer with `status` (and a Retry-After header when given)."""
    return Behaviour("fail", status=status,
                     retry_after=None if retry_after is None else str(retry_after))


def malformed() -> Behaviour:
    """HTTP 200 whose body is cut-off JSON."""
    return Behaviour("malformed")


def malformed_content() -> Behaviour:
    """Chat: a well-formed completion whose message content is not JSON."""
    return Behaviour("malformed_content")


def invalid_layout() -> Behaviour:
    """Chat: valid JSON documents that break the schema (a text layer without its size)."""
    return Behaviour("invalid_layout")


def overlapping_layout() -> Behaviour:
    """Chat: schema-valid documents the design lint rejects (two text layers on top of each other)."""
    return Behaviour("overlapping_layout")


def factless_layout() -> Behaviour:
    """Chat: valid, lint-clean documents whose every text reads "Big news": the brief's facts are gone."""
    return Behaviour("factless_layout")


def repairable_layout() -> Behaviour:
    """Chat: documents with mistakes code can fix: opacity 1.5, a colour without '#',
    a duplicate layer id and a layer of an unknown type."""
    return Behaviour("repairable_layout")


def invalid_edit() -> Behaviour:
    """Chat: edit operations that name a layer the document does not have."""
    return Behaviour("invalid_edit")


def pending() -> Behaviour:
    """BFL poll: the task is still Pending."""
    return Behaviour("pending")


def moderated(detail: str = "Content Moderated") -> Behaviour:
    """The provider's moderation refuses (BFL status `detail`, Gemini blockReason, OpenAI 400)."""
    return Behaviour("moderated", detail=detail)


def task_error() -> Behaviour:
    """BFL poll: the task ended in status Error."""
    return Behaviour("task_error")
