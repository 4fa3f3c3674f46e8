from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DesignOutput")


@_attrs_define
class DesignOutput:
    """A design with its document.

    Attributes:
        id (str):
        owner_id (str):
        campaign_id (None | str):
        brand_kit_id (None | str):
        title (str):
        format_ (str):
        thumbnail_url (None | str): Signed, expiring URL of a PNG preview (at most 400 px a side) that a worker draws
            after each change; null until the first one is ready.
        design_json (Any): The design document (schema: GET /v1/schemas/design/{schemaVersion}), passed through
            verbatim; its id is set to the design's. Validation errors are keyed designJson + the JSON pointer of the bad
            node, e.g. designJson/layers/2/style/color.
        version (int): Starts at 1, +1 on every change; the ETag header is the quoted version ("3").
        creative_concept (str):
        is_archived (bool):
        created_at (datetime.datetime):  Example: 2025-11-26T10:00:00Z.
        updated_at (datetime.datetime):  Example: 2025-11-26T10:00:00Z.
    """

    id: str
    owner_id: str
    campaign_id: None | str
    brand_kit_id: None | str
    title: str
    format_: str
    thumbnail_url: None | str
    design_json: Any
    version: int
    creative_concept: str
    is_archived: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        owner_id = self.owner_id

        campaign_id: None | str
        campaign_id = self.campaign_id

        brand_kit_id: None | str
        brand_kit_id = self.brand_kit_id

        title = self.title

        format_ = self.format_

        thumbnail_url: None | str
        thumbnail_url = self.thumbnail_url

        design_json = self.design_json

        version = self.version

        creative_concept = self.creative_concept

        is_archived = self.is_archived

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ownerId": owner_id,
                "campaignId": campaign_id,
                "brandKitId": brand_kit_id,
                "title": title,
                "format": format_,
                "thumbnailUrl": thumbnail_url,
                "designJson": design_json,
                "version": version,
                "creativeConcept": creative_concept,
                "isArchived": is_archived,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        owner_id = d.pop("ownerId")

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

        title = d.pop("title")

        format_ = d.pop("format")

        def _parse_thumbnail_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        thumbnail_url = _parse_thumbnail_url(d.pop("thumbnailUrl"))

        design_json = d.pop("designJson")

        version = d.pop("version")

        creative_concept = d.pop("creativeConcept")

        is_archived = d.pop("isArchived")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        design_output = cls(
            id=id,
            owner_id=owner_id,
            campaign_id=campaign_id,
            brand_kit_id=brand_kit_id,
            title=title,
            format_=format_,
            thumbnail_url=thumbnail_url,
            design_json=design_json,
            version=version,
            creative_concept=creative_concept,
            is_archived=is_archived,
            created_at=created_at,
            updated_at=updated_at,
        )

        design_output.additional_properties = d
        return design_output

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
