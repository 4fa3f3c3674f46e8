from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.design_list_item_output import DesignListItemOutput
    from ..models.paginated_design_list_item_output_list_pagination import (
        PaginatedDesignListItemOutputListPagination,
    )


T = TypeVar("T", bound="PaginatedDesignListItemOutputList")


@_attrs_define
class PaginatedDesignListItemOutputList:
    """
    Attributes:
        designs (list[DesignListItemOutput]):
        pagination (PaginatedDesignListItemOutputListPagination):
    """

    designs: list[DesignListItemOutput]
    pagination: PaginatedDesignListItemOutputListPagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        designs = []
        for designs_item_data in self.designs:
            designs_item = designs_item_data.to_dict()
            designs.append(designs_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "designs": designs,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.design_list_item_output import DesignListItemOutput
        from ..models.paginated_design_list_item_output_list_pagination import (
            PaginatedDesignListItemOutputListPagination,
        )

        d = dict(src_dict)
        designs = []
        _designs = d.pop("designs")
        for designs_item_data in _designs:
            designs_item = DesignListItemOutput.from_dict(designs_item_data)

            designs.append(designs_item)

        pagination = PaginatedDesignListItemOutputListPagination.from_dict(d.pop("pagination"))

        paginated_design_list_item_output_list = cls(
            designs=designs,
            pagination=pagination,
        )

        paginated_design_list_item_output_list.additional_properties = d
        return paginated_design_list_item_output_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
