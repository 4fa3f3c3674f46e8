from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.events_enum import EventsEnum, check_events_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookCreateInputRequest")


@_attrs_define
class WebhookCreateInputRequest:
    """
    Attributes:
        url (str): A public http(s) URL.
        events (list[EventsEnum]): Events to receive, listed one by one: design.created, design.exported,
            design.adapted, smart_image.completed, smart_image.failed, job.completed, job.failed, credits.low.
        secret (str | Unset): Your signing secret; omit it to get a generated whsec_... secret.
        description (str | Unset):  Default: ''.
    """

    url: str
    events: list[EventsEnum]
    secret: str | Unset = UNSET
    description: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        events = []
        for events_item_data in self.events:
            events_item: str = events_item_data
            events.append(events_item)

        secret = self.secret

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "events": events,
            }
        )
        if secret is not UNSET:
            field_dict["secret"] = secret
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = check_events_enum(events_item_data)

            events.append(events_item)

        secret = d.pop("secret", UNSET)

        description = d.pop("description", UNSET)

        webhook_create_input_request = cls(
            url=url,
            events=events,
            secret=secret,
            description=description,
        )

        webhook_create_input_request.additional_properties = d
        return webhook_create_input_request

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
