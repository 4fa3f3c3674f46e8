from typing import Literal

JobsListStatus = Literal["completed", "failed", "processing", "queued"]

JOBS_LIST_STATUS_VALUES: set[JobsListStatus] = {
    "completed",
    "failed",
    "processing",
    "queued",
}


def check_jobs_list_status(value: str) -> JobsListStatus:
    if value in JOBS_LIST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOBS_LIST_STATUS_VALUES!r}")
