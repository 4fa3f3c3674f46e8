from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.job_output import JobOutput
    from ..models.paginated_job_output_list_pagination import (
        PaginatedJobOutputListPagination,
    )


T = TypeVar("T", bound="PaginatedJobOutputList")


@_attrs_define
class PaginatedJobOutputList:
    """
    Attributes:
        jobs (list[JobOutput]):
        pagination (PaginatedJobOutputListPagination):
    """

    jobs: list[JobOutput]
    pagination: PaginatedJobOutputListPagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jobs = []
        for jobs_item_data in self.jobs:
            jobs_item = jobs_item_data.to_dict()
            jobs.append(jobs_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobs": jobs,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.job_output import JobOutput
        from ..models.paginated_job_output_list_pagination import (
            PaginatedJobOutputListPagination,
        )

        d = dict(src_dict)
        jobs = []
        _jobs = d.pop("jobs")
        for jobs_item_data in _jobs:
            jobs_item = JobOutput.from_dict(jobs_item_data)

            jobs.append(jobs_item)

        pagination = PaginatedJobOutputListPagination.from_dict(d.pop("pagination"))

        paginated_job_output_list = cls(
            jobs=jobs,
            pagination=pagination,
        )

        paginated_job_output_list.additional_properties = d
        return paginated_job_output_list

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
