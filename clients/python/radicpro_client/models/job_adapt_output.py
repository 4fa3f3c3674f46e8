from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_adapt_output_kind_enum import (
    JobAdaptOutputKindEnum,
    check_job_adapt_output_kind_enum,
)
from ..models.job_status_enum import JobStatusEnum, check_job_status_enum

if TYPE_CHECKING:
    from ..models.adapt_output import AdaptOutput
    from ..models.error import Error


T = TypeVar("T", bound="JobAdaptOutput")


@_attrs_define
class JobAdaptOutput:
    """A `adapt` job; `result` is the body its synchronous call answers.

    Attributes:
        id (str):
        job_id (str): Same as id (the platform spec's name).
        kind (JobAdaptOutputKindEnum):
        status (JobStatusEnum): * `queued` - Queued
            * `processing` - Processing
            * `completed` - Completed
            * `failed` - Failed
        progress (int):
        message (str):
        result (AdaptOutput | None): The body the synchronous call would have returned; null until it completes.
        error (Error | None): The error envelope's error object when failed, else null.
        credits_used (int):
        attempts (int):
        created_at (datetime.datetime):  Example: 2025-11-26T10:00:00Z.
        started_at (datetime.datetime | None):  Example: 2025-11-26T10:00:00Z.
        completed_at (datetime.datetime | None):  Example: 2025-11-26T10:00:00Z.
        updated_at (datetime.datetime):  Example: 2025-11-26T10:00:00Z.
    """

    id: str
    job_id: str
    kind: JobAdaptOutputKindEnum
    status: JobStatusEnum
    progress: int
    message: str
    result: AdaptOutput | None
    error: Error | None
    credits_used: int
    attempts: int
    created_at: datetime.datetime
    started_at: datetime.datetime | None
    completed_at: datetime.datetime | None
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.adapt_output import AdaptOutput
        from ..models.error import Error

        id = self.id

        job_id = self.job_id

        kind: str = self.kind

        status: str = self.status

        progress = self.progress

        message = self.message

        result: dict[str, Any] | None
        if isinstance(self.result, AdaptOutput):
            result = self.result.to_dict()
        else:
            result = self.result

        error: dict[str, Any] | None
        if isinstance(self.error, Error):
            error = self.error.to_dict()
        else:
            error = self.error

        credits_used = self.credits_used

        attempts = self.attempts

        created_at = self.created_at.isoformat()

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "jobId": job_id,
                "kind": kind,
                "status": status,
                "progress": progress,
                "message": message,
                "result": result,
                "error": error,
                "creditsUsed": credits_used,
                "attempts": attempts,
                "createdAt": created_at,
                "startedAt": started_at,
                "completedAt": completed_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.adapt_output import AdaptOutput
        from ..models.error import Error

        d = dict(src_dict)
        id = d.pop("id")

        job_id = d.pop("jobId")

        kind = check_job_adapt_output_kind_enum(d.pop("kind"))

        status = check_job_status_enum(d.pop("status"))

        progress = d.pop("progress")

        message = d.pop("message")

        def _parse_result(data: object) -> AdaptOutput | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_1 = AdaptOutput.from_dict(data)

                return result_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdaptOutput | None, data)

        result = _parse_result(d.pop("result"))

        def _parse_error(data: object) -> Error | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_1 = Error.from_dict(data)

                return error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Error | None, data)

        error = _parse_error(d.pop("error"))

        credits_used = d.pop("creditsUsed")

        attempts = d.pop("attempts")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("startedAt"))

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed_at = _parse_completed_at(d.pop("completedAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        job_adapt_output = cls(
            id=id,
            job_id=job_id,
            kind=kind,
            status=status,
            progress=progress,
            message=message,
            result=result,
            error=error,
            credits_used=credits_used,
            attempts=attempts,
            created_at=created_at,
            started_at=started_at,
            completed_at=completed_at,
            updated_at=updated_at,
        )

        job_adapt_output.additional_properties = d
        return job_adapt_output

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
