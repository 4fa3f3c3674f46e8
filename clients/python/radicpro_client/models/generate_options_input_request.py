from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_model_enum import ImageModelEnum, check_image_model_enum
from ..models.image_resolution_enum import (
    ImageResolutionEnum,
    check_image_resolution_enum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateOptionsInputRequest")


@_attrs_define
class GenerateOptionsInputRequest:
    """`options` of a generation (verbatim: camelCase names).

    Attributes:
        variants (int | Unset): How many designs (1–6, default 3). Default: 3.
        image_resolution (ImageResolutionEnum | Unset): * `1k` - 1k
            * `2k` - 2k
            * `4k` - 4k Default: '1k'.
        image_model (ImageModelEnum | None | Unset): The image model, when this server has it configured; otherwise the
            local image provider draws and generation.models says so.

            * `nano-banana-pro` - nano-banana-pro
            * `flux-1.1-pro` - flux-1.1-pro
    """

    variants: int | Unset = 3
    image_resolution: ImageResolutionEnum | Unset = "1k"
    image_model: ImageModelEnum | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variants = self.variants

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if variants is not UNSET:
            field_dict["variants"] = variants
        if image_resolution is not UNSET:
            field_dict["imageResolution"] = image_resolution
        if image_model is not UNSET:
            field_dict["imageModel"] = image_model

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        variants = d.pop("variants", UNSET)

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

        generate_options_input_request = cls(
            variants=variants,
            image_resolution=image_resolution,
            image_model=image_model,
        )

        generate_options_input_request.additional_properties = d
        return generate_options_input_request

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
