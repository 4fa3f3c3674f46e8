from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.events_enum import EventsEnum, check_events_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedWebhookUpdateInputRequest")


@_attrs_define
class PatchedWebhookUpdateInputRequest:
    """
    Attributes:
        url (str | Unset):
        events (list[EventsEnum] | Unset): Events to receive, listed one by one: design.created, design.exported,
            design.adapted, smart_image.completed, smart_image.failed, job.completed, job.failed, credits.low.
        description (str | Unset):
        is_active (bool | Unset): Turning a disabled webhook back on clears its failure count.
    """

    url: str | Unset = UNSET
    events: list[EventsEnum] | Unset = UNSET
    description: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item: str = events_item_data
                events.append(events_item)

        description = self.description

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if events is not UNSET:
            field_dict["events"] = events
        if description is not UNSET:
            field_dict["description"] = description
        if is_active is not UNSET:
            field_dict["isActive"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        _events = d.pop("events", UNSET)
        events: list[EventsEnum] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = check_events_enum(events_item_data)

                events.append(events_item)

        description = d.pop("description", UNSET)

        is_active = d.pop("isActive", UNSET)

        patched_webhook_update_input_request = cls(
            url=url,
            events=events,
            description=description,
            is_active=is_active,
        )

        patched_webhook_update_input_request.additional_properties = d
        return patched_webhook_update_input_request

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
