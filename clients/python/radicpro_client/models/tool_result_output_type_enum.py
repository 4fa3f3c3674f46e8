from typing import Literal

ToolResultOutputTypeEnum = Literal["asset", "design"]

TOOL_RESULT_OUTPUT_TYPE_ENUM_VALUES: set[ToolResultOutputTypeEnum] = {
    "asset",
    "design",
}


def check_tool_result_output_type_enum(value: str) -> ToolResultOutputTypeEnum:
    if value in TOOL_RESULT_OUTPUT_TYPE_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOOL_RESULT_OUTPUT_TYPE_ENUM_VALUES!r}")
