from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SmartImageOutput")


@_attrs_define
class SmartImageOutput:
    """
    Attributes:
        recipe_id (str):
        asset_id (str):
        asset_url (str): Signed; expires at assetUrlExpiresAt.
        asset_url_expires_at (datetime.datetime):  Example: 2025-11-26T10:00:00Z.
        design_id (None | str):
        layer_id (str):
        cached (bool): true: an identical earlier request's image, not charged.
        processing_time (int): Milliseconds.
        provider (str):
        model (str):
        seed (int):
        job_id (None | str):
    """

    recipe_id: str
    asset_id: str
    asset_url: str
    asset_url_expires_at: datetime.datetime
    design_id: None | str
    layer_id: str
    cached: bool
    processing_time: int
    provider: str
    model: str
    seed: int
    job_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipe_id = self.recipe_id

        asset_id = self.asset_id

        asset_url = self.asset_url

        asset_url_expires_at = self.asset_url_expires_at.isoformat()

        design_id: None | str
        design_id = self.design_id

        layer_id = self.layer_id

        cached = self.cached

        processing_time = self.processing_time

        provider = self.provider

        model = self.model

        seed = self.seed

        job_id: None | str
        job_id = self.job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipeId": recipe_id,
                "assetId": asset_id,
                "assetUrl": asset_url,
                "assetUrlExpiresAt": asset_url_expires_at,
                "designId": design_id,
                "layerId": layer_id,
                "cached": cached,
                "processingTime": processing_time,
                "provider": provider,
                "model": model,
                "seed": seed,
                "jobId": job_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        recipe_id = d.pop("recipeId")

        asset_id = d.pop("assetId")

        asset_url = d.pop("assetUrl")

        asset_url_expires_at = datetime.datetime.fromisoformat(d.pop("assetUrlExpiresAt"))

        def _parse_design_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        design_id = _parse_design_id(d.pop("designId"))

        layer_id = d.pop("layerId")

        cached = d.pop("cached")

        processing_time = d.pop("processingTime")

        provider = d.pop("provider")

        model = d.pop("model")

        seed = d.pop("seed")

        def _parse_job_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        job_id = _parse_job_id(d.pop("jobId"))

        smart_image_output = cls(
            recipe_id=recipe_id,
            asset_id=asset_id,
            asset_url=asset_url,
            asset_url_expires_at=asset_url_expires_at,
            design_id=design_id,
            layer_id=layer_id,
            cached=cached,
            processing_time=processing_time,
            provider=provider,
            model=model,
            seed=seed,
            job_id=job_id,
        )

        smart_image_output.additional_properties = d
        return smart_image_output

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
