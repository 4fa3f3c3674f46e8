from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BalanceOutput")


@_attrs_define
class BalanceOutput:
    """
    Attributes:
        balance (int): Spendable credits.
        plan (str):
        monthly_allowance (int): Credits granted each month.
        expires_at (datetime.datetime | None): Credits do not expire. Example: 2025-11-26T10:00:00Z.
        reserved (int): Credits held by work still running (already taken from the balance; refunded if it fails).
    """

    balance: int
    plan: str
    monthly_allowance: int
    expires_at: datetime.datetime | None
    reserved: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance = self.balance

        plan = self.plan

        monthly_allowance = self.monthly_allowance

        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        reserved = self.reserved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance": balance,
                "plan": plan,
                "monthlyAllowance": monthly_allowance,
                "expiresAt": expires_at,
                "reserved": reserved,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        balance = d.pop("balance")

        plan = d.pop("plan")

        monthly_allowance = d.pop("monthlyAllowance")

        def _parse_expires_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        expires_at = _parse_expires_at(d.pop("expiresAt"))

        reserved = d.pop("reserved")

        balance_output = cls(
            balance=balance,
            plan=plan,
            monthly_allowance=monthly_allowance,
            expires_at=expires_at,
            reserved=reserved,
        )

        balance_output.additional_properties = d
        return balance_output

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
