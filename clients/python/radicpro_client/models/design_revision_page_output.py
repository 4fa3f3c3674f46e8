from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.design_revision_list_item_output import DesignRevisionListItemOutput
    from ..models.pagination_output import PaginationOutput


T = TypeVar("T", bound="DesignRevisionPageOutput")


@_attrs_define
class DesignRevisionPageOutput:
    """A page of revisions, newest first.

    Attributes:
        revisions (list[DesignRevisionListItemOutput]):
        pagination (PaginationOutput): Where a page sits in the list (for views that page by hand and declare their
            body).
    """

    revisions: list[DesignRevisionListItemOutput]
    pagination: PaginationOutput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        revisions = []
        for revisions_item_data in self.revisions:
            revisions_item = revisions_item_data.to_dict()
            revisions.append(revisions_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "revisions": revisions,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.design_revision_list_item_output import (
            DesignRevisionListItemOutput,
        )
        from ..models.pagination_output import PaginationOutput

        d = dict(src_dict)
        revisions = []
        _revisions = d.pop("revisions")
        for revisions_item_data in _revisions:
            revisions_item = DesignRevisionListItemOutput.from_dict(revisions_item_data)

            revisions.append(revisions_item)

        pagination = PaginationOutput.from_dict(d.pop("pagination"))

        design_revision_page_output = cls(
            revisions=revisions,
            pagination=pagination,
        )

        design_revision_page_output.additional_properties = d
        return design_revision_page_output

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
