from typing import Literal

AiSmartImagePrefer = Literal["respond-async"]

AI_SMART_IMAGE_PREFER_VALUES: set[AiSmartImagePrefer] = {
    "respond-async",
}


def check_ai_smart_image_prefer(value: str) -> AiSmartImagePrefer:
    if value in AI_SMART_IMAGE_PREFER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AI_SMART_IMAGE_PREFER_VALUES!r}")
