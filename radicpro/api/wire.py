"""Timestamps on the wire: ISO 8601 UTC to the second with a Z, e.g. `2025-11-26T10:00:00Z`."""

import json
from datetime import UTC, datetime

# The one format: DRF's DATETIME_FORMAT setting uses it too (with TIME_ZONE = "UTC").
WIRE_TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
WIRE_TIME_EXAMPLE = "2025-11-26T10:00:00Z"


def wire_time(moment: datetime | None) -> str | None:
    """`moment` as the API writes every timestamp (None stays None); a naive one is taken as UTC."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime(WIRE_TIME_FORMAT)


class JsonText:
    """JSON already encoded (a document read from the database as its text): the renderer
    writes it into the body as it is, unparsed and not re-encoded."""

    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text

    def __eq__(self, other) -> bool:
        return isinstance(other, JsonText) and other.text == self.text

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"JsonText({self.text[:40]!r}...)"

    def parsed(self):
        return json.loads(self.text)


def add_wire_time_examples(result, generator, request, public):
    """drf-spectacular postprocessing hook: every date-time string gets the wire example."""

    def visit(node):
        if isinstance(node, dict):
            if node.get("type") == "string" and node.get("format") == "date-time":
                node.setdefault("example", WIRE_TIME_EXAMPLE)
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    visit(result)
    return result
