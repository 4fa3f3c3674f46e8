from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegenerateInputRequest")


@_attrs_define
class RegenerateInputRequest:
    """Refuses fields the endpoint does not take (nested objects too) instead of ignoring them.

    Attributes:
        prompt_override (None | str | Unset): A new prompt; the recipe keeps it.
    """

    prompt_override: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt_override: None | str | Unset
        if isinstance(self.prompt_override, Unset):
            prompt_override = UNSET
        else:
            prompt_override = self.prompt_override

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt_override is not UNSET:
            field_dict["promptOverride"] = prompt_override

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_prompt_override(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt_override = _parse_prompt_override(d.pop("promptOverride", UNSET))

        regenerate_input_request = cls(
            prompt_override=prompt_override,
        )

        regenerate_input_request.additional_properties = d
        return regenerate_input_request

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
