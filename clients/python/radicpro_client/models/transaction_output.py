from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TransactionOutput")


@_attrs_define
class TransactionOutput:
    """An OutputModelSerializer for list items and such.

    Attributes:
        id (str):
        type_ (str): purchase, usage, refund, grant, allowance
        amount (int): Credits added (+) or taken (−).
        balance_after (int):
        reference (str):
        description (str):
        created_at (datetime.datetime):  Example: 2025-11-26T10:00:00Z.
    """

    id: str
    type_: str
    amount: int
    balance_after: int
    reference: str
    description: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        amount = self.amount

        balance_after = self.balance_after

        reference = self.reference

        description = self.description

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "amount": amount,
                "balanceAfter": balance_after,
                "reference": reference,
                "description": description,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        amount = d.pop("amount")

        balance_after = d.pop("balanceAfter")

        reference = d.pop("reference")

        description = d.pop("description")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        transaction_output = cls(
            id=id,
            type_=type_,
            amount=amount,
            balance_after=balance_after,
            reference=reference,
            description=description,
            created_at=created_at,
        )

        transaction_output.additional_properties = d
        return transaction_output

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
