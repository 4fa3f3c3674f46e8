from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_job_failed_event import (
    WebhookJobFailedEvent,
    check_webhook_job_failed_event,
)

if TYPE_CHECKING:
    from ..models.webhook_job_failed_data import WebhookJobFailedData


T = TypeVar("T", bound="WebhookJobFailed")


@_attrs_define
class WebhookJobFailed:
    """An asynchronous job failed; `error` is the error envelope's error object.

    Attributes:
        event (WebhookJobFailedEvent):
        timestamp (datetime.datetime):  Example: 2025-11-26T10:00:00Z.
        data (WebhookJobFailedData):
    """

    event: WebhookJobFailedEvent
    timestamp: datetime.datetime
    data: WebhookJobFailedData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event: str = self.event

        timestamp = self.timestamp.isoformat()

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "timestamp": timestamp,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webhook_job_failed_data import WebhookJobFailedData

        d = dict(src_dict)
        event = check_webhook_job_failed_event(d.pop("event"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        data = WebhookJobFailedData.from_dict(d.pop("data"))

        webhook_job_failed = cls(
            event=event,
            timestamp=timestamp,
            data=data,
        )

        webhook_job_failed.additional_properties = d
        return webhook_job_failed

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
