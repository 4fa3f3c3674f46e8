from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.brand_font_output import BrandFontOutput


T = TypeVar("T", bound="BrandFontListOutput")


@_attrs_define
class BrandFontListOutput:
    """
    Attributes:
        brand_fonts (list[BrandFontOutput]):
    """

    brand_fonts: list[BrandFontOutput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand_fonts = []
        for brand_fonts_item_data in self.brand_fonts:
            brand_fonts_item = brand_fonts_item_data.to_dict()
            brand_fonts.append(brand_fonts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brandFonts": brand_fonts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.brand_font_output import BrandFontOutput

        d = dict(src_dict)
        brand_fonts = []
        _brand_fonts = d.pop("brandFonts")
        for brand_fonts_item_data in _brand_fonts:
            brand_fonts_item = BrandFontOutput.from_dict(brand_fonts_item_data)

            brand_fonts.append(brand_fonts_item)

        brand_font_list_output = cls(
            brand_fonts=brand_fonts,
        )

        brand_font_list_output.additional_properties = d
        return brand_font_list_output

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
