from typing import Literal

ExportsCreatePrefer = Literal["respond-async"]

EXPORTS_CREATE_PREFER_VALUES: set[ExportsCreatePrefer] = {
    "respond-async",
}


def check_exports_create_prefer(value: str) -> ExportsCreatePrefer:
    if value in EXPORTS_CREATE_PREFER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXPORTS_CREATE_PREFER_VALUES!r}")
