"""The webhook events in the OpenAPI document: an `x-webhooks` section built from the registry.

drf-spectacular writes OpenAPI 3.0.3, whose root allows no `webhooks` key (that is 3.1), so
the section is the 3.1 shape under the `x-webhooks` extension: one POST per event."""

from .events import EVENTS, EventType

SIGNATURE_HEADERS = {
    "webhook-id": "The event id (evt_...); the same on every retry and redelivery.",
    "webhook-timestamp": "Unix seconds when this attempt was signed.",
    "webhook-signature": 'v1,<base64 HMAC-SHA256 of "id.timestamp.body">.',
    "X-Radic-Signature": "Hex HMAC-SHA256 of the raw body (the platform spec's scheme).",
}


def component_name(event: EventType) -> str:
    """`design.created` → `WebhookDesignCreated`."""
    words = event.name.replace(".", "_").split("_")
    return "Webhook" + "".join(word.capitalize() for word in words)


def _body_schema(event: EventType) -> dict:
    return {
        "type": "object",
        "description": event.description,
        "properties": {
            "event": {"type": "string", "enum": [event.name]},
            "timestamp": {"type": "string", "format": "date-time"},
            "data": event.data_schema(),
        },
        "required": ["event", "timestamp", "data"],
    }


def _operation(event: EventType) -> dict:
    return {"post": {
        "operationId": f"webhook_{event.name.replace('.', '_')}",
        "summary": event.name,
        "description": f"{event.description} Sent to the endpoints subscribed to `{event.name}`, "
                       "signed; answer 2xx within the timeout or it is retried with backoff.",
        "tags": ["webhooks"],
        "parameters": [{"in": "header", "name": name, "required": True, "schema": {"type": "string"},
                        "description": description}
                       for name, description in SIGNATURE_HEADERS.items()],
        "requestBody": {"required": True, "content": {"application/json": {
            "schema": {"$ref": f"#/components/schemas/{component_name(event)}"}}}},
        "responses": {"200": {"description": "Received (any 2xx)."}},
    }}


def add_webhooks_section(result, generator, request, public):
    """drf-spectacular postprocessing hook: every registered event under `x-webhooks`."""
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    for event in EVENTS.values():
        schemas[component_name(event)] = _body_schema(event)
    result["x-webhooks"] = {event.name: _operation(event) for event in EVENTS.values()}
    return result
