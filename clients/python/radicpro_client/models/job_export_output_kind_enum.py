from typing import Literal

JobExportOutputKindEnum = Literal["export"]

JOB_EXPORT_OUTPUT_KIND_ENUM_VALUES: set[JobExportOutputKindEnum] = {
    "export",
}


def check_job_export_output_kind_enum(value: str) -> JobExportOutputKindEnum:
    if value in JOB_EXPORT_OUTPUT_KIND_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOB_EXPORT_OUTPUT_KIND_ENUM_VALUES!r}")
