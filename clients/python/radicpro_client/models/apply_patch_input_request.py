from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ApplyPatchInputRequest")


@_attrs_define
class ApplyPatchInputRequest:
    """Patch operations to apply to the design document.

    Attributes:
        operations (list[Any]): Patch operations (remove_layer, update_layer, add_layer, move_layer, update_canvas,
            update_smart_asset), applied in order, all or nothing. Errors are keyed operations/<index>/... or designJson/...
            (the patched document).
    """

    operations: list[Any]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operations = self.operations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operations": operations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        operations = cast(list[Any], d.pop("operations"))

        apply_patch_input_request = cls(
            operations=operations,
        )

        apply_patch_input_request.additional_properties = d
        return apply_patch_input_request

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
