from typing import Literal

JobToolOutputKindEnum = Literal["tool"]

JOB_TOOL_OUTPUT_KIND_ENUM_VALUES: set[JobToolOutputKindEnum] = {
    "tool",
}


def check_job_tool_output_kind_enum(value: str) -> JobToolOutputKindEnum:
    if value in JOB_TOOL_OUTPUT_KIND_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOB_TOOL_OUTPUT_KIND_ENUM_VALUES!r}")
