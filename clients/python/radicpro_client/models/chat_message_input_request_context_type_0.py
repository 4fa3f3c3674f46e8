from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatMessageInputRequestContextType0")


@_attrs_define
class ChatMessageInputRequestContextType0:
    """Optional: projectId (or campaignId) files what is made under that campaign (and uses its brand kit); designId is the
    design to edit.

        Attributes:
            project_id (str | Unset):
            campaign_id (str | Unset):
            design_id (str | Unset):
    """

    project_id: str | Unset = UNSET
    campaign_id: str | Unset = UNSET
    design_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        campaign_id = self.campaign_id

        design_id = self.design_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if design_id is not UNSET:
            field_dict["designId"] = design_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project_id = d.pop("projectId", UNSET)

        campaign_id = d.pop("campaignId", UNSET)

        design_id = d.pop("designId", UNSET)

        chat_message_input_request_context_type_0 = cls(
            project_id=project_id,
            campaign_id=campaign_id,
            design_id=design_id,
        )

        chat_message_input_request_context_type_0.additional_properties = d
        return chat_message_input_request_context_type_0

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
