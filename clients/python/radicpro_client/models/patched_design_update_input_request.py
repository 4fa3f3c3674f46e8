from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedDesignUpdateInputRequest")


@_attrs_define
class PatchedDesignUpdateInputRequest:
    """The fields of a design that PATCH changes (at least one).

    Attributes:
        title (str | Unset):
        design_json (Any | Unset): The design document (schema: GET /v1/schemas/design/{schemaVersion}), passed through
            verbatim; its id is set to the design's. Validation errors are keyed designJson + the JSON pointer of the bad
            node, e.g. designJson/layers/2/style/color.
        is_archived (bool | Unset):
        campaign_id (None | str | Unset): One of your campaigns; null unlinks.
    """

    title: str | Unset = UNSET
    design_json: Any | Unset = UNSET
    is_archived: bool | Unset = UNSET
    campaign_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        design_json = self.design_json

        is_archived = self.is_archived

        campaign_id: None | str | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if design_json is not UNSET:
            field_dict["designJson"] = design_json
        if is_archived is not UNSET:
            field_dict["isArchived"] = is_archived
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        design_json = d.pop("designJson", UNSET)

        is_archived = d.pop("isArchived", UNSET)

        def _parse_campaign_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_id = _parse_campaign_id(d.pop("campaignId", UNSET))

        patched_design_update_input_request = cls(
            title=title,
            design_json=design_json,
            is_archived=is_archived,
            campaign_id=campaign_id,
        )

        patched_design_update_input_request.additional_properties = d
        return patched_design_update_input_request

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
