from typing import Literal

WebhookJobCompletedEvent = Literal["job.completed"]

WEBHOOK_JOB_COMPLETED_EVENT_VALUES: set[WebhookJobCompletedEvent] = {
    "job.completed",
}


def check_webhook_job_completed_event(value: str) -> WebhookJobCompletedEvent:
    if value in WEBHOOK_JOB_COMPLETED_EVENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_JOB_COMPLETED_EVENT_VALUES!r}")
