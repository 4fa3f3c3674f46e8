from typing import Literal

PatchOutputUpdateASmartImageSlotOperation = Literal["update_smart_asset"]

PATCH_OUTPUT_UPDATE_A_SMART_IMAGE_SLOT_OPERATION_VALUES: set[PatchOutputUpdateASmartImageSlotOperation] = {
    "update_smart_asset",
}


def check_patch_output_update_a_smart_image_slot_operation(value: str) -> PatchOutputUpdateASmartImageSlotOperation:
    if value in PATCH_OUTPUT_UPDATE_A_SMART_IMAGE_SLOT_OPERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PATCH_OUTPUT_UPDATE_A_SMART_IMAGE_SLOT_OPERATION_VALUES!r}"
    )
