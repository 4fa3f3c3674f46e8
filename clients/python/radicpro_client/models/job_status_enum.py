from typing import Literal

JobStatusEnum = Literal["completed", "failed", "processing", "queued"]

JOB_STATUS_ENUM_VALUES: set[JobStatusEnum] = {
    "completed",
    "failed",
    "processing",
    "queued",
}


def check_job_status_enum(value: str) -> JobStatusEnum:
    if value in JOB_STATUS_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOB_STATUS_ENUM_VALUES!r}")
