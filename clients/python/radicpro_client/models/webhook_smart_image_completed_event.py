from typing import Literal

WebhookSmartImageCompletedEvent = Literal["smart_image.completed"]

WEBHOOK_SMART_IMAGE_COMPLETED_EVENT_VALUES: set[WebhookSmartImageCompletedEvent] = {
    "smart_image.completed",
}


def check_webhook_smart_image_completed_event(value: str) -> WebhookSmartImageCompletedEvent:
    if value in WEBHOOK_SMART_IMAGE_COMPLETED_EVENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_SMART_IMAGE_COMPLETED_EVENT_VALUES!r}")
