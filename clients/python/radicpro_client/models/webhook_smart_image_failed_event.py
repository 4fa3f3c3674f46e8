from typing import Literal

WebhookSmartImageFailedEvent = Literal["smart_image.failed"]

WEBHOOK_SMART_IMAGE_FAILED_EVENT_VALUES: set[WebhookSmartImageFailedEvent] = {
    "smart_image.failed",
}


def check_webhook_smart_image_failed_event(value: str) -> WebhookSmartImageFailedEvent:
    if value in WEBHOOK_SMART_IMAGE_FAILED_EVENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_SMART_IMAGE_FAILED_EVENT_VALUES!r}")
