from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.brand_create_input_request_colors import BrandCreateInputRequestColors
    from ..models.brand_create_input_request_fonts import BrandCreateInputRequestFonts


T = TypeVar("T", bound="BrandCreateInputRequest")


@_attrs_define
class BrandCreateInputRequest:
    """
    Attributes:
        name (str):
        colors (BrandCreateInputRequestColors | Unset): Colours by role: primary, secondary, accent, text, optional
            background and any custom names; each #RRGGBB or #RRGGBBAA. In a PATCH, roles merge one by one and a null
            removes a role. Example: {'primary': '#0066FF', 'secondary': '#001133', 'accent': '#00FF88', 'text': '#FFFFFF'}.
        fonts (BrandCreateInputRequestFonts | Unset): Fonts by role (primary, secondary): a family and its weights
            (100–900). In a PATCH, a role is replaced as a whole and a null removes it. Example: {'primary': {'family':
            'Poppins', 'weights': [400, 600, 700]}, 'secondary': {'family': 'Open Sans', 'weights': [400, 500]}}.
        is_default (bool | Unset):  Default: False.
        logo_asset_id (None | str | Unset): One of your own image assets to use as the logo.
    """

    name: str
    colors: BrandCreateInputRequestColors | Unset = UNSET
    fonts: BrandCreateInputRequestFonts | Unset = UNSET
    is_default: bool | Unset = False
    logo_asset_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        colors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.colors, Unset):
            colors = self.colors.to_dict()

        fonts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fonts, Unset):
            fonts = self.fonts.to_dict()

        is_default = self.is_default

        logo_asset_id: None | str | Unset
        if isinstance(self.logo_asset_id, Unset):
            logo_asset_id = UNSET
        else:
            logo_asset_id = self.logo_asset_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if colors is not UNSET:
            field_dict["colors"] = colors
        if fonts is not UNSET:
            field_dict["fonts"] = fonts
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default
        if logo_asset_id is not UNSET:
            field_dict["logoAssetId"] = logo_asset_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.brand_create_input_request_colors import (
            BrandCreateInputRequestColors,
        )
        from ..models.brand_create_input_request_fonts import (
            BrandCreateInputRequestFonts,
        )

        d = dict(src_dict)
        name = d.pop("name")

        _colors = d.pop("colors", UNSET)
        colors: BrandCreateInputRequestColors | Unset
        if isinstance(_colors, Unset):
            colors = UNSET
        else:
            colors = BrandCreateInputRequestColors.from_dict(_colors)

        _fonts = d.pop("fonts", UNSET)
        fonts: BrandCreateInputRequestFonts | Unset
        if isinstance(_fonts, Unset):
            fonts = UNSET
        else:
            fonts = BrandCreateInputRequestFonts.from_dict(_fonts)

        is_default = d.pop("isDefault", UNSET)

        def _parse_logo_asset_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo_asset_id = _parse_logo_asset_id(d.pop("logoAssetId", UNSET))

        brand_create_input_request = cls(
            name=name,
            colors=colors,
            fonts=fonts,
            is_default=is_default,
            logo_asset_id=logo_asset_id,
        )

        brand_create_input_request.additional_properties = d
        return brand_create_input_request

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
