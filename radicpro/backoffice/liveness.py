"""The dashboard's liveness cards: when the worker and the scheduler last beat (heartbeats.py)."""

from django.utils import timezone

from radicpro.heartbeats import STALE_AFTER, last_beats

from .dashboard import Card


def _ago(seconds: float) -> str:
    seconds = int(max(seconds, 0))
    if seconds < 120:
        return f"{seconds} s ago"
    if seconds < 7200:
        return f"{seconds // 60} min ago"
    return f"{seconds // 3600} h ago"


def liveness_dashboard_cards(*, summary) -> list[Card]:
    """One card per background component; red when its last beat is older than STALE_AFTER."""
    now = timezone.now()
    cards = []
    for component, at in last_beats().items():
        waited = (now - at).total_seconds() if at is not None else None
        stale = waited is None or waited > STALE_AFTER
        cards.append(Card(id=f"{component}-heartbeat",
                          value="never" if waited is None else _ago(waited),
                          label=f"{component} heartbeat ({'down' if stale else 'alive'})",
                          alarming=stale))
    return cards
