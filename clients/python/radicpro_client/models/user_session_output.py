from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.session_output import SessionOutput
    from ..models.user_output import UserOutput


T = TypeVar("T", bound="UserSessionOutput")


@_attrs_define
class UserSessionOutput:
    """
    Attributes:
        user (UserOutput): A ModelSerializer whose model timestamps use WireDateTimeField, and whose fields are built
            from the model once a class: DRF's ModelSerializer introspects the model for every instance,
            which cost more than the rest of a small request (GET /v1/auth/me) together. Each instance
            gets its own copies (as DRF copies declared fields), built from the class's first.
        session (SessionOutput):
    """

    user: UserOutput
    session: SessionOutput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user.to_dict()

        session = self.session.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
                "session": session,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.session_output import SessionOutput
        from ..models.user_output import UserOutput

        d = dict(src_dict)
        user = UserOutput.from_dict(d.pop("user"))

        session = SessionOutput.from_dict(d.pop("session"))

        user_session_output = cls(
            user=user,
            session=session,
        )

        user_session_output.additional_properties = d
        return user_session_output

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
