from typing import Literal

WebhookDesignExportedEvent = Literal["design.exported"]

WEBHOOK_DESIGN_EXPORTED_EVENT_VALUES: set[WebhookDesignExportedEvent] = {
    "design.exported",
}


def check_webhook_design_exported_event(value: str) -> WebhookDesignExportedEvent:
    if value in WEBHOOK_DESIGN_EXPORTED_EVENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_DESIGN_EXPORTED_EVENT_VALUES!r}")
