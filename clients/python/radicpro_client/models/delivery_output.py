from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_output_status_enum import (
    DeliveryOutputStatusEnum,
    check_delivery_output_status_enum,
)

if TYPE_CHECKING:
    from ..models.attempt_output import AttemptOutput


T = TypeVar("T", bound="DeliveryOutput")


@_attrs_define
class DeliveryOutput:
    """An OutputModelSerializer for list items and such.

    Attributes:
        id (str):
        webhook_id (str):
        event_id (str):
        event_type (str):
        status (DeliveryOutputStatusEnum): * `pending` - Pending
            * `succeeded` - Succeeded
            * `failed` - Failed
        is_redelivery (bool):
        attempts (int):
        response_code (int | None):
        error (str):
        response_body (str): The first 1 KB of the last response.
        duration_ms (int | None):
        next_attempt_at (datetime.datetime | None):  Example: 2025-11-26T10:00:00Z.
        attempt_log (list[AttemptOutput]): Every attempt, oldest first.
        created_at (datetime.datetime):  Example: 2025-11-26T10:00:00Z.
        updated_at (datetime.datetime):  Example: 2025-11-26T10:00:00Z.
    """

    id: str
    webhook_id: str
    event_id: str
    event_type: str
    status: DeliveryOutputStatusEnum
    is_redelivery: bool
    attempts: int
    response_code: int | None
    error: str
    response_body: str
    duration_ms: int | None
    next_attempt_at: datetime.datetime | None
    attempt_log: list[AttemptOutput]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        webhook_id = self.webhook_id

        event_id = self.event_id

        event_type = self.event_type

        status: str = self.status

        is_redelivery = self.is_redelivery

        attempts = self.attempts

        response_code: int | None
        response_code = self.response_code

        error = self.error

        response_body = self.response_body

        duration_ms: int | None
        duration_ms = self.duration_ms

        next_attempt_at: None | str
        if isinstance(self.next_attempt_at, datetime.datetime):
            next_attempt_at = self.next_attempt_at.isoformat()
        else:
            next_attempt_at = self.next_attempt_at

        attempt_log = []
        for attempt_log_item_data in self.attempt_log:
            attempt_log_item = attempt_log_item_data.to_dict()
            attempt_log.append(attempt_log_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "webhookId": webhook_id,
                "eventId": event_id,
                "eventType": event_type,
                "status": status,
                "isRedelivery": is_redelivery,
                "attempts": attempts,
                "responseCode": response_code,
                "error": error,
                "responseBody": response_body,
                "durationMs": duration_ms,
                "nextAttemptAt": next_attempt_at,
                "attemptLog": attempt_log,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attempt_output import AttemptOutput

        d = dict(src_dict)
        id = d.pop("id")

        webhook_id = d.pop("webhookId")

        event_id = d.pop("eventId")

        event_type = d.pop("eventType")

        status = check_delivery_output_status_enum(d.pop("status"))

        is_redelivery = d.pop("isRedelivery")

        attempts = d.pop("attempts")

        def _parse_response_code(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        response_code = _parse_response_code(d.pop("responseCode"))

        error = d.pop("error")

        response_body = d.pop("responseBody")

        def _parse_duration_ms(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        duration_ms = _parse_duration_ms(d.pop("durationMs"))

        def _parse_next_attempt_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_attempt_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_attempt_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_attempt_at = _parse_next_attempt_at(d.pop("nextAttemptAt"))

        attempt_log = []
        _attempt_log = d.pop("attemptLog")
        for attempt_log_item_data in _attempt_log:
            attempt_log_item = AttemptOutput.from_dict(attempt_log_item_data)

            attempt_log.append(attempt_log_item)

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        delivery_output = cls(
            id=id,
            webhook_id=webhook_id,
            event_id=event_id,
            event_type=event_type,
            status=status,
            is_redelivery=is_redelivery,
            attempts=attempts,
            response_code=response_code,
            error=error,
            response_body=response_body,
            duration_ms=duration_ms,
            next_attempt_at=next_attempt_at,
            attempt_log=attempt_log,
            created_at=created_at,
            updated_at=updated_at,
        )

        delivery_output.additional_properties = d
        return delivery_output

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
