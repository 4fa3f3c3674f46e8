from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BrandLogoOutput")


@_attrs_define
class BrandLogoOutput:
    """
    Attributes:
        logo_asset_id (str):
        logo_url (str):
        expires_at (datetime.datetime): When `logoUrl` expires. Example: 2025-11-26T10:00:00Z.
    """

    logo_asset_id: str
    logo_url: str
    expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        logo_asset_id = self.logo_asset_id

        logo_url = self.logo_url

        expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "logoAssetId": logo_asset_id,
                "logoUrl": logo_url,
                "expiresAt": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        logo_asset_id = d.pop("logoAssetId")

        logo_url = d.pop("logoUrl")

        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))

        brand_logo_output = cls(
            logo_asset_id=logo_asset_id,
            logo_url=logo_url,
            expires_at=expires_at,
        )

        brand_logo_output.additional_properties = d
        return brand_logo_output

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
