from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.asset_output import AssetOutput
    from ..models.paginated_asset_output_list_pagination import (
        PaginatedAssetOutputListPagination,
    )


T = TypeVar("T", bound="PaginatedAssetOutputList")


@_attrs_define
class PaginatedAssetOutputList:
    """
    Attributes:
        assets (list[AssetOutput]):
        pagination (PaginatedAssetOutputListPagination):
    """

    assets: list[AssetOutput]
    pagination: PaginatedAssetOutputListPagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assets = []
        for assets_item_data in self.assets:
            assets_item = assets_item_data.to_dict()
            assets.append(assets_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assets": assets,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_output import AssetOutput
        from ..models.paginated_asset_output_list_pagination import (
            PaginatedAssetOutputListPagination,
        )

        d = dict(src_dict)
        assets = []
        _assets = d.pop("assets")
        for assets_item_data in _assets:
            assets_item = AssetOutput.from_dict(assets_item_data)

            assets.append(assets_item)

        pagination = PaginatedAssetOutputListPagination.from_dict(d.pop("pagination"))

        paginated_asset_output_list = cls(
            assets=assets,
            pagination=pagination,
        )

        paginated_asset_output_list.additional_properties = d
        return paginated_asset_output_list

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
