from typing import Literal

DesignsListSort = Literal["createdAt", "title", "updatedAt"]

DESIGNS_LIST_SORT_VALUES: set[DesignsListSort] = {
    "createdAt",
    "title",
    "updatedAt",
}


def check_designs_list_sort(value: str) -> DesignsListSort:
    if value in DESIGNS_LIST_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DESIGNS_LIST_SORT_VALUES!r}")
