from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_design_adapted_event import (
    WebhookDesignAdaptedEvent,
    check_webhook_design_adapted_event,
)

if TYPE_CHECKING:
    from ..models.webhook_design_adapted_data import WebhookDesignAdaptedData


T = TypeVar("T", bound="WebhookDesignAdapted")


@_attrs_define
class WebhookDesignAdapted:
    """Designs were adapted to other formats (POST /v1/designs/{designId}/adapt or /v1/campaigns/{campaignId}/adapt):
    `designIds` are the new designs, in source × format order.

        Attributes:
            event (WebhookDesignAdaptedEvent):
            timestamp (datetime.datetime):  Example: 2025-11-26T10:00:00Z.
            data (WebhookDesignAdaptedData):
    """

    event: WebhookDesignAdaptedEvent
    timestamp: datetime.datetime
    data: WebhookDesignAdaptedData
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
        from ..models.webhook_design_adapted_data import WebhookDesignAdaptedData

        d = dict(src_dict)
        event = check_webhook_design_adapted_event(d.pop("event"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        data = WebhookDesignAdaptedData.from_dict(d.pop("data"))

        webhook_design_adapted = cls(
            event=event,
            timestamp=timestamp,
            data=data,
        )

        webhook_design_adapted.additional_properties = d
        return webhook_design_adapted

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
