from typing import Literal

PatchOutputUpdateTheCanvasOperation = Literal["update_canvas"]

PATCH_OUTPUT_UPDATE_THE_CANVAS_OPERATION_VALUES: set[PatchOutputUpdateTheCanvasOperation] = {
    "update_canvas",
}


def check_patch_output_update_the_canvas_operation(value: str) -> PatchOutputUpdateTheCanvasOperation:
    if value in PATCH_OUTPUT_UPDATE_THE_CANVAS_OPERATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PATCH_OUTPUT_UPDATE_THE_CANVAS_OPERATION_VALUES!r}")
