from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelsOutput")


@_attrs_define
class ModelsOutput:
    """
    Attributes:
        layout (str):
        image (str):
        image_fallback (str | Unset): Present when the image model asked for is not configured and the local one drew
            instead.
    """

    layout: str
    image: str
    image_fallback: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        layout = self.layout

        image = self.image

        image_fallback = self.image_fallback

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "layout": layout,
                "image": image,
            }
        )
        if image_fallback is not UNSET:
            field_dict["imageFallback"] = image_fallback

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        layout = d.pop("layout")

        image = d.pop("image")

        image_fallback = d.pop("imageFallback", UNSET)

        models_output = cls(
            layout=layout,
            image=image,
            image_fallback=image_fallback,
        )

        models_output.additional_properties = d
        return models_output

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
