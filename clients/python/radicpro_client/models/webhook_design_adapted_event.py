from typing import Literal

WebhookDesignAdaptedEvent = Literal["design.adapted"]

WEBHOOK_DESIGN_ADAPTED_EVENT_VALUES: set[WebhookDesignAdaptedEvent] = {
    "design.adapted",
}


def check_webhook_design_adapted_event(value: str) -> WebhookDesignAdaptedEvent:
    if value in WEBHOOK_DESIGN_ADAPTED_EVENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_DESIGN_ADAPTED_EVENT_VALUES!r}")
