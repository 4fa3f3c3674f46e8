from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_job_completed_data_status import (
    WebhookJobCompletedDataStatus,
    check_webhook_job_completed_data_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error import Error
    from ..models.webhook_job_completed_data_result import WebhookJobCompletedDataResult


T = TypeVar("T", bound="WebhookJobCompletedData")


@_attrs_define
class WebhookJobCompletedData:
    """
    Attributes:
        job_id (str):
        kind (str):
        status (WebhookJobCompletedDataStatus):
        credits_used (int):
        result (WebhookJobCompletedDataResult | Unset): The body the synchronous call would have answered.
        error (Error | Unset):
    """

    job_id: str
    kind: str
    status: WebhookJobCompletedDataStatus
    credits_used: int
    result: WebhookJobCompletedDataResult | Unset = UNSET
    error: Error | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        kind = self.kind

        status: str = self.status

        credits_used = self.credits_used

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobId": job_id,
                "kind": kind,
                "status": status,
                "creditsUsed": credits_used,
            }
        )
        if result is not UNSET:
            field_dict["result"] = result
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error import Error
        from ..models.webhook_job_completed_data_result import (
            WebhookJobCompletedDataResult,
        )

        d = dict(src_dict)
        job_id = d.pop("jobId")

        kind = d.pop("kind")

        status = check_webhook_job_completed_data_status(d.pop("status"))

        credits_used = d.pop("creditsUsed")

        _result = d.pop("result", UNSET)
        result: WebhookJobCompletedDataResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = WebhookJobCompletedDataResult.from_dict(_result)

        _error = d.pop("error", UNSET)
        error: Error | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = Error.from_dict(_error)

        webhook_job_completed_data = cls(
            job_id=job_id,
            kind=kind,
            status=status,
            credits_used=credits_used,
            result=result,
            error=error,
        )

        webhook_job_completed_data.additional_properties = d
        return webhook_job_completed_data

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
