from typing import Literal

ActionEnum = Literal["edit_design", "export", "generate_designs", "smart_image"]

ACTION_ENUM_VALUES: set[ActionEnum] = {
    "edit_design",
    "export",
    "generate_designs",
    "smart_image",
}


def check_action_enum(value: str) -> ActionEnum:
    if value in ACTION_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_ENUM_VALUES!r}")
