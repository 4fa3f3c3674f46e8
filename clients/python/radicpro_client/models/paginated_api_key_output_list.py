from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.api_key_output import ApiKeyOutput
    from ..models.paginated_api_key_output_list_pagination import (
        PaginatedApiKeyOutputListPagination,
    )


T = TypeVar("T", bound="PaginatedApiKeyOutputList")


@_attrs_define
class PaginatedApiKeyOutputList:
    """
    Attributes:
        api_keys (list[ApiKeyOutput]):
        pagination (PaginatedApiKeyOutputListPagination):
    """

    api_keys: list[ApiKeyOutput]
    pagination: PaginatedApiKeyOutputListPagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_keys = []
        for api_keys_item_data in self.api_keys:
            api_keys_item = api_keys_item_data.to_dict()
            api_keys.append(api_keys_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiKeys": api_keys,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_key_output import ApiKeyOutput
        from ..models.paginated_api_key_output_list_pagination import (
            PaginatedApiKeyOutputListPagination,
        )

        d = dict(src_dict)
        api_keys = []
        _api_keys = d.pop("apiKeys")
        for api_keys_item_data in _api_keys:
            api_keys_item = ApiKeyOutput.from_dict(api_keys_item_data)

            api_keys.append(api_keys_item)

        pagination = PaginatedApiKeyOutputListPagination.from_dict(d.pop("pagination"))

        paginated_api_key_output_list = cls(
            api_keys=api_keys,
            pagination=pagination,
        )

        paginated_api_key_output_list.additional_properties = d
        return paginated_api_key_output_list

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
