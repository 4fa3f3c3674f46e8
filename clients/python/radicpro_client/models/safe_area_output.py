from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SafeAreaOutput")


@_attrs_define
class SafeAreaOutput:
    """Insets in px from each canvas edge.

    Attributes:
        top (int):
        right (int):
        bottom (int):
        left (int):
    """

    top: int
    right: int
    bottom: int
    left: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        top = self.top

        right = self.right

        bottom = self.bottom

        left = self.left

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "top": top,
                "right": right,
                "bottom": bottom,
                "left": left,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        top = d.pop("top")

        right = d.pop("right")

        bottom = d.pop("bottom")

        left = d.pop("left")

        safe_area_output = cls(
            top=top,
            right=right,
            bottom=bottom,
            left=left,
        )

        safe_area_output.additional_properties = d
        return safe_area_output

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
