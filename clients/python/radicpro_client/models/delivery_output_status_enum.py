from typing import Literal

DeliveryOutputStatusEnum = Literal["failed", "pending", "succeeded"]

DELIVERY_OUTPUT_STATUS_ENUM_VALUES: set[DeliveryOutputStatusEnum] = {
    "failed",
    "pending",
    "succeeded",
}


def check_delivery_output_status_enum(value: str) -> DeliveryOutputStatusEnum:
    if value in DELIVERY_OUTPUT_STATUS_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELIVERY_OUTPUT_STATUS_ENUM_VALUES!r}")
