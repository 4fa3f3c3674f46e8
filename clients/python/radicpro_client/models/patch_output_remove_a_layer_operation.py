from typing import Literal

PatchOutputRemoveALayerOperation = Literal["remove_layer"]

PATCH_OUTPUT_REMOVE_A_LAYER_OPERATION_VALUES: set[PatchOutputRemoveALayerOperation] = {
    "remove_layer",
}


def check_patch_output_remove_a_layer_operation(value: str) -> PatchOutputRemoveALayerOperation:
    if value in PATCH_OUTPUT_REMOVE_A_LAYER_OPERATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PATCH_OUTPUT_REMOVE_A_LAYER_OPERATION_VALUES!r}")
