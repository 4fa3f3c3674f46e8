from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignCreateInputRequest")


@_attrs_define
class CampaignCreateInputRequest:
    """A new campaign.

    Attributes:
        name (str):
        description (str | Unset):  Default: ''.
        brand_kit_id (None | str | Unset): One of your brand kits (optional).
    """

    name: str
    description: str | Unset = ""
    brand_kit_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        brand_kit_id: None | str | Unset
        if isinstance(self.brand_kit_id, Unset):
            brand_kit_id = UNSET
        else:
            brand_kit_id = self.brand_kit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if brand_kit_id is not UNSET:
            field_dict["brandKitId"] = brand_kit_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        def _parse_brand_kit_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand_kit_id = _parse_brand_kit_id(d.pop("brandKitId", UNSET))

        campaign_create_input_request = cls(
            name=name,
            description=description,
            brand_kit_id=brand_kit_id,
        )

        campaign_create_input_request.additional_properties = d
        return campaign_create_input_request

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
