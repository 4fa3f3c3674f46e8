from typing import Literal

AiGenerateDesignsPrefer = Literal["respond-async"]

AI_GENERATE_DESIGNS_PREFER_VALUES: set[AiGenerateDesignsPrefer] = {
    "respond-async",
}


def check_ai_generate_designs_prefer(value: str) -> AiGenerateDesignsPrefer:
    if value in AI_GENERATE_DESIGNS_PREFER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AI_GENERATE_DESIGNS_PREFER_VALUES!r}")
