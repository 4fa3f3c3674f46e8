from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.estimate_line_output import EstimateLineOutput


T = TypeVar("T", bound="EstimateOutput")


@_attrs_define
class EstimateOutput:
    """
    Attributes:
        credits_ (int): What the request would cost.
        breakdown (list[EstimateLineOutput]):
        balance (int):
        sufficient (bool):
        sandbox (bool): Sandbox (rp_test_) keys are never charged.
        charged (int): What would actually be taken.
    """

    credits_: int
    breakdown: list[EstimateLineOutput]
    balance: int
    sufficient: bool
    sandbox: bool
    charged: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credits_ = self.credits_

        breakdown = []
        for breakdown_item_data in self.breakdown:
            breakdown_item = breakdown_item_data.to_dict()
            breakdown.append(breakdown_item)

        balance = self.balance

        sufficient = self.sufficient

        sandbox = self.sandbox

        charged = self.charged

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credits": credits_,
                "breakdown": breakdown,
                "balance": balance,
                "sufficient": sufficient,
                "sandbox": sandbox,
                "charged": charged,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.estimate_line_output import EstimateLineOutput

        d = dict(src_dict)
        credits_ = d.pop("credits")

        breakdown = []
        _breakdown = d.pop("breakdown")
        for breakdown_item_data in _breakdown:
            breakdown_item = EstimateLineOutput.from_dict(breakdown_item_data)

            breakdown.append(breakdown_item)

        balance = d.pop("balance")

        sufficient = d.pop("sufficient")

        sandbox = d.pop("sandbox")

        charged = d.pop("charged")

        estimate_output = cls(
            credits_=credits_,
            breakdown=breakdown,
            balance=balance,
            sufficient=sufficient,
            sandbox=sandbox,
            charged=charged,
        )

        estimate_output.additional_properties = d
        return estimate_output

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
