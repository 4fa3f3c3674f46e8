"""The webhook event registry: each event's name, description and the payload builder of its `data`."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from radicpro.api.casing import to_camel
from radicpro.api.wire import wire_time

STRING = {"type": "string"}
NULLABLE_STRING = {"type": "string", "nullable": True}
INTEGER = {"type": "integer"}
BOOLEAN = {"type": "boolean"}
DATE_TIME = {"type": "string", "format": "date-time"}
ERROR = {"$ref": "#/components/schemas/Error"}


@dataclass(frozen=True)
class EventType:
    """One event clients can subscribe to, and how its `data` is built.

    `fields` maps each snake_case keyword of `payload()` to the OpenAPI schema of its camelCase
    value; `optional` fields are left out of `data` when None."""

    name: str
    description: str
    fields: dict[str, dict[str, Any]]
    optional: frozenset[str] = field(default_factory=frozenset)

    def payload(self, **values: Any) -> dict[str, Any]:
        """The event's `data`: camelCase keys in declared order, datetimes as wire timestamps.

        ValueError for a missing or unknown field (a programming error at the emit site)."""
        unknown = sorted(set(values) - set(self.fields))
        missing = sorted(set(self.fields) - set(values) - self.optional)
        if unknown or missing:
            raise ValueError(f"{self.name} data: unknown {unknown}, missing {missing}")
        data: dict[str, Any] = {}
        for key in self.fields:
            value = values.get(key)
            if value is None and key in self.optional:
                continue
            data[to_camel(key)] = wire_time(value) if isinstance(value, datetime) else value
        return data

    def data_schema(self) -> dict[str, Any]:
        """The OpenAPI schema of `data` (a copy: schema hooks may add to it)."""
        return {
            "type": "object",
            "properties": {to_camel(key): copy.deepcopy(schema) for key, schema in self.fields.items()},
            "required": [to_camel(key) for key in self.fields if key not in self.optional],
        }


_JOB_FIELDS: dict[str, dict[str, Any]] = {
    "job_id": STRING,
    "kind": STRING,
    "status": {"type": "string", "enum": ["completed", "failed"]},
    "credits_used": INTEGER,
    "result": {"type": "object", "additionalProperties": True,
               "description": "The body the synchronous call would have answered."},
    "error": ERROR,
}
_SMART_IMAGE_FIELDS: dict[str, dict[str, Any]] = {
    "recipe_id": STRING,
    "design_id": STRING,
    "layer_id": STRING,
    "asset_id": NULLABLE_STRING,
}

DESIGN_CREATED = EventType(
    "design.created", "A design was created (by the API, a generation or a tool).",
    {"design_id": STRING, "title": STRING, "format": STRING, "campaign_id": NULLABLE_STRING,
     "brand_kit_id": NULLABLE_STRING, "created_at": DATE_TIME})
DESIGN_EXPORTED = EventType(
    "design.exported", "An export of a design completed; `url` is signed and expires.",
    {"design_id": STRING, "export_id": STRING, "format": STRING, "resolution": STRING,
     "url": STRING})
SMART_IMAGE_COMPLETED = EventType(
    "smart_image.completed", "A smart image was generated (or found in the cache) and placed.",
    {**_SMART_IMAGE_FIELDS, "cached": BOOLEAN, "regenerated": BOOLEAN},
    optional=frozenset({"regenerated"}))
SMART_IMAGE_FAILED = EventType(
    "smart_image.failed", "A smart image could not be generated; its credits were refunded.",
    {**_SMART_IMAGE_FIELDS, "error": STRING, "regenerated": BOOLEAN})
JOB_COMPLETED = EventType(
    "job.completed", "An asynchronous job completed; `result` is its answer.",
    _JOB_FIELDS, optional=frozenset({"result", "error"}))
JOB_FAILED = EventType(
    "job.failed", "An asynchronous job failed; `error` is the error envelope's error object.",
    _JOB_FIELDS, optional=frozenset({"result", "error"}))
DESIGN_ADAPTED = EventType(
    "design.adapted", "Designs were adapted to other formats (POST /v1/designs/{designId}/adapt or "
    "/v1/campaigns/{campaignId}/adapt): `designIds` are the new designs, in source × format order.",
    {"job_id": STRING, "source_design_ids": {"type": "array", "items": STRING},
     "design_ids": {"type": "array", "items": STRING}, "formats": {"type": "array", "items": STRING},
     "campaign_id": NULLABLE_STRING})
CREDITS_LOW = EventType(
    "credits.low", "The credit balance dropped below the low-balance threshold (once until it "
    "rises above it again).",
    {"balance": INTEGER, "threshold": INTEGER})

EVENTS: dict[str, EventType] = {event.name: event for event in (
    DESIGN_CREATED,
    DESIGN_EXPORTED,
    DESIGN_ADAPTED,
    SMART_IMAGE_COMPLETED,
    SMART_IMAGE_FAILED,
    JOB_COMPLETED,
    JOB_FAILED,
    CREDITS_LOW,
)}
EVENT_TYPES: tuple[str, ...] = tuple(EVENTS)

# Sent only by POST /v1/webhooks/{webhookId}/test, to that one endpoint; nobody subscribes to it.
PING = "ping"
