from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.paginated_webhook_output_list_pagination import (
        PaginatedWebhookOutputListPagination,
    )
    from ..models.webhook_output import WebhookOutput


T = TypeVar("T", bound="PaginatedWebhookOutputList")


@_attrs_define
class PaginatedWebhookOutputList:
    """
    Attributes:
        webhooks (list[WebhookOutput]):
        pagination (PaginatedWebhookOutputListPagination):
    """

    webhooks: list[WebhookOutput]
    pagination: PaginatedWebhookOutputListPagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhooks = []
        for webhooks_item_data in self.webhooks:
            webhooks_item = webhooks_item_data.to_dict()
            webhooks.append(webhooks_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webhooks": webhooks,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.paginated_webhook_output_list_pagination import (
            PaginatedWebhookOutputListPagination,
        )
        from ..models.webhook_output import WebhookOutput

        d = dict(src_dict)
        webhooks = []
        _webhooks = d.pop("webhooks")
        for webhooks_item_data in _webhooks:
            webhooks_item = WebhookOutput.from_dict(webhooks_item_data)

            webhooks.append(webhooks_item)

        pagination = PaginatedWebhookOutputListPagination.from_dict(d.pop("pagination"))

        paginated_webhook_output_list = cls(
            webhooks=webhooks,
            pagination=pagination,
        )

        paginated_webhook_output_list.additional_properties = d
        return paginated_webhook_output_list

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
