from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.events_enum import EventsEnum, check_events_enum

T = TypeVar("T", bound="WebhookOutput")


@_attrs_define
class WebhookOutput:
    """An OutputModelSerializer for list items and such.

    Attributes:
        id (str):
        url (str):
        events (list[EventsEnum]):
        description (str):
        is_active (bool):
        disabled_reason (str):
        failure_count (int): Consecutive deliveries that failed every attempt.
        created_at (datetime.datetime):  Example: 2025-11-26T10:00:00Z.
        updated_at (datetime.datetime):  Example: 2025-11-26T10:00:00Z.
    """

    id: str
    url: str
    events: list[EventsEnum]
    description: str
    is_active: bool
    disabled_reason: str
    failure_count: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        events = []
        for events_item_data in self.events:
            events_item: str = events_item_data
            events.append(events_item)

        description = self.description

        is_active = self.is_active

        disabled_reason = self.disabled_reason

        failure_count = self.failure_count

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "events": events,
                "description": description,
                "isActive": is_active,
                "disabledReason": disabled_reason,
                "failureCount": failure_count,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        url = d.pop("url")

        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = check_events_enum(events_item_data)

            events.append(events_item)

        description = d.pop("description")

        is_active = d.pop("isActive")

        disabled_reason = d.pop("disabledReason")

        failure_count = d.pop("failureCount")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        webhook_output = cls(
            id=id,
            url=url,
            events=events,
            description=description,
            is_active=is_active,
            disabled_reason=disabled_reason,
            failure_count=failure_count,
            created_at=created_at,
            updated_at=updated_at,
        )

        webhook_output.additional_properties = d
        return webhook_output

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
