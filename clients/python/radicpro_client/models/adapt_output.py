from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.adapted_design_output import AdaptedDesignOutput


T = TypeVar("T", bound="AdaptOutput")


@_attrs_define
class AdaptOutput:
    """
    Attributes:
        designs (list[AdaptedDesignOutput]):
        job_id (str):
        credits_used (int): Credits charged: 1 a new design (0 for sandbox keys).
        processing_time (int): Measured, in milliseconds.
    """

    designs: list[AdaptedDesignOutput]
    job_id: str
    credits_used: int
    processing_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        designs = []
        for designs_item_data in self.designs:
            designs_item = designs_item_data.to_dict()
            designs.append(designs_item)

        job_id = self.job_id

        credits_used = self.credits_used

        processing_time = self.processing_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "designs": designs,
                "jobId": job_id,
                "creditsUsed": credits_used,
                "processingTime": processing_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.adapted_design_output import AdaptedDesignOutput

        d = dict(src_dict)
        designs = []
        _designs = d.pop("designs")
        for designs_item_data in _designs:
            designs_item = AdaptedDesignOutput.from_dict(designs_item_data)

            designs.append(designs_item)

        job_id = d.pop("jobId")

        credits_used = d.pop("creditsUsed")

        processing_time = d.pop("processingTime")

        adapt_output = cls(
            designs=designs,
            job_id=job_id,
            credits_used=credits_used,
            processing_time=processing_time,
        )

        adapt_output.additional_properties = d
        return adapt_output

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
