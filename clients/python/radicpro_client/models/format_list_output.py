from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.format_output import FormatOutput


T = TypeVar("T", bound="FormatListOutput")


@_attrs_define
class FormatListOutput:
    """The formats catalogue.

    Attributes:
        formats (list[FormatOutput]):
    """

    formats: list[FormatOutput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        formats = []
        for formats_item_data in self.formats:
            formats_item = formats_item_data.to_dict()
            formats.append(formats_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "formats": formats,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.format_output import FormatOutput

        d = dict(src_dict)
        formats = []
        _formats = d.pop("formats")
        for formats_item_data in _formats:
            formats_item = FormatOutput.from_dict(formats_item_data)

            formats.append(formats_item)

        format_list_output = cls(
            formats=formats,
        )

        format_list_output.additional_properties = d
        return format_list_output

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
