from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.brief_summary_output import BriefSummaryOutput
    from ..models.cost_output import CostOutput
    from ..models.models_output import ModelsOutput


T = TypeVar("T", bound="GenerationOutput")


@_attrs_define
class GenerationOutput:
    """
    Attributes:
        prompt (str):
        creative_concept (str):
        brief_summary (BriefSummaryOutput):
        models (ModelsOutput):
        processing_time (int): Measured, in milliseconds.
        cost (CostOutput):
        credits_used (int): Credits charged (0 for sandbox keys).
    """

    prompt: str
    creative_concept: str
    brief_summary: BriefSummaryOutput
    models: ModelsOutput
    processing_time: int
    cost: CostOutput
    credits_used: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        creative_concept = self.creative_concept

        brief_summary = self.brief_summary.to_dict()

        models = self.models.to_dict()

        processing_time = self.processing_time

        cost = self.cost.to_dict()

        credits_used = self.credits_used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "creativeConcept": creative_concept,
                "briefSummary": brief_summary,
                "models": models,
                "processingTime": processing_time,
                "cost": cost,
                "creditsUsed": credits_used,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.brief_summary_output import BriefSummaryOutput
        from ..models.cost_output import CostOutput
        from ..models.models_output import ModelsOutput

        d = dict(src_dict)
        prompt = d.pop("prompt")

        creative_concept = d.pop("creativeConcept")

        brief_summary = BriefSummaryOutput.from_dict(d.pop("briefSummary"))

        models = ModelsOutput.from_dict(d.pop("models"))

        processing_time = d.pop("processingTime")

        cost = CostOutput.from_dict(d.pop("cost"))

        credits_used = d.pop("creditsUsed")

        generation_output = cls(
            prompt=prompt,
            creative_concept=creative_concept,
            brief_summary=brief_summary,
            models=models,
            processing_time=processing_time,
            cost=cost,
            credits_used=credits_used,
        )

        generation_output.additional_properties = d
        return generation_output

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
