from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recipe_input_request_options import RecipeInputRequestOptions


T = TypeVar("T", bound="RecipeInputRequest")


@_attrs_define
class RecipeInputRequest:
    """`recipe` of a smart image (verbatim).

    Attributes:
        type_ (str): product_shot, background, ...
        prompt (str):
        options (RecipeInputRequestOptions | Unset): aspectRatio, style, quality, ... (verbatim; at most 8 KB of JSON).
    """

    type_: str
    prompt: str
    options: RecipeInputRequestOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        prompt = self.prompt

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "prompt": prompt,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.recipe_input_request_options import RecipeInputRequestOptions

        d = dict(src_dict)
        type_ = d.pop("type")

        prompt = d.pop("prompt")

        _options = d.pop("options", UNSET)
        options: RecipeInputRequestOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = RecipeInputRequestOptions.from_dict(_options)

        recipe_input_request = cls(
            type_=type_,
            prompt=prompt,
            options=options,
        )

        recipe_input_request.additional_properties = d
        return recipe_input_request

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
