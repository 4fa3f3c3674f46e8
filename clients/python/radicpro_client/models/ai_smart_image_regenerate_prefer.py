from typing import Literal

AiSmartImageRegeneratePrefer = Literal["respond-async"]

AI_SMART_IMAGE_REGENERATE_PREFER_VALUES: set[AiSmartImageRegeneratePrefer] = {
    "respond-async",
}


def check_ai_smart_image_regenerate_prefer(value: str) -> AiSmartImageRegeneratePrefer:
    if value in AI_SMART_IMAGE_REGENERATE_PREFER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AI_SMART_IMAGE_REGENERATE_PREFER_VALUES!r}")
