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
    from ..models.meta import Meta


T = TypeVar("T", bound="JobsGetResponse200")


@_attrs_define
class JobsGetResponse200:
    """
    Attributes:
        data (JobAdaptOutput | JobExportOutput | JobGenerationOutput | JobSmartImageOutput | JobToolOutput):
        meta (Meta):
    """

    data: JobAdaptOutput | JobExportOutput | JobGenerationOutput | JobSmartImageOutput | JobToolOutput
    meta: Meta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_adapt_output import JobAdaptOutput
        from ..models.job_generation_output import JobGenerationOutput
        from ..models.job_smart_image_output import JobSmartImageOutput
        from ..models.job_tool_output import JobToolOutput

        data: dict[str, Any]
        if (
            isinstance(self.data, JobGenerationOutput)
            or isinstance(self.data, JobSmartImageOutput)
            or isinstance(self.data, JobAdaptOutput)
            or isinstance(self.data, JobToolOutput)
        ):
            data = self.data.to_dict()
        else:
            data = self.data.to_dict()

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "meta": meta,
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
        from ..models.meta import Meta

        d = dict(src_dict)

        def _parse_data(
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

        data = _parse_data(d.pop("data"))

        meta = Meta.from_dict(d.pop("meta"))

        jobs_get_response_200 = cls(
            data=data,
            meta=meta,
        )

        jobs_get_response_200.additional_properties = d
        return jobs_get_response_200

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
