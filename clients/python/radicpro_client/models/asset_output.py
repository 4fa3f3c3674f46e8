from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_output_type_enum import (
    AssetOutputTypeEnum,
    check_asset_output_type_enum,
)

T = TypeVar("T", bound="AssetOutput")


@_attrs_define
class AssetOutput:
    """An OutputModelSerializer for list items and such.

    Attributes:
        id (str):
        type_ (AssetOutputTypeEnum): * `logo` - Logo
            * `product` - Product
            * `reference` - Reference
            * `generated` - Generated
            * `export` - Export
            * `font` - Font
            * `thumbnail` - Thumbnail
        filename (str):
        mime_type (str):
        url (str): A signed URL to the file; it stops working at expiresAt.
        expires_at (datetime.datetime): When `url` expires. Example: 2025-11-26T10:00:00Z.
        size_bytes (int):
        width (int | None):
        height (int | None):
        created_at (datetime.datetime):  Example: 2025-11-26T10:00:00Z.
    """

    id: str
    type_: AssetOutputTypeEnum
    filename: str
    mime_type: str
    url: str
    expires_at: datetime.datetime
    size_bytes: int
    width: int | None
    height: int | None
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str = self.type_

        filename = self.filename

        mime_type = self.mime_type

        url = self.url

        expires_at = self.expires_at.isoformat()

        size_bytes = self.size_bytes

        width: int | None
        width = self.width

        height: int | None
        height = self.height

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "filename": filename,
                "mimeType": mime_type,
                "url": url,
                "expiresAt": expires_at,
                "sizeBytes": size_bytes,
                "width": width,
                "height": height,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = check_asset_output_type_enum(d.pop("type"))

        filename = d.pop("filename")

        mime_type = d.pop("mimeType")

        url = d.pop("url")

        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))

        size_bytes = d.pop("sizeBytes")

        def _parse_width(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        width = _parse_width(d.pop("width"))

        def _parse_height(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        height = _parse_height(d.pop("height"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        asset_output = cls(
            id=id,
            type_=type_,
            filename=filename,
            mime_type=mime_type,
            url=url,
            expires_at=expires_at,
            size_bytes=size_bytes,
            width=width,
            height=height,
            created_at=created_at,
        )

        asset_output.additional_properties = d
        return asset_output

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
