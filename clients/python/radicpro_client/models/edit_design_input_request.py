from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EditDesignInputRequest")


@_attrs_define
class EditDesignInputRequest:
    """Refuses fields the endpoint does not take (nested objects too) instead of ignoring them.

    Attributes:
        design_id (str):
        instruction (str): What to change, in plain words.
    """

    design_id: str
    instruction: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        design_id = self.design_id

        instruction = self.instruction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "designId": design_id,
                "instruction": instruction,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        design_id = d.pop("designId")

        instruction = d.pop("instruction")

        edit_design_input_request = cls(
            design_id=design_id,
            instruction=instruction,
        )

        edit_design_input_request.additional_properties = d
        return edit_design_input_request

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
