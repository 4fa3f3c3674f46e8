from typing import Literal

SourceEnum = Literal["ai_edit", "ai_generate", "create", "duplicate", "patch", "restore", "update"]

SOURCE_ENUM_VALUES: set[SourceEnum] = {
    "ai_edit",
    "ai_generate",
    "create",
    "duplicate",
    "patch",
    "restore",
    "update",
}


def check_source_enum(value: str) -> SourceEnum:
    if value in SOURCE_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SOURCE_ENUM_VALUES!r}")
