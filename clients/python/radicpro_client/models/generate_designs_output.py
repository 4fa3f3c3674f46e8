from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.generated_design_output import GeneratedDesignOutput
    from ..models.generation_output import GenerationOutput


T = TypeVar("T", bound="GenerateDesignsOutput")


@_attrs_define
class GenerateDesignsOutput:
    """
    Attributes:
        designs (list[GeneratedDesignOutput]):
        generation (GenerationOutput):
        job_id (str):
    """

    designs: list[GeneratedDesignOutput]
    generation: GenerationOutput
    job_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        designs = []
        for designs_item_data in self.designs:
            designs_item = designs_item_data.to_dict()
            designs.append(designs_item)

        generation = self.generation.to_dict()

        job_id = self.job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "designs": designs,
                "generation": generation,
                "jobId": job_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.generated_design_output import GeneratedDesignOutput
        from ..models.generation_output import GenerationOutput

        d = dict(src_dict)
        designs = []
        _designs = d.pop("designs")
        for designs_item_data in _designs:
            designs_item = GeneratedDesignOutput.from_dict(designs_item_data)

            designs.append(designs_item)

        generation = GenerationOutput.from_dict(d.pop("generation"))

        job_id = d.pop("jobId")

        generate_designs_output = cls(
            designs=designs,
            generation=generation,
            job_id=job_id,
        )

        generate_designs_output.additional_properties = d
        return generate_designs_output

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
