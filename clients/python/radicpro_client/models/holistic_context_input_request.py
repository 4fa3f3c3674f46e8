from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HolisticContextInputRequest")


@_attrs_define
class HolisticContextInputRequest:
    """`holisticContext` of a smart image (verbatim): what the rest of the design says.

    Attributes:
        design_purpose (str | Unset):
        overall_theme (str | Unset):
        adjacent_elements (list[str] | Unset):
        brand_colors (list[str] | Unset):
        composition_hints (str | Unset):
    """

    design_purpose: str | Unset = UNSET
    overall_theme: str | Unset = UNSET
    adjacent_elements: list[str] | Unset = UNSET
    brand_colors: list[str] | Unset = UNSET
    composition_hints: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        design_purpose = self.design_purpose

        overall_theme = self.overall_theme

        adjacent_elements: list[str] | Unset = UNSET
        if not isinstance(self.adjacent_elements, Unset):
            adjacent_elements = self.adjacent_elements

        brand_colors: list[str] | Unset = UNSET
        if not isinstance(self.brand_colors, Unset):
            brand_colors = self.brand_colors

        composition_hints = self.composition_hints

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if design_purpose is not UNSET:
            field_dict["designPurpose"] = design_purpose
        if overall_theme is not UNSET:
            field_dict["overallTheme"] = overall_theme
        if adjacent_elements is not UNSET:
            field_dict["adjacentElements"] = adjacent_elements
        if brand_colors is not UNSET:
            field_dict["brandColors"] = brand_colors
        if composition_hints is not UNSET:
            field_dict["compositionHints"] = composition_hints

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        design_purpose = d.pop("designPurpose", UNSET)

        overall_theme = d.pop("overallTheme", UNSET)

        adjacent_elements = cast(list[str], d.pop("adjacentElements", UNSET))

        brand_colors = cast(list[str], d.pop("brandColors", UNSET))

        composition_hints = d.pop("compositionHints", UNSET)

        holistic_context_input_request = cls(
            design_purpose=design_purpose,
            overall_theme=overall_theme,
            adjacent_elements=adjacent_elements,
            brand_colors=brand_colors,
            composition_hints=composition_hints,
        )

        holistic_context_input_request.additional_properties = d
        return holistic_context_input_request

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
