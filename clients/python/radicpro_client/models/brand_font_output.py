from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BrandFontOutput")


@_attrs_define
class BrandFontOutput:
    """An OutputModelSerializer for list items and such.

    Attributes:
        id (str):
        family (str):
        weight (int):
        style (str):
        asset_id (str):
        filename (str):
        url (str):
        created_at (datetime.datetime):  Example: 2025-11-26T10:00:00Z.
    """

    id: str
    family: str
    weight: int
    style: str
    asset_id: str
    filename: str
    url: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        family = self.family

        weight = self.weight

        style = self.style

        asset_id = self.asset_id

        filename = self.filename

        url = self.url

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "family": family,
                "weight": weight,
                "style": style,
                "assetId": asset_id,
                "filename": filename,
                "url": url,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        family = d.pop("family")

        weight = d.pop("weight")

        style = d.pop("style")

        asset_id = d.pop("assetId")

        filename = d.pop("filename")

        url = d.pop("url")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        brand_font_output = cls(
            id=id,
            family=family,
            weight=weight,
            style=style,
            asset_id=asset_id,
            filename=filename,
            url=url,
            created_at=created_at,
        )

        brand_font_output.additional_properties = d
        return brand_font_output

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
