"""The dashboard's cards from the apps: each app registers what it shows (from its ready())."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Card:
    """One figure at the top of the dashboard (the page's `card-<id>`)."""

    id: str
    value: Any
    label: str
    alarming: bool = False  # shown in red


@dataclass(frozen=True)
class PanelRow:
    """One line of a panel: a label (linked to `url` when given) and its count."""

    label: str
    count: int
    url: str = ""


@dataclass(frozen=True)
class Panel:
    """A small table of counts below the cards (the page's `<id>`), e.g. exports by status."""

    id: str
    caption: str
    rows: list[PanelRow] = field(default_factory=list)
    empty: str = "Nothing in this window."


# source(*, summary: selectors.Dashboard) -> the cards and panels the app shows for the window
CardSource = Callable[..., Iterable[Card | Panel]]
_SOURCES: dict[str, CardSource] = {}


def register_dashboard_cards(name: str, source: CardSource) -> None:
    """Adds the cards `source` makes (after those registered before it) under `name`."""
    _SOURCES[name] = source


def unregister_dashboard_cards(name: str) -> None:
    """Removes `name`'s cards (for tests that register their own, on teardown)."""
    _SOURCES.pop(name, None)


def app_cards(*, summary) -> tuple[list[Card], list[Panel]]:
    """Every registered app's cards and panels for the dashboard's window, in registration order."""
    cards: list[Card] = []
    panels: list[Panel] = []
    for source in _SOURCES.values():
        for item in source(summary=summary):
            if isinstance(item, Card):
                cards.append(item)
            else:
                panels.append(item)
    return cards, panels
