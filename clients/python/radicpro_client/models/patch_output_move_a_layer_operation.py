from typing import Literal

PatchOutputMoveALayerOperation = Literal["move_layer"]

PATCH_OUTPUT_MOVE_A_LAYER_OPERATION_VALUES: set[PatchOutputMoveALayerOperation] = {
    "move_layer",
}


def check_patch_output_move_a_layer_operation(value: str) -> PatchOutputMoveALayerOperation:
    if value in PATCH_OUTPUT_MOVE_A_LAYER_OPERATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PATCH_OUTPUT_MOVE_A_LAYER_OPERATION_VALUES!r}")
