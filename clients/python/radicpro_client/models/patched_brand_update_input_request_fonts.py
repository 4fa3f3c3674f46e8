from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.patched_brand_update_input_request_fonts_additional_property_type_0 import (
        PatchedBrandUpdateInputRequestFontsAdditionalPropertyType0,
    )


T = TypeVar("T", bound="PatchedBrandUpdateInputRequestFonts")


@_attrs_define
class PatchedBrandUpdateInputRequestFonts:
    """Fonts by role (primary, secondary): a family and its weights (100–900). In a PATCH, a role is replaced as a whole
    and a null removes it.

        Example:
            {'primary': {'family': 'Poppins', 'weights': [400, 600, 700]}, 'secondary': {'family': 'Open Sans', 'weights':
                [400, 500]}}

    """

    additional_properties: dict[str, None | PatchedBrandUpdateInputRequestFontsAdditionalPropertyType0] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.patched_brand_update_input_request_fonts_additional_property_type_0 import (
            PatchedBrandUpdateInputRequestFontsAdditionalPropertyType0,
        )

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, PatchedBrandUpdateInputRequestFontsAdditionalPropertyType0):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.patched_brand_update_input_request_fonts_additional_property_type_0 import (
            PatchedBrandUpdateInputRequestFontsAdditionalPropertyType0,
        )

        d = dict(src_dict)
        patched_brand_update_input_request_fonts = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> None | PatchedBrandUpdateInputRequestFontsAdditionalPropertyType0:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_0 = PatchedBrandUpdateInputRequestFontsAdditionalPropertyType0.from_dict(
                        data
                    )

                    return additional_property_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | PatchedBrandUpdateInputRequestFontsAdditionalPropertyType0, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        patched_brand_update_input_request_fonts.additional_properties = additional_properties
        return patched_brand_update_input_request_fonts

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> None | PatchedBrandUpdateInputRequestFontsAdditionalPropertyType0:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: None | PatchedBrandUpdateInputRequestFontsAdditionalPropertyType0) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
