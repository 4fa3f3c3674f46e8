from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role_enum import RoleEnum, check_role_enum

T = TypeVar("T", bound="ChatTurnOutput")


@_attrs_define
class ChatTurnOutput:
    """
    Attributes:
        role (RoleEnum): * `user` - user
            * `assistant` - assistant
        content (str):
        created_at (datetime.datetime):  Example: 2025-11-26T10:00:00Z.
        design_ids (list[str]):
        suggestions (list[str]):
    """

    role: RoleEnum
    content: str
    created_at: datetime.datetime
    design_ids: list[str]
    suggestions: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role: str = self.role

        content = self.content

        created_at = self.created_at.isoformat()

        design_ids = self.design_ids

        suggestions = self.suggestions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
                "createdAt": created_at,
                "designIds": design_ids,
                "suggestions": suggestions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        role = check_role_enum(d.pop("role"))

        content = d.pop("content")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        design_ids = cast(list[str], d.pop("designIds"))

        suggestions = cast(list[str], d.pop("suggestions"))

        chat_turn_output = cls(
            role=role,
            content=content,
            created_at=created_at,
            design_ids=design_ids,
            suggestions=suggestions,
        )

        chat_turn_output.additional_properties = d
        return chat_turn_output

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
