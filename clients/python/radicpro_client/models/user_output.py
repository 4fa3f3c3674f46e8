from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plan_enum import PlanEnum, check_plan_enum

T = TypeVar("T", bound="UserOutput")


@_attrs_define
class UserOutput:
    """A ModelSerializer whose model timestamps use WireDateTimeField, and whose fields are built
    from the model once a class: DRF's ModelSerializer introspects the model for every instance,
    which cost more than the rest of a small request (GET /v1/auth/me) together. Each instance
    gets its own copies (as DRF copies declared fields), built from the class's first.

        Attributes:
            id (str):
            email (str):
            full_name (str):
            avatar_url (None | str):
            plan (PlanEnum): * `free` - Free
                * `starter` - Starter
                * `pro` - Pro
                * `business` - Business
                * `enterprise` - Enterprise
            created_at (datetime.datetime):  Example: 2025-11-26T10:00:00Z.
    """

    id: str
    email: str
    full_name: str
    avatar_url: None | str
    plan: PlanEnum
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        full_name = self.full_name

        avatar_url: None | str
        avatar_url = self.avatar_url

        plan: str = self.plan

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "fullName": full_name,
                "avatarUrl": avatar_url,
                "plan": plan,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        email = d.pop("email")

        full_name = d.pop("fullName")

        def _parse_avatar_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        avatar_url = _parse_avatar_url(d.pop("avatarUrl"))

        plan = check_plan_enum(d.pop("plan"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        user_output = cls(
            id=id,
            email=email,
            full_name=full_name,
            avatar_url=avatar_url,
            plan=plan,
            created_at=created_at,
        )

        user_output.additional_properties = d
        return user_output

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
