from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PurchaseOutput")


@_attrs_define
class PurchaseOutput:
    """
    Attributes:
        transaction_id (str):
        credits_added (int):
        new_balance (int):
        cost (str): What was charged, e.g. "$40.00".
    """

    transaction_id: str
    credits_added: int
    new_balance: int
    cost: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_id = self.transaction_id

        credits_added = self.credits_added

        new_balance = self.new_balance

        cost = self.cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transactionId": transaction_id,
                "creditsAdded": credits_added,
                "newBalance": new_balance,
                "cost": cost,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        transaction_id = d.pop("transactionId")

        credits_added = d.pop("creditsAdded")

        new_balance = d.pop("newBalance")

        cost = d.pop("cost")

        purchase_output = cls(
            transaction_id=transaction_id,
            credits_added=credits_added,
            new_balance=new_balance,
            cost=cost,
        )

        purchase_output.additional_properties = d
        return purchase_output

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
