from typing import Literal

PatchOutputUpdateALayerOperation = Literal["update_layer"]

PATCH_OUTPUT_UPDATE_A_LAYER_OPERATION_VALUES: set[PatchOutputUpdateALayerOperation] = {
    "update_layer",
}


def check_patch_output_update_a_layer_operation(value: str) -> PatchOutputUpdateALayerOperation:
    if value in PATCH_OUTPUT_UPDATE_A_LAYER_OPERATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PATCH_OUTPUT_UPDATE_A_LAYER_OPERATION_VALUES!r}")
