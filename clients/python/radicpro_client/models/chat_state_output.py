from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChatStateOutput")


@_attrs_define
class ChatStateOutput:
    """
    Attributes:
        intent (None | str): logo, social_post, ad or edit.
        name (None | str):
        offer (None | str):
        colors (list[str]): #RRGGBB, in order of mention.
        style (None | str):
        format_ (None | str):
        business (None | str):
        awaiting (None | str): The piece the assistant just asked for.
    """

    intent: None | str
    name: None | str
    offer: None | str
    colors: list[str]
    style: None | str
    format_: None | str
    business: None | str
    awaiting: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        intent: None | str
        intent = self.intent

        name: None | str
        name = self.name

        offer: None | str
        offer = self.offer

        colors = self.colors

        style: None | str
        style = self.style

        format_: None | str
        format_ = self.format_

        business: None | str
        business = self.business

        awaiting: None | str
        awaiting = self.awaiting

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "intent": intent,
                "name": name,
                "offer": offer,
                "colors": colors,
                "style": style,
                "format": format_,
                "business": business,
                "awaiting": awaiting,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_intent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        intent = _parse_intent(d.pop("intent"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_offer(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        offer = _parse_offer(d.pop("offer"))

        colors = cast(list[str], d.pop("colors"))

        def _parse_style(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        style = _parse_style(d.pop("style"))

        def _parse_format_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        format_ = _parse_format_(d.pop("format"))

        def _parse_business(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        business = _parse_business(d.pop("business"))

        def _parse_awaiting(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        awaiting = _parse_awaiting(d.pop("awaiting"))

        chat_state_output = cls(
            intent=intent,
            name=name,
            offer=offer,
            colors=colors,
            style=style,
            format_=format_,
            business=business,
            awaiting=awaiting,
        )

        chat_state_output.additional_properties = d
        return chat_state_output

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
