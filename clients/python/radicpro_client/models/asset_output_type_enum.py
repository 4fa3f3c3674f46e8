from typing import Literal

AssetOutputTypeEnum = Literal["export", "font", "generated", "logo", "product", "reference", "thumbnail"]

ASSET_OUTPUT_TYPE_ENUM_VALUES: set[AssetOutputTypeEnum] = {
    "export",
    "font",
    "generated",
    "logo",
    "product",
    "reference",
    "thumbnail",
}


def check_asset_output_type_enum(value: str) -> AssetOutputTypeEnum:
    if value in ASSET_OUTPUT_TYPE_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASSET_OUTPUT_TYPE_ENUM_VALUES!r}")
