from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mode_enum import ModeEnum, check_mode_enum

T = TypeVar("T", bound="ApiKeyCreatedOutput")


@_attrs_define
class ApiKeyCreatedOutput:
    """
    Attributes:
        id (str):
        key (str): The secret. Shown once; store it now.
        name (str):
        mode (ModeEnum): * `live` - Live
            * `test` - Test (sandbox)
        prefix (str):
        created_at (datetime.datetime):  Example: 2025-11-26T10:00:00Z.
    """

    id: str
    key: str
    name: str
    mode: ModeEnum
    prefix: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        key = self.key

        name = self.name

        mode: str = self.mode

        prefix = self.prefix

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "key": key,
                "name": name,
                "mode": mode,
                "prefix": prefix,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        key = d.pop("key")

        name = d.pop("name")

        mode = check_mode_enum(d.pop("mode"))

        prefix = d.pop("prefix")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        api_key_created_output = cls(
            id=id,
            key=key,
            name=name,
            mode=mode,
            prefix=prefix,
            created_at=created_at,
        )

        api_key_created_output.additional_properties = d
        return api_key_created_output

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
