from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookDesignAdaptedData")


@_attrs_define
class WebhookDesignAdaptedData:
    """
    Attributes:
        job_id (str):
        source_design_ids (list[str]):
        design_ids (list[str]):
        formats (list[str]):
        campaign_id (None | str):
    """

    job_id: str
    source_design_ids: list[str]
    design_ids: list[str]
    formats: list[str]
    campaign_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        source_design_ids = self.source_design_ids

        design_ids = self.design_ids

        formats = self.formats

        campaign_id: None | str
        campaign_id = self.campaign_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobId": job_id,
                "sourceDesignIds": source_design_ids,
                "designIds": design_ids,
                "formats": formats,
                "campaignId": campaign_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        job_id = d.pop("jobId")

        source_design_ids = cast(list[str], d.pop("sourceDesignIds"))

        design_ids = cast(list[str], d.pop("designIds"))

        formats = cast(list[str], d.pop("formats"))

        def _parse_campaign_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        campaign_id = _parse_campaign_id(d.pop("campaignId"))

        webhook_design_adapted_data = cls(
            job_id=job_id,
            source_design_ids=source_design_ids,
            design_ids=design_ids,
            formats=formats,
            campaign_id=campaign_id,
        )

        webhook_design_adapted_data.additional_properties = d
        return webhook_design_adapted_data

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
