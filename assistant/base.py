"""The assistant interface: what a provider decides for one message (a reply, or an action to take)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

ACTIONS = ("create_logo", "generate_designs", "edit_design")


@dataclass(frozen=True)
class Action:
    """Something the assistant wants done: create_logo, generate_designs or edit_design, with its arguments."""

    kind: str
    args: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Decision:
    """The provider's answer to one message: its words, the next suggestions, the updated state and
    the action to take (None when it still needs something from the user)."""

    reply: str
    suggestions: list[str]
    state: dict[str, Any]
    action: Action | None = None
    model: str = "local-assistant-1"


@runtime_checkable
class AssistantProvider(Protocol):
    """Conversation so far + a new message → a Decision."""

    name: str

    def respond(self, *, state: dict[str, Any], history: list[dict[str, str]], message: str,
                context: dict[str, Any]) -> Decision: ...
