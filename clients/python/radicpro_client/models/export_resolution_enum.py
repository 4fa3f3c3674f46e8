from typing import Literal

ExportResolutionEnum = Literal["1x", "2x", "3x"]

EXPORT_RESOLUTION_ENUM_VALUES: set[ExportResolutionEnum] = {
    "1x",
    "2x",
    "3x",
}


def check_export_resolution_enum(value: str) -> ExportResolutionEnum:
    if value in EXPORT_RESOLUTION_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXPORT_RESOLUTION_ENUM_VALUES!r}")
