from typing import Literal

WebhookDesignCreatedEvent = Literal["design.created"]

WEBHOOK_DESIGN_CREATED_EVENT_VALUES: set[WebhookDesignCreatedEvent] = {
    "design.created",
}


def check_webhook_design_created_event(value: str) -> WebhookDesignCreatedEvent:
    if value in WEBHOOK_DESIGN_CREATED_EVENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_DESIGN_CREATED_EVENT_VALUES!r}")
