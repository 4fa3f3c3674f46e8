from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DesignListItemOutput")


@_attrs_define
class DesignListItemOutput:
    """A design as listed (no document).

    Attributes:
        id (str):
        title (str):
        format_ (str):
        thumbnail_url (None | str): Signed, expiring URL of a PNG preview (at most 400 px a side) that a worker draws
            after each change; null until the first one is ready.
        is_archived (bool):
        campaign_id (None | str):
        version (int):
        created_at (datetime.datetime):  Example: 2025-11-26T10:00:00Z.
        updated_at (datetime.datetime):  Example: 2025-11-26T10:00:00Z.
    """

    id: str
    title: str
    format_: str
    thumbnail_url: None | str
    is_archived: bool
    campaign_id: None | str
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        format_ = self.format_

        thumbnail_url: None | str
        thumbnail_url = self.thumbnail_url

        is_archived = self.is_archived

        campaign_id: None | str
        campaign_id = self.campaign_id

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "format": format_,
                "thumbnailUrl": thumbnail_url,
                "isArchived": is_archived,
                "campaignId": campaign_id,
                "version": version,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        format_ = d.pop("format")

        def _parse_thumbnail_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        thumbnail_url = _parse_thumbnail_url(d.pop("thumbnailUrl"))

        is_archived = d.pop("isArchived")

        def _parse_campaign_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        campaign_id = _parse_campaign_id(d.pop("campaignId"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        design_list_item_output = cls(
            id=id,
            title=title,
            format_=format_,
            thumbnail_url=thumbnail_url,
            is_archived=is_archived,
            campaign_id=campaign_id,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        design_list_item_output.additional_properties = d
        return design_list_item_output

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
