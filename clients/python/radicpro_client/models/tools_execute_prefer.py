from typing import Literal

ToolsExecutePrefer = Literal["respond-async"]

TOOLS_EXECUTE_PREFER_VALUES: set[ToolsExecutePrefer] = {
    "respond-async",
}


def check_tools_execute_prefer(value: str) -> ToolsExecutePrefer:
    if value in TOOLS_EXECUTE_PREFER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOOLS_EXECUTE_PREFER_VALUES!r}")
