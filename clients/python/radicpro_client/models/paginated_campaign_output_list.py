from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.campaign_output import CampaignOutput
    from ..models.paginated_campaign_output_list_pagination import (
        PaginatedCampaignOutputListPagination,
    )


T = TypeVar("T", bound="PaginatedCampaignOutputList")


@_attrs_define
class PaginatedCampaignOutputList:
    """
    Attributes:
        campaigns (list[CampaignOutput]):
        pagination (PaginatedCampaignOutputListPagination):
    """

    campaigns: list[CampaignOutput]
    pagination: PaginatedCampaignOutputListPagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaigns = []
        for campaigns_item_data in self.campaigns:
            campaigns_item = campaigns_item_data.to_dict()
            campaigns.append(campaigns_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaigns": campaigns,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.campaign_output import CampaignOutput
        from ..models.paginated_campaign_output_list_pagination import (
            PaginatedCampaignOutputListPagination,
        )

        d = dict(src_dict)
        campaigns = []
        _campaigns = d.pop("campaigns")
        for campaigns_item_data in _campaigns:
            campaigns_item = CampaignOutput.from_dict(campaigns_item_data)

            campaigns.append(campaigns_item)

        pagination = PaginatedCampaignOutputListPagination.from_dict(d.pop("pagination"))

        paginated_campaign_output_list = cls(
            campaigns=campaigns,
            pagination=pagination,
        )

        paginated_campaign_output_list.additional_properties = d
        return paginated_campaign_output_list

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
