from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.chat_turn_output import ChatTurnOutput


T = TypeVar("T", bound="ChatHistoryOutput")


@_attrs_define
class ChatHistoryOutput:
    """
    Attributes:
        chat_id (str):
        messages (list[ChatTurnOutput]):
    """

    chat_id: str
    messages: list[ChatTurnOutput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chat_id = self.chat_id

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chatId": chat_id,
                "messages": messages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_turn_output import ChatTurnOutput

        d = dict(src_dict)
        chat_id = d.pop("chatId")

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = ChatTurnOutput.from_dict(messages_item_data)

            messages.append(messages_item)

        chat_history_output = cls(
            chat_id=chat_id,
            messages=messages,
        )

        chat_history_output.additional_properties = d
        return chat_history_output

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
