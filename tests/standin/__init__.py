"""A local stand-in for hosted AI APIs (OpenAI chat/images, Gemini, BFL) to test HTTP providers."""

from tests.standin.behaviours import (
    Behaviour,
    factless_layout,
    fail,
    invalid_edit,
    invalid_layout,
    malformed,
    malformed_content,
    moderated,
    ok,
    overlapping_layout,
    pending,
    repairable_layout,
    slow,
    task_error,
)
from tests.standin.server import RecordedRequest, StandInServer

__all__ = [
    "Behaviour",
    "RecordedRequest",
    "StandInServer",
    "factless_layout",
    "fail",
    "invalid_edit",
    "invalid_layout",
    "malformed",
    "malformed_content",
    "moderated",
    "ok",
    "overlapping_layout",
    "pending",
    "repairable_layout",
    "slow",
    "task_error",
]
