from typing import Literal

WebhookCreditsLowEvent = Literal["credits.low"]

WEBHOOK_CREDITS_LOW_EVENT_VALUES: set[WebhookCreditsLowEvent] = {
    "credits.low",
}


def check_webhook_credits_low_event(value: str) -> WebhookCreditsLowEvent:
    if value in WEBHOOK_CREDITS_LOW_EVENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_CREDITS_LOW_EVENT_VALUES!r}")
