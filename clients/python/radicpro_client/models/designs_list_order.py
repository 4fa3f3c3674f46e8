from typing import Literal

DesignsListOrder = Literal["asc", "desc"]

DESIGNS_LIST_ORDER_VALUES: set[DesignsListOrder] = {
    "asc",
    "desc",
}


def check_designs_list_order(value: str) -> DesignsListOrder:
    if value in DESIGNS_LIST_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DESIGNS_LIST_ORDER_VALUES!r}")
