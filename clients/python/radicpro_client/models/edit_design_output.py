from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.patch_output import PatchOutput


T = TypeVar("T", bound="EditDesignOutput")


@_attrs_define
class EditDesignOutput:
    """
    Attributes:
        patch (PatchOutput):
        explanation (str):
        unsupported (list[str]): Parts of the instruction that were not carried out.
        base_version (int): The design version the operations were made for.
    """

    patch: PatchOutput
    explanation: str
    unsupported: list[str]
    base_version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        patch = self.patch.to_dict()

        explanation = self.explanation

        unsupported = self.unsupported

        base_version = self.base_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "patch": patch,
                "explanation": explanation,
                "unsupported": unsupported,
                "baseVersion": base_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.patch_output import PatchOutput

        d = dict(src_dict)
        patch = PatchOutput.from_dict(d.pop("patch"))

        explanation = d.pop("explanation")

        unsupported = cast(list[str], d.pop("unsupported"))

        base_version = d.pop("baseVersion")

        edit_design_output = cls(
            patch=patch,
            explanation=explanation,
            unsupported=unsupported,
            base_version=base_version,
        )

        edit_design_output.additional_properties = d
        return edit_design_output

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
