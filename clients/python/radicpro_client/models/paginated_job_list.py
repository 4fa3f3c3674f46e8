from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.job_adapt_output import JobAdaptOutput
    from ..models.job_export_output import JobExportOutput
    from ..models.job_generation_output import JobGenerationOutput
    from ..models.job_smart_image_output import JobSmartImageOutput
    from ..models.job_tool_output import JobToolOutput
    from ..models.paginated_job_list_pagination import PaginatedJobListPagination


T = TypeVar("T", bound="PaginatedJobList")


@_attrs_define
class PaginatedJobList:
    """
    Attributes:
        jobs (list[JobAdaptOutput | JobExportOutput | JobGenerationOutput | JobSmartImageOutput | JobToolOutput]):
        pagination (PaginatedJobListPagination):
    """

    jobs: list[JobAdaptOutput | JobExportOutput | JobGenerationOutput | JobSmartImageOutput | JobToolOutput]
    pagination: PaginatedJobListPagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_adapt_output import JobAdaptOutput
        from ..models.job_generation_output import JobGenerationOutput
        from ..models.job_smart_image_output import JobSmartImageOutput
        from ..models.job_tool_output import JobToolOutput

        jobs = []
        for jobs_item_data in self.jobs:
            jobs_item: dict[str, Any]
            if (
                isinstance(jobs_item_data, JobGenerationOutput)
                or isinstance(jobs_item_data, JobSmartImageOutput)
                or isinstance(jobs_item_data, JobAdaptOutput)
                or isinstance(jobs_item_data, JobToolOutput)
            ):
                jobs_item = jobs_item_data.to_dict()
            else:
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
        from ..models.job_adapt_output import JobAdaptOutput
        from ..models.job_export_output import JobExportOutput
        from ..models.job_generation_output import JobGenerationOutput
        from ..models.job_smart_image_output import JobSmartImageOutput
        from ..models.job_tool_output import JobToolOutput
        from ..models.paginated_job_list_pagination import PaginatedJobListPagination

        d = dict(src_dict)
        jobs = []
        _jobs = d.pop("jobs")
        for jobs_item_data in _jobs:

            def _parse_jobs_item(
                data: object,
            ) -> JobAdaptOutput | JobExportOutput | JobGenerationOutput | JobSmartImageOutput | JobToolOutput:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_job_type_0 = JobGenerationOutput.from_dict(data)

                    return componentsschemas_job_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_job_type_1 = JobSmartImageOutput.from_dict(data)

                    return componentsschemas_job_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_job_type_2 = JobAdaptOutput.from_dict(data)

                    return componentsschemas_job_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_job_type_3 = JobToolOutput.from_dict(data)

                    return componentsschemas_job_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_job_type_4 = JobExportOutput.from_dict(data)

                return componentsschemas_job_type_4

            jobs_item = _parse_jobs_item(jobs_item_data)

            jobs.append(jobs_item)

        pagination = PaginatedJobListPagination.from_dict(d.pop("pagination"))

        paginated_job_list = cls(
            jobs=jobs,
            pagination=pagination,
        )

        paginated_job_list.additional_properties = d
        return paginated_job_list

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
