from typing import Literal

WebhookJobCompletedDataStatus = Literal["completed", "failed"]

WEBHOOK_JOB_COMPLETED_DATA_STATUS_VALUES: set[WebhookJobCompletedDataStatus] = {
    "completed",
    "failed",
}


def check_webhook_job_completed_data_status(value: str) -> WebhookJobCompletedDataStatus:
    if value in WEBHOOK_JOB_COMPLETED_DATA_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_JOB_COMPLETED_DATA_STATUS_VALUES!r}")
