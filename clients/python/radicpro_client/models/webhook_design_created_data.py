from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookDesignCreatedData")


@_attrs_define
class WebhookDesignCreatedData:
    """
    Attributes:
        design_id (str):
        title (str):
        format_ (str):
        campaign_id (None | str):
        brand_kit_id (None | str):
        created_at (datetime.datetime):  Example: 2025-11-26T10:00:00Z.
    """

    design_id: str
    title: str
    format_: str
    campaign_id: None | str
    brand_kit_id: None | str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        design_id = self.design_id

        title = self.title

        format_ = self.format_

        campaign_id: None | str
        campaign_id = self.campaign_id

        brand_kit_id: None | str
        brand_kit_id = self.brand_kit_id

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "designId": design_id,
                "title": title,
                "format": format_,
                "campaignId": campaign_id,
                "brandKitId": brand_kit_id,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        design_id = d.pop("designId")

        title = d.pop("title")

        format_ = d.pop("format")

        def _parse_campaign_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        campaign_id = _parse_campaign_id(d.pop("campaignId"))

        def _parse_brand_kit_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        brand_kit_id = _parse_brand_kit_id(d.pop("brandKitId"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        webhook_design_created_data = cls(
            design_id=design_id,
            title=title,
            format_=format_,
            campaign_id=campaign_id,
            brand_kit_id=brand_kit_id,
            created_at=created_at,
        )

        webhook_design_created_data.additional_properties = d
        return webhook_design_created_data

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
