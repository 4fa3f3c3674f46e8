from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookDesignExportedData")


@_attrs_define
class WebhookDesignExportedData:
    """
    Attributes:
        design_id (str):
        export_id (str):
        format_ (str):
        resolution (str):
        url (str):
    """

    design_id: str
    export_id: str
    format_: str
    resolution: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        design_id = self.design_id

        export_id = self.export_id

        format_ = self.format_

        resolution = self.resolution

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "designId": design_id,
                "exportId": export_id,
                "format": format_,
                "resolution": resolution,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        design_id = d.pop("designId")

        export_id = d.pop("exportId")

        format_ = d.pop("format")

        resolution = d.pop("resolution")

        url = d.pop("url")

        webhook_design_exported_data = cls(
            design_id=design_id,
            export_id=export_id,
            format_=format_,
            resolution=resolution,
            url=url,
        )

        webhook_design_exported_data.additional_properties = d
        return webhook_design_exported_data

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
