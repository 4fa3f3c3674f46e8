from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.brand_output_colors import BrandOutputColors
    from ..models.brand_output_fonts import BrandOutputFonts


T = TypeVar("T", bound="BrandOutput")


@_attrs_define
class BrandOutput:
    """An OutputModelSerializer for list items and such.

    Attributes:
        id (str):
        name (str):
        colors (BrandOutputColors): Colours by role: primary, secondary, accent, text, optional background and any
            custom names; each #RRGGBB or #RRGGBBAA. In a PATCH, roles merge one by one and a null removes a role. Example:
            {'primary': '#0066FF', 'secondary': '#001133', 'accent': '#00FF88', 'text': '#FFFFFF'}.
        fonts (BrandOutputFonts): Fonts by role (primary, secondary): a family and its weights (100–900). In a PATCH, a
            role is replaced as a whole and a null removes it. Example: {'primary': {'family': 'Poppins', 'weights': [400,
            600, 700]}, 'secondary': {'family': 'Open Sans', 'weights': [400, 500]}}.
        logo_asset_id (None | str):
        logo_url (None | str):
        is_default (bool):
        created_at (datetime.datetime):  Example: 2025-11-26T10:00:00Z.
        updated_at (datetime.datetime):  Example: 2025-11-26T10:00:00Z.
    """

    id: str
    name: str
    colors: BrandOutputColors
    fonts: BrandOutputFonts
    logo_asset_id: None | str
    logo_url: None | str
    is_default: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        colors = self.colors.to_dict()

        fonts = self.fonts.to_dict()

        logo_asset_id: None | str
        logo_asset_id = self.logo_asset_id

        logo_url: None | str
        logo_url = self.logo_url

        is_default = self.is_default

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "colors": colors,
                "fonts": fonts,
                "logoAssetId": logo_asset_id,
                "logoUrl": logo_url,
                "isDefault": is_default,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.brand_output_colors import BrandOutputColors
        from ..models.brand_output_fonts import BrandOutputFonts

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        colors = BrandOutputColors.from_dict(d.pop("colors"))

        fonts = BrandOutputFonts.from_dict(d.pop("fonts"))

        def _parse_logo_asset_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        logo_asset_id = _parse_logo_asset_id(d.pop("logoAssetId"))

        def _parse_logo_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        logo_url = _parse_logo_url(d.pop("logoUrl"))

        is_default = d.pop("isDefault")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        brand_output = cls(
            id=id,
            name=name,
            colors=colors,
            fonts=fonts,
            logo_asset_id=logo_asset_id,
            logo_url=logo_url,
            is_default=is_default,
            created_at=created_at,
            updated_at=updated_at,
        )

        brand_output.additional_properties = d
        return brand_output

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
