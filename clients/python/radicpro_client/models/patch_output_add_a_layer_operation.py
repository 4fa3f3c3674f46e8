from typing import Literal

PatchOutputAddALayerOperation = Literal["add_layer"]

PATCH_OUTPUT_ADD_A_LAYER_OPERATION_VALUES: set[PatchOutputAddALayerOperation] = {
    "add_layer",
}


def check_patch_output_add_a_layer_operation(value: str) -> PatchOutputAddALayerOperation:
    if value in PATCH_OUTPUT_ADD_A_LAYER_OPERATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PATCH_OUTPUT_ADD_A_LAYER_OPERATION_VALUES!r}")
