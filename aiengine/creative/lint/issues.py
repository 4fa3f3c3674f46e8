"""A lint finding."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class LintIssue:
    """One finding: a stable code, the layer it is about, a sentence, and `error` or `warning`."""

    code: str
    layer_id: str | None
    message: str
    severity: str = "error"
    details: dict[str, Any] = field(default_factory=dict)
