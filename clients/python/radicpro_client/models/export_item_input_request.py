from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_request_format_enum import (
    ExportRequestFormatEnum,
    check_export_request_format_enum,
)
from ..models.export_resolution_enum import (
    ExportResolutionEnum,
    check_export_resolution_enum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportItemInputRequest")


@_attrs_define
class ExportItemInputRequest:
    """
    Attributes:
        format_ (ExportRequestFormatEnum): * `png` - png
            * `jpg` - jpg
            * `jpeg` - jpeg
            * `webp` - webp
            * `pdf` - pdf
            * `svg` - svg
        resolution (ExportResolutionEnum | Unset): * `1x` - 1x
            * `2x` - 2x
            * `3x` - 3x Default: '1x'.
        quality (int | Unset): Encoder quality for jpg and webp (1–100). Default: 90.
        transparent (bool | Unset): Transparent background; png and webp only. Default: False.
    """

    format_: ExportRequestFormatEnum
    resolution: ExportResolutionEnum | Unset = "1x"
    quality: int | Unset = 90
    transparent: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_: str = self.format_

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        quality = self.quality

        transparent = self.transparent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "format": format_,
            }
        )
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if quality is not UNSET:
            field_dict["quality"] = quality
        if transparent is not UNSET:
            field_dict["transparent"] = transparent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        format_ = check_export_request_format_enum(d.pop("format"))

        _resolution = d.pop("resolution", UNSET)
        resolution: ExportResolutionEnum | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_export_resolution_enum(_resolution)

        quality = d.pop("quality", UNSET)

        transparent = d.pop("transparent", UNSET)

        export_item_input_request = cls(
            format_=format_,
            resolution=resolution,
            quality=quality,
            transparent=transparent,
        )

        export_item_input_request.additional_properties = d
        return export_item_input_request

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
