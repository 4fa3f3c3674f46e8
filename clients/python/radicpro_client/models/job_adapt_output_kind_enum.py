from typing import Literal

JobAdaptOutputKindEnum = Literal["adapt"]

JOB_ADAPT_OUTPUT_KIND_ENUM_VALUES: set[JobAdaptOutputKindEnum] = {
    "adapt",
}


def check_job_adapt_output_kind_enum(value: str) -> JobAdaptOutputKindEnum:
    if value in JOB_ADAPT_OUTPUT_KIND_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOB_ADAPT_OUTPUT_KIND_ENUM_VALUES!r}")
