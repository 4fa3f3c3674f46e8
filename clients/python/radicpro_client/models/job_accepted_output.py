from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status_enum import JobStatusEnum, check_job_status_enum

T = TypeVar("T", bound="JobAcceptedOutput")


@_attrs_define
class JobAcceptedOutput:
    """What a slow endpoint answers with 202 (Prefer: respond-async, or past the wait).

    Attributes:
        job_id (str):
        id (str):
        status (JobStatusEnum): * `queued` - Queued
            * `processing` - Processing
            * `completed` - Completed
            * `failed` - Failed
        progress (int):
        status_url (str):
    """

    job_id: str
    id: str
    status: JobStatusEnum
    progress: int
    status_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        id = self.id

        status: str = self.status

        progress = self.progress

        status_url = self.status_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobId": job_id,
                "id": id,
                "status": status,
                "progress": progress,
                "statusUrl": status_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        job_id = d.pop("jobId")

        id = d.pop("id")

        status = check_job_status_enum(d.pop("status"))

        progress = d.pop("progress")

        status_url = d.pop("statusUrl")

        job_accepted_output = cls(
            job_id=job_id,
            id=id,
            status=status,
            progress=progress,
            status_url=status_url,
        )

        job_accepted_output.additional_properties = d
        return job_accepted_output

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
