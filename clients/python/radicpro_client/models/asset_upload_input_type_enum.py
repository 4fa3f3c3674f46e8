from typing import Literal

AssetUploadInputTypeEnum = Literal["logo", "product", "reference"]

ASSET_UPLOAD_INPUT_TYPE_ENUM_VALUES: set[AssetUploadInputTypeEnum] = {
    "logo",
    "product",
    "reference",
}


def check_asset_upload_input_type_enum(value: str) -> AssetUploadInputTypeEnum:
    if value in ASSET_UPLOAD_INPUT_TYPE_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASSET_UPLOAD_INPUT_TYPE_ENUM_VALUES!r}")
