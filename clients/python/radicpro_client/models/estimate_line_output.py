from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EstimateLineOutput")


@_attrs_define
class EstimateLineOutput:
    """
    Attributes:
        item (str):
        quantity (int):
        unit_credits (int):
        credits_ (int):
        resolution (str | Unset):
    """

    item: str
    quantity: int
    unit_credits: int
    credits_: int
    resolution: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item = self.item

        quantity = self.quantity

        unit_credits = self.unit_credits

        credits_ = self.credits_

        resolution = self.resolution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item": item,
                "quantity": quantity,
                "unitCredits": unit_credits,
                "credits": credits_,
            }
        )
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        item = d.pop("item")

        quantity = d.pop("quantity")

        unit_credits = d.pop("unitCredits")

        credits_ = d.pop("credits")

        resolution = d.pop("resolution", UNSET)

        estimate_line_output = cls(
            item=item,
            quantity=quantity,
            unit_credits=unit_credits,
            credits_=credits_,
            resolution=resolution,
        )

        estimate_line_output.additional_properties = d
        return estimate_line_output

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
