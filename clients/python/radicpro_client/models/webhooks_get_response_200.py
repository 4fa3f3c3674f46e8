from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.meta import Meta
    from ..models.webhook_output import WebhookOutput


T = TypeVar("T", bound="WebhooksGetResponse200")


@_attrs_define
class WebhooksGetResponse200:
    """
    Attributes:
        data (WebhookOutput): An OutputModelSerializer for list items and such.
        meta (Meta):
    """

    data: WebhookOutput
    meta: Meta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.meta import Meta
        from ..models.webhook_output import WebhookOutput

        d = dict(src_dict)
        data = WebhookOutput.from_dict(d.pop("data"))

        meta = Meta.from_dict(d.pop("meta"))

        webhooks_get_response_200 = cls(
            data=data,
            meta=meta,
        )

        webhooks_get_response_200.additional_properties = d
        return webhooks_get_response_200

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
