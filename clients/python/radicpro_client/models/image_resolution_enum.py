from typing import Literal

ImageResolutionEnum = Literal["1k", "2k", "4k"]

IMAGE_RESOLUTION_ENUM_VALUES: set[ImageResolutionEnum] = {
    "1k",
    "2k",
    "4k",
}


def check_image_resolution_enum(value: str) -> ImageResolutionEnum:
    if value in IMAGE_RESOLUTION_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_RESOLUTION_ENUM_VALUES!r}")
