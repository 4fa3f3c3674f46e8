from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.brand_output import BrandOutput


T = TypeVar("T", bound="BrandListOutput")


@_attrs_define
class BrandListOutput:
    """
    Attributes:
        brands (list[BrandOutput]):
    """

    brands: list[BrandOutput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brands = []
        for brands_item_data in self.brands:
            brands_item = brands_item_data.to_dict()
            brands.append(brands_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brands": brands,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.brand_output import BrandOutput

        d = dict(src_dict)
        brands = []
        _brands = d.pop("brands")
        for brands_item_data in _brands:
            brands_item = BrandOutput.from_dict(brands_item_data)

            brands.append(brands_item)

        brand_list_output = cls(
            brands=brands,
        )

        brand_list_output.additional_properties = d
        return brand_list_output

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
