from typing import Literal

ExportRequestFormatEnum = Literal["jpeg", "jpg", "pdf", "png", "svg", "webp"]

EXPORT_REQUEST_FORMAT_ENUM_VALUES: set[ExportRequestFormatEnum] = {
    "jpeg",
    "jpg",
    "pdf",
    "png",
    "svg",
    "webp",
}


def check_export_request_format_enum(value: str) -> ExportRequestFormatEnum:
    if value in EXPORT_REQUEST_FORMAT_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXPORT_REQUEST_FORMAT_ENUM_VALUES!r}")
