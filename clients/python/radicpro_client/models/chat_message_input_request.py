from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_message_input_request_context_type_0 import (
        ChatMessageInputRequestContextType0,
    )


T = TypeVar("T", bound="ChatMessageInputRequest")


@_attrs_define
class ChatMessageInputRequest:
    """
    Attributes:
        message (str):
        context (ChatMessageInputRequestContextType0 | None | Unset): Optional: projectId (or campaignId) files what is
            made under that campaign (and uses its brand kit); designId is the design to edit.
    """

    message: str
    context: ChatMessageInputRequestContextType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_message_input_request_context_type_0 import (
            ChatMessageInputRequestContextType0,
        )

        message = self.message

        context: dict[str, Any] | None | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        elif isinstance(self.context, ChatMessageInputRequestContextType0):
            context = self.context.to_dict()
        else:
            context = self.context

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_message_input_request_context_type_0 import (
            ChatMessageInputRequestContextType0,
        )

        d = dict(src_dict)
        message = d.pop("message")

        def _parse_context(data: object) -> ChatMessageInputRequestContextType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                context_type_0 = ChatMessageInputRequestContextType0.from_dict(data)

                return context_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatMessageInputRequestContextType0 | None | Unset, data)

        context = _parse_context(d.pop("context", UNSET))

        chat_message_input_request = cls(
            message=message,
            context=context,
        )

        chat_message_input_request.additional_properties = d
        return chat_message_input_request

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
