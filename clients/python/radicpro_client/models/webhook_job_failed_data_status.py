from typing import Literal

WebhookJobFailedDataStatus = Literal["completed", "failed"]

WEBHOOK_JOB_FAILED_DATA_STATUS_VALUES: set[WebhookJobFailedDataStatus] = {
    "completed",
    "failed",
}


def check_webhook_job_failed_data_status(value: str) -> WebhookJobFailedDataStatus:
    if value in WEBHOOK_JOB_FAILED_DATA_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_JOB_FAILED_DATA_STATUS_VALUES!r}")
