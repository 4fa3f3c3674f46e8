from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.source_enum import SourceEnum, check_source_enum

T = TypeVar("T", bound="DesignRevisionOutput")


@_attrs_define
class DesignRevisionOutput:
    """The design as it was at one version.

    Attributes:
        version (int):
        title (str):
        source (SourceEnum): * `create` - Created
            * `duplicate` - Duplicated
            * `update` - Updated (PATCH)
            * `patch` - Patch operations
            * `restore` - Restored from a revision
            * `ai_edit` - AI edit
            * `ai_generate` - AI generation
        design_json (Any): The document at this version.
        created_at (datetime.datetime):  Example: 2025-11-26T10:00:00Z.
    """

    version: int
    title: str
    source: SourceEnum
    design_json: Any
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        title = self.title

        source: str = self.source

        design_json = self.design_json

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "title": title,
                "source": source,
                "designJson": design_json,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        version = d.pop("version")

        title = d.pop("title")

        source = check_source_enum(d.pop("source"))

        design_json = d.pop("designJson")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        design_revision_output = cls(
            version=version,
            title=title,
            source=source,
            design_json=design_json,
            created_at=created_at,
        )

        design_revision_output.additional_properties = d
        return design_revision_output

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
