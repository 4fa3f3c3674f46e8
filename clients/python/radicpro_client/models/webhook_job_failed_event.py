from typing import Literal

WebhookJobFailedEvent = Literal["job.failed"]

WEBHOOK_JOB_FAILED_EVENT_VALUES: set[WebhookJobFailedEvent] = {
    "job.failed",
}


def check_webhook_job_failed_event(value: str) -> WebhookJobFailedEvent:
    if value in WEBHOOK_JOB_FAILED_EVENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_JOB_FAILED_EVENT_VALUES!r}")
