from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.brand_output_fonts_additional_property_type_0 import (
        BrandOutputFontsAdditionalPropertyType0,
    )


T = TypeVar("T", bound="BrandOutputFonts")


@_attrs_define
class BrandOutputFonts:
    """Fonts by role (primary, secondary): a family and its weights (100–900). In a PATCH, a role is replaced as a whole
    and a null removes it.

        Example:
            {'primary': {'family': 'Poppins', 'weights': [400, 600, 700]}, 'secondary': {'family': 'Open Sans', 'weights':
                [400, 500]}}

    """

    additional_properties: dict[str, BrandOutputFontsAdditionalPropertyType0 | None] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.brand_output_fonts_additional_property_type_0 import (
            BrandOutputFontsAdditionalPropertyType0,
        )

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, BrandOutputFontsAdditionalPropertyType0):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.brand_output_fonts_additional_property_type_0 import (
            BrandOutputFontsAdditionalPropertyType0,
        )

        d = dict(src_dict)
        brand_output_fonts = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> BrandOutputFontsAdditionalPropertyType0 | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_0 = BrandOutputFontsAdditionalPropertyType0.from_dict(data)

                    return additional_property_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(BrandOutputFontsAdditionalPropertyType0 | None, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        brand_output_fonts.additional_properties = additional_properties
        return brand_output_fonts

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> BrandOutputFontsAdditionalPropertyType0 | None:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: BrandOutputFontsAdditionalPropertyType0 | None) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
