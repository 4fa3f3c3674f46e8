from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.design_create_input_format_enum import (
    DesignCreateInputFormatEnum,
    check_design_create_input_format_enum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DesignCreateInputRequest")


@_attrs_define
class DesignCreateInputRequest:
    """A new design: a format, optionally a brand kit, a campaign and a document.

    Attributes:
        format_ (DesignCreateInputFormatEnum): * `instagram_post` - instagram_post
            * `instagram_portrait` - instagram_portrait
            * `instagram_story` - instagram_story
            * `facebook_post` - facebook_post
            * `facebook_cover` - facebook_cover
            * `x_post` - x_post
            * `linkedin_post` - linkedin_post
            * `pinterest_pin` - pinterest_pin
            * `linkedin_banner` - linkedin_banner
            * `x_header` - x_header
            * `youtube_channel_art` - youtube_channel_art
            * `whatsapp_status` - whatsapp_status
            * `youtube_thumbnail` - youtube_thumbnail
            * `tiktok_cover` - tiktok_cover
            * `instagram_ad` - instagram_ad
            * `instagram_ad_portrait` - instagram_ad_portrait
            * `instagram_ad_story` - instagram_ad_story
            * `facebook_ad` - facebook_ad
            * `web_leaderboard` - web_leaderboard
            * `web_medium_rectangle` - web_medium_rectangle
            * `web_skyscraper` - web_skyscraper
            * `open_graph` - open_graph
            * `web_hero` - web_hero
            * `email_header` - email_header
            * `a4_portrait` - a4_portrait
            * `a5_flyer` - a5_flyer
            * `us_letter` - us_letter
            * `poster_18x24` - poster_18x24
            * `business_card` - business_card
        title (str | Unset):  Default: 'Untitled design'.
        brand_kit_id (None | str | Unset): One of your brand kits: its colours and fonts land in the document.
        campaign_id (None | str | Unset): One of your campaigns.
        design_json (Any | Unset): The design document (schema: GET /v1/schemas/design/{schemaVersion}), passed through
            verbatim; its id is set to the design's. Validation errors are keyed designJson + the JSON pointer of the bad
            node, e.g. designJson/layers/2/style/color.
        creative_concept (str | Unset):  Default: ''.
    """

    format_: DesignCreateInputFormatEnum
    title: str | Unset = "Untitled design"
    brand_kit_id: None | str | Unset = UNSET
    campaign_id: None | str | Unset = UNSET
    design_json: Any | Unset = UNSET
    creative_concept: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_: str = self.format_

        title = self.title

        brand_kit_id: None | str | Unset
        if isinstance(self.brand_kit_id, Unset):
            brand_kit_id = UNSET
        else:
            brand_kit_id = self.brand_kit_id

        campaign_id: None | str | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        design_json = self.design_json

        creative_concept = self.creative_concept

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "format": format_,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if brand_kit_id is not UNSET:
            field_dict["brandKitId"] = brand_kit_id
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if design_json is not UNSET:
            field_dict["designJson"] = design_json
        if creative_concept is not UNSET:
            field_dict["creativeConcept"] = creative_concept

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        format_ = check_design_create_input_format_enum(d.pop("format"))

        title = d.pop("title", UNSET)

        def _parse_brand_kit_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand_kit_id = _parse_brand_kit_id(d.pop("brandKitId", UNSET))

        def _parse_campaign_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_id = _parse_campaign_id(d.pop("campaignId", UNSET))

        design_json = d.pop("designJson", UNSET)

        creative_concept = d.pop("creativeConcept", UNSET)

        design_create_input_request = cls(
            format_=format_,
            title=title,
            brand_kit_id=brand_kit_id,
            campaign_id=campaign_id,
            design_json=design_json,
            creative_concept=creative_concept,
        )

        design_create_input_request.additional_properties = d
        return design_create_input_request

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
