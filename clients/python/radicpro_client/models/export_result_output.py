from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_format_enum import ExportFormatEnum, check_export_format_enum
from ..models.export_resolution_enum import (
    ExportResolutionEnum,
    check_export_resolution_enum,
)

T = TypeVar("T", bound="ExportResultOutput")


@_attrs_define
class ExportResultOutput:
    """POST /v1/export's answer (spec §7.1, with width, height and warnings).

    Attributes:
        export_id (str):
        url (str): Signed; valid until expiresAt.
        format_ (ExportFormatEnum): * `png` - PNG
            * `jpg` - JPEG
            * `webp` - WebP
            * `pdf` - PDF
            * `svg` - SVG
        resolution (ExportResolutionEnum): * `1x` - 1x
            * `2x` - 2x
            * `3x` - 3x
        size_bytes (int): Size of the stored file.
        expires_at (datetime.datetime): When url stops working. Example: 2025-11-26T10:00:00Z.
        width (int): Pixels (canvas width × scale).
        height (int): Pixels (canvas height × scale).
        warnings (list[str]): What the renderer could not draw as asked (a missing asset, an unknown font...); empty
            when none.
    """

    export_id: str
    url: str
    format_: ExportFormatEnum
    resolution: ExportResolutionEnum
    size_bytes: int
    expires_at: datetime.datetime
    width: int
    height: int
    warnings: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        export_id = self.export_id

        url = self.url

        format_: str = self.format_

        resolution: str = self.resolution

        size_bytes = self.size_bytes

        expires_at = self.expires_at.isoformat()

        width = self.width

        height = self.height

        warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exportId": export_id,
                "url": url,
                "format": format_,
                "resolution": resolution,
                "sizeBytes": size_bytes,
                "expiresAt": expires_at,
                "width": width,
                "height": height,
                "warnings": warnings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        export_id = d.pop("exportId")

        url = d.pop("url")

        format_ = check_export_format_enum(d.pop("format"))

        resolution = check_export_resolution_enum(d.pop("resolution"))

        size_bytes = d.pop("sizeBytes")

        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))

        width = d.pop("width")

        height = d.pop("height")

        warnings = cast(list[str], d.pop("warnings"))

        export_result_output = cls(
            export_id=export_id,
            url=url,
            format_=format_,
            resolution=resolution,
            size_bytes=size_bytes,
            expires_at=expires_at,
            width=width,
            height=height,
            warnings=warnings,
        )

        export_result_output.additional_properties = d
        return export_result_output

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
