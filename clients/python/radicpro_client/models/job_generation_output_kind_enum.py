from typing import Literal

JobGenerationOutputKindEnum = Literal["generation"]

JOB_GENERATION_OUTPUT_KIND_ENUM_VALUES: set[JobGenerationOutputKindEnum] = {
    "generation",
}


def check_job_generation_output_kind_enum(value: str) -> JobGenerationOutputKindEnum:
    if value in JOB_GENERATION_OUTPUT_KIND_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOB_GENERATION_OUTPUT_KIND_ENUM_VALUES!r}")
