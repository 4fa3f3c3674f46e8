from typing import Literal

ExportFormatEnum = Literal["jpg", "pdf", "png", "svg", "webp"]

EXPORT_FORMAT_ENUM_VALUES: set[ExportFormatEnum] = {
    "jpg",
    "pdf",
    "png",
    "svg",
    "webp",
}


def check_export_format_enum(value: str) -> ExportFormatEnum:
    if value in EXPORT_FORMAT_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXPORT_FORMAT_ENUM_VALUES!r}")
