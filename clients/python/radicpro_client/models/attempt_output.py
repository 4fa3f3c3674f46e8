from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AttemptOutput")


@_attrs_define
class AttemptOutput:
    """
    Attributes:
        attempt (int):
        at (datetime.datetime):  Example: 2025-11-26T10:00:00Z.
        response_code (int | None):
        error (str):
        duration_ms (int):
    """

    attempt: int
    at: datetime.datetime
    response_code: int | None
    error: str
    duration_ms: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attempt = self.attempt

        at = self.at.isoformat()

        response_code: int | None
        response_code = self.response_code

        error = self.error

        duration_ms = self.duration_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attempt": attempt,
                "at": at,
                "responseCode": response_code,
                "error": error,
                "durationMs": duration_ms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        attempt = d.pop("attempt")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        def _parse_response_code(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        response_code = _parse_response_code(d.pop("responseCode"))

        error = d.pop("error")

        duration_ms = d.pop("durationMs")

        attempt_output = cls(
            attempt=attempt,
            at=at,
            response_code=response_code,
            error=error,
            duration_ms=duration_ms,
        )

        attempt_output.additional_properties = d
        return attempt_output

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
