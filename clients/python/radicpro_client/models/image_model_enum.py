from typing import Literal

ImageModelEnum = Literal["flux-1.1-pro", "nano-banana-pro"]

IMAGE_MODEL_ENUM_VALUES: set[ImageModelEnum] = {
    "flux-1.1-pro",
    "nano-banana-pro",
}


def check_image_model_enum(value: str) -> ImageModelEnum:
    if value in IMAGE_MODEL_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_MODEL_ENUM_VALUES!r}")
