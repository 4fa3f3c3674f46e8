from typing import Literal

JobSmartImageOutputKindEnum = Literal["smart_image"]

JOB_SMART_IMAGE_OUTPUT_KIND_ENUM_VALUES: set[JobSmartImageOutputKindEnum] = {
    "smart_image",
}


def check_job_smart_image_output_kind_enum(value: str) -> JobSmartImageOutputKindEnum:
    if value in JOB_SMART_IMAGE_OUTPUT_KIND_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOB_SMART_IMAGE_OUTPUT_KIND_ENUM_VALUES!r}")
