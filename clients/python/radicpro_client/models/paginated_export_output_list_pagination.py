from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaginatedExportOutputListPagination")


@_attrs_define
class PaginatedExportOutputListPagination:
    """
    Attributes:
        page (int): This page's number (from 1), with a cursor too. Example: 1.
        limit (int):  Example: 20.
        total (int): Items in the list: exact up to 1000; past that a count at most 60 s old (totalIsExact false).
            Example: 45.
        total_pages (int):  Example: 3.
        total_is_exact (bool | Unset): false when total is a recent count, not this instant's. Example: True.
        next_cursor (None | str | Unset): Pass as `cursor` for the next page (keyset paging: fast at any depth); null on
            the last page. Example: eyJwIjoxfQ.
    """

    page: int
    limit: int
    total: int
    total_pages: int
    total_is_exact: bool | Unset = UNSET
    next_cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        limit = self.limit

        total = self.total

        total_pages = self.total_pages

        total_is_exact = self.total_is_exact

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "limit": limit,
                "total": total,
                "totalPages": total_pages,
            }
        )
        if total_is_exact is not UNSET:
            field_dict["totalIsExact"] = total_is_exact
        if next_cursor is not UNSET:
            field_dict["nextCursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        page = d.pop("page")

        limit = d.pop("limit")

        total = d.pop("total")

        total_pages = d.pop("totalPages")

        total_is_exact = d.pop("totalIsExact", UNSET)

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("nextCursor", UNSET))

        paginated_export_output_list_pagination = cls(
            page=page,
            limit=limit,
            total=total,
            total_pages=total_pages,
            total_is_exact=total_is_exact,
            next_cursor=next_cursor,
        )

        paginated_export_output_list_pagination.additional_properties = d
        return paginated_export_output_list_pagination

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
