from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AdaptedDesignOutput")


@_attrs_define
class AdaptedDesignOutput:
    """
    Attributes:
        id (str):
        title (str):
        format_ (str):
        source_design_id (str): The design it was adapted from.
        campaign_id (None | str):
        thumbnail_url (None | str): Signed, expiring PNG preview (null until drawn).
        design_json (Any): The 1.4 design document (verbatim).
        lint (list[str]): Codes of the design lint's errors (text_overflow, text_overlap, low_contrast, ...); empty when
            clean.
    """

    id: str
    title: str
    format_: str
    source_design_id: str
    campaign_id: None | str
    thumbnail_url: None | str
    design_json: Any
    lint: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        format_ = self.format_

        source_design_id = self.source_design_id

        campaign_id: None | str
        campaign_id = self.campaign_id

        thumbnail_url: None | str
        thumbnail_url = self.thumbnail_url

        design_json = self.design_json

        lint = self.lint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "format": format_,
                "sourceDesignId": source_design_id,
                "campaignId": campaign_id,
                "thumbnailUrl": thumbnail_url,
                "designJson": design_json,
                "lint": lint,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        format_ = d.pop("format")

        source_design_id = d.pop("sourceDesignId")

        def _parse_campaign_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        campaign_id = _parse_campaign_id(d.pop("campaignId"))

        def _parse_thumbnail_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        thumbnail_url = _parse_thumbnail_url(d.pop("thumbnailUrl"))

        design_json = d.pop("designJson")

        lint = cast(list[str], d.pop("lint"))

        adapted_design_output = cls(
            id=id,
            title=title,
            format_=format_,
            source_design_id=source_design_id,
            campaign_id=campaign_id,
            thumbnail_url=thumbnail_url,
            design_json=design_json,
            lint=lint,
        )

        adapted_design_output.additional_properties = d
        return adapted_design_output

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
