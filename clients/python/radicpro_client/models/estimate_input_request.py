from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_enum import ActionEnum, check_action_enum
from ..models.image_resolution_enum import (
    ImageResolutionEnum,
    check_image_resolution_enum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="EstimateInputRequest")


@_attrs_define
class EstimateInputRequest:
    """
    Attributes:
        action (ActionEnum): * `generate_designs` - generate_designs
            * `smart_image` - smart_image
            * `edit_design` - edit_design
            * `export` - export
        variants (int | Unset): generate_designs: design variants. Default: 1.
        smart_images (int | Unset): Smart images generated (generate_designs or smart_image). Default: 0.
        image_resolution (ImageResolutionEnum | Unset): * `1k` - 1k
            * `2k` - 2k
            * `4k` - 4k Default: '1k'.
        edits (int | Unset): edit_design: AI edits. Default: 1.
    """

    action: ActionEnum
    variants: int | Unset = 1
    smart_images: int | Unset = 0
    image_resolution: ImageResolutionEnum | Unset = "1k"
    edits: int | Unset = 1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        variants = self.variants

        smart_images = self.smart_images

        image_resolution: str | Unset = UNSET
        if not isinstance(self.image_resolution, Unset):
            image_resolution = self.image_resolution

        edits = self.edits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if variants is not UNSET:
            field_dict["variants"] = variants
        if smart_images is not UNSET:
            field_dict["smartImages"] = smart_images
        if image_resolution is not UNSET:
            field_dict["imageResolution"] = image_resolution
        if edits is not UNSET:
            field_dict["edits"] = edits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = check_action_enum(d.pop("action"))

        variants = d.pop("variants", UNSET)

        smart_images = d.pop("smartImages", UNSET)

        _image_resolution = d.pop("imageResolution", UNSET)
        image_resolution: ImageResolutionEnum | Unset
        if isinstance(_image_resolution, Unset):
            image_resolution = UNSET
        else:
            image_resolution = check_image_resolution_enum(_image_resolution)

        edits = d.pop("edits", UNSET)

        estimate_input_request = cls(
            action=action,
            variants=variants,
            smart_images=smart_images,
            image_resolution=image_resolution,
            edits=edits,
        )

        estimate_input_request.additional_properties = d
        return estimate_input_request

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
