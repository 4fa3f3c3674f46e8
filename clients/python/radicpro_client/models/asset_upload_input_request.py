from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.asset_upload_input_type_enum import (
    AssetUploadInputTypeEnum,
    check_asset_upload_input_type_enum,
)
from ..types import File

T = TypeVar("T", bound="AssetUploadInputRequest")


@_attrs_define
class AssetUploadInputRequest:
    """
    Attributes:
        file (File): PNG, JPEG, WebP, GIF; SVG for logos (sanitised).
        type_ (AssetUploadInputTypeEnum): * `logo` - Logo
            * `product` - Product
            * `reference` - Reference
    """

    file: File
    type_: AssetUploadInputTypeEnum
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
                "type": type_,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("type", (None, str(self.type_).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        type_ = check_asset_upload_input_type_enum(d.pop("type"))

        asset_upload_input_request = cls(
            file=file,
            type_=type_,
        )

        asset_upload_input_request.additional_properties = d
        return asset_upload_input_request

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
