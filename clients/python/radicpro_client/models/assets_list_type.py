from typing import Literal

AssetsListType = Literal["export", "font", "generated", "logo", "product", "reference", "thumbnail"]

ASSETS_LIST_TYPE_VALUES: set[AssetsListType] = {
    "export",
    "font",
    "generated",
    "logo",
    "product",
    "reference",
    "thumbnail",
}


def check_assets_list_type(value: str) -> AssetsListType:
    if value in ASSETS_LIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASSETS_LIST_TYPE_VALUES!r}")
