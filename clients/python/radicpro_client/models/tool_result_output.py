from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_result_output_type_enum import (
    ToolResultOutputTypeEnum,
    check_tool_result_output_type_enum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolResultOutput")


@_attrs_define
class ToolResultOutput:
    """The job result of a tool run (the 200 body; GET /v1/jobs/{jobId} `result`).

    Attributes:
        tool_id (str):
        item_id (str): The design (design_...) or asset (asset_...) made.
        type_ (ToolResultOutputTypeEnum): * `design` - design
            * `asset` - asset
        url (None | str): A signed URL of the image or design preview.
        formats (list[str]): Formats the item can be had in (designs: via /v1/exports).
        credits_used (int):
        job_id (str):
        design_id (str | Unset):
        asset_id (str | Unset):
    """

    tool_id: str
    item_id: str
    type_: ToolResultOutputTypeEnum
    url: None | str
    formats: list[str]
    credits_used: int
    job_id: str
    design_id: str | Unset = UNSET
    asset_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_id = self.tool_id

        item_id = self.item_id

        type_: str = self.type_

        url: None | str
        url = self.url

        formats = self.formats

        credits_used = self.credits_used

        job_id = self.job_id

        design_id = self.design_id

        asset_id = self.asset_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "toolId": tool_id,
                "itemId": item_id,
                "type": type_,
                "url": url,
                "formats": formats,
                "creditsUsed": credits_used,
                "jobId": job_id,
            }
        )
        if design_id is not UNSET:
            field_dict["designId"] = design_id
        if asset_id is not UNSET:
            field_dict["assetId"] = asset_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tool_id = d.pop("toolId")

        item_id = d.pop("itemId")

        type_ = check_tool_result_output_type_enum(d.pop("type"))

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

        formats = cast(list[str], d.pop("formats"))

        credits_used = d.pop("creditsUsed")

        job_id = d.pop("jobId")

        design_id = d.pop("designId", UNSET)

        asset_id = d.pop("assetId", UNSET)

        tool_result_output = cls(
            tool_id=tool_id,
            item_id=item_id,
            type_=type_,
            url=url,
            formats=formats,
            credits_used=credits_used,
            job_id=job_id,
            design_id=design_id,
            asset_id=asset_id,
        )

        tool_result_output.additional_properties = d
        return tool_result_output

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
