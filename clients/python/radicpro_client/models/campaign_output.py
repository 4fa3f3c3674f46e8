from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CampaignOutput")


@_attrs_define
class CampaignOutput:
    """A campaign with the number of its designs.

    Attributes:
        id (str):
        name (str):
        description (str):
        brand_kit_id (None | str):
        design_count (int): Designs in this campaign (archived ones included).
        created_at (datetime.datetime):  Example: 2025-11-26T10:00:00Z.
        updated_at (datetime.datetime):  Example: 2025-11-26T10:00:00Z.
    """

    id: str
    name: str
    description: str
    brand_kit_id: None | str
    design_count: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        brand_kit_id: None | str
        brand_kit_id = self.brand_kit_id

        design_count = self.design_count

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "brandKitId": brand_kit_id,
                "designCount": design_count,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        description = d.pop("description")

        def _parse_brand_kit_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        brand_kit_id = _parse_brand_kit_id(d.pop("brandKitId"))

        design_count = d.pop("designCount")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        campaign_output = cls(
            id=id,
            name=name,
            description=description,
            brand_kit_id=brand_kit_id,
            design_count=design_count,
            created_at=created_at,
            updated_at=updated_at,
        )

        campaign_output.additional_properties = d
        return campaign_output

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
