from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.delivery_output import DeliveryOutput
    from ..models.pagination_output import PaginationOutput


T = TypeVar("T", bound="DeliveryPageOutput")


@_attrs_define
class DeliveryPageOutput:
    """
    Attributes:
        deliveries (list[DeliveryOutput]):
        pagination (PaginationOutput): Where a page sits in the list (for views that page by hand and declare their
            body).
    """

    deliveries: list[DeliveryOutput]
    pagination: PaginationOutput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deliveries = []
        for deliveries_item_data in self.deliveries:
            deliveries_item = deliveries_item_data.to_dict()
            deliveries.append(deliveries_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deliveries": deliveries,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.delivery_output import DeliveryOutput
        from ..models.pagination_output import PaginationOutput

        d = dict(src_dict)
        deliveries = []
        _deliveries = d.pop("deliveries")
        for deliveries_item_data in _deliveries:
            deliveries_item = DeliveryOutput.from_dict(deliveries_item_data)

            deliveries.append(deliveries_item)

        pagination = PaginationOutput.from_dict(d.pop("pagination"))

        delivery_page_output = cls(
            deliveries=deliveries,
            pagination=pagination,
        )

        delivery_page_output.additional_properties = d
        return delivery_page_output

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
