from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.safe_area_output import SafeAreaOutput


T = TypeVar("T", bound="FormatOutput")


@_attrs_define
class FormatOutput:
    """A canvas format of the catalogue.

    Attributes:
        id (str):
        name (str):
        category (str): social, ads, print, web or video.
        width (int): Canvas width, px at 1x.
        height (int): Canvas height, px at 1x.
        safe_area (SafeAreaOutput): Insets in px from each canvas edge.
        dpi (int | None): Print formats only.
    """

    id: str
    name: str
    category: str
    width: int
    height: int
    safe_area: SafeAreaOutput
    dpi: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        category = self.category

        width = self.width

        height = self.height

        safe_area = self.safe_area.to_dict()

        dpi: int | None
        dpi = self.dpi

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "category": category,
                "width": width,
                "height": height,
                "safeArea": safe_area,
                "dpi": dpi,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.safe_area_output import SafeAreaOutput

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        category = d.pop("category")

        width = d.pop("width")

        height = d.pop("height")

        safe_area = SafeAreaOutput.from_dict(d.pop("safeArea"))

        def _parse_dpi(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        dpi = _parse_dpi(d.pop("dpi"))

        format_output = cls(
            id=id,
            name=name,
            category=category,
            width=width,
            height=height,
            safe_area=safe_area,
            dpi=dpi,
        )

        format_output.additional_properties = d
        return format_output

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
