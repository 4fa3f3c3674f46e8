from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_model_enum import ImageModelEnum, check_image_model_enum
from ..models.image_resolution_enum import (
    ImageResolutionEnum,
    check_image_resolution_enum,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.holistic_context_input_request import HolisticContextInputRequest
    from ..models.recipe_input_request import RecipeInputRequest


T = TypeVar("T", bound="SmartImageInputRequest")


@_attrs_define
class SmartImageInputRequest:
    """Refuses fields the endpoint does not take (nested objects too) instead of ignoring them.

    Attributes:
        design_id (str):
        layer_id (str): An image layer of the design.
        recipe (RecipeInputRequest): `recipe` of a smart image (verbatim).
        holistic_context (HolisticContextInputRequest | Unset): `holisticContext` of a smart image (verbatim): what the
            rest of the design says.
        image_resolution (ImageResolutionEnum | Unset): * `1k` - 1k
            * `2k` - 2k
            * `4k` - 4k Default: '1k'.
        image_model (ImageModelEnum | None | Unset):
        reference_asset_id (None | str | Unset): A product photo (one of your assets) to build on.
    """

    design_id: str
    layer_id: str
    recipe: RecipeInputRequest
    holistic_context: HolisticContextInputRequest | Unset = UNSET
    image_resolution: ImageResolutionEnum | Unset = "1k"
    image_model: ImageModelEnum | None | Unset = UNSET
    reference_asset_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        design_id = self.design_id

        layer_id = self.layer_id

        recipe = self.recipe.to_dict()

        holistic_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.holistic_context, Unset):
            holistic_context = self.holistic_context.to_dict()

        image_resolution: str | Unset = UNSET
        if not isinstance(self.image_resolution, Unset):
            image_resolution = self.image_resolution

        image_model: None | str | Unset
        if isinstance(self.image_model, Unset):
            image_model = UNSET
        elif isinstance(self.image_model, str):
            image_model = self.image_model
        else:
            image_model = self.image_model

        reference_asset_id: None | str | Unset
        if isinstance(self.reference_asset_id, Unset):
            reference_asset_id = UNSET
        else:
            reference_asset_id = self.reference_asset_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "designId": design_id,
                "layerId": layer_id,
                "recipe": recipe,
            }
        )
        if holistic_context is not UNSET:
            field_dict["holisticContext"] = holistic_context
        if image_resolution is not UNSET:
            field_dict["imageResolution"] = image_resolution
        if image_model is not UNSET:
            field_dict["imageModel"] = image_model
        if reference_asset_id is not UNSET:
            field_dict["referenceAssetId"] = reference_asset_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.holistic_context_input_request import HolisticContextInputRequest
        from ..models.recipe_input_request import RecipeInputRequest

        d = dict(src_dict)
        design_id = d.pop("designId")

        layer_id = d.pop("layerId")

        recipe = RecipeInputRequest.from_dict(d.pop("recipe"))

        _holistic_context = d.pop("holisticContext", UNSET)
        holistic_context: HolisticContextInputRequest | Unset
        if isinstance(_holistic_context, Unset):
            holistic_context = UNSET
        else:
            holistic_context = HolisticContextInputRequest.from_dict(_holistic_context)

        _image_resolution = d.pop("imageResolution", UNSET)
        image_resolution: ImageResolutionEnum | Unset
        if isinstance(_image_resolution, Unset):
            image_resolution = UNSET
        else:
            image_resolution = check_image_resolution_enum(_image_resolution)

        def _parse_image_model(data: object) -> ImageModelEnum | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                image_model_type_0 = check_image_model_enum(data)

                return image_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageModelEnum | None | Unset, data)

        image_model = _parse_image_model(d.pop("imageModel", UNSET))

        def _parse_reference_asset_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_asset_id = _parse_reference_asset_id(d.pop("referenceAssetId", UNSET))

        smart_image_input_request = cls(
            design_id=design_id,
            layer_id=layer_id,
            recipe=recipe,
            holistic_context=holistic_context,
            image_resolution=image_resolution,
            image_model=image_model,
            reference_asset_id=reference_asset_id,
        )

        smart_image_input_request.additional_properties = d
        return smart_image_input_request

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
