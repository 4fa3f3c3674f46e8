from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookSmartImageCompletedData")


@_attrs_define
class WebhookSmartImageCompletedData:
    """
    Attributes:
        recipe_id (str):
        design_id (str):
        layer_id (str):
        asset_id (None | str):
        cached (bool):
        regenerated (bool | Unset):
    """

    recipe_id: str
    design_id: str
    layer_id: str
    asset_id: None | str
    cached: bool
    regenerated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipe_id = self.recipe_id

        design_id = self.design_id

        layer_id = self.layer_id

        asset_id: None | str
        asset_id = self.asset_id

        cached = self.cached

        regenerated = self.regenerated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipeId": recipe_id,
                "designId": design_id,
                "layerId": layer_id,
                "assetId": asset_id,
                "cached": cached,
            }
        )
        if regenerated is not UNSET:
            field_dict["regenerated"] = regenerated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        recipe_id = d.pop("recipeId")

        design_id = d.pop("designId")

        layer_id = d.pop("layerId")

        def _parse_asset_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        asset_id = _parse_asset_id(d.pop("assetId"))

        cached = d.pop("cached")

        regenerated = d.pop("regenerated", UNSET)

        webhook_smart_image_completed_data = cls(
            recipe_id=recipe_id,
            design_id=design_id,
            layer_id=layer_id,
            asset_id=asset_id,
            cached=cached,
            regenerated=regenerated,
        )

        webhook_smart_image_completed_data.additional_properties = d
        return webhook_smart_image_completed_data

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
