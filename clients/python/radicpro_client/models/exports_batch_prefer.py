from typing import Literal

ExportsBatchPrefer = Literal["respond-async"]

EXPORTS_BATCH_PREFER_VALUES: set[ExportsBatchPrefer] = {
    "respond-async",
}


def check_exports_batch_prefer(value: str) -> ExportsBatchPrefer:
    if value in EXPORTS_BATCH_PREFER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXPORTS_BATCH_PREFER_VALUES!r}")
