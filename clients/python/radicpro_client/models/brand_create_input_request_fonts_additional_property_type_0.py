from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BrandCreateInputRequestFontsAdditionalPropertyType0")


@_attrs_define
class BrandCreateInputRequestFontsAdditionalPropertyType0:
    """
    Attributes:
        family (str):
        weights (list[int] | Unset):
    """

    family: str
    weights: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        family = self.family

        weights: list[int] | Unset = UNSET
        if not isinstance(self.weights, Unset):
            weights = self.weights

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "family": family,
            }
        )
        if weights is not UNSET:
            field_dict["weights"] = weights

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        family = d.pop("family")

        weights = cast(list[int], d.pop("weights", UNSET))

        brand_create_input_request_fonts_additional_property_type_0 = cls(
            family=family,
            weights=weights,
        )

        brand_create_input_request_fonts_additional_property_type_0.additional_properties = d
        return brand_create_input_request_fonts_additional_property_type_0

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
