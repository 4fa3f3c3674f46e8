from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.patch_output_remove_a_layer_operation import (
    PatchOutputRemoveALayerOperation,
    check_patch_output_remove_a_layer_operation,
)

T = TypeVar("T", bound="PatchOutputRemoveALayer")


@_attrs_define
class PatchOutputRemoveALayer:
    """Removes the layer (a group with all its children).

    Attributes:
        op (PatchOutputRemoveALayerOperation): Always "remove_layer".
        layer_id (str): The id of an existing layer, found anywhere in the document (groups included).
    """

    op: PatchOutputRemoveALayerOperation
    layer_id: str

    def to_dict(self) -> dict[str, Any]:
        op: str = self.op

        layer_id = self.layer_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "op": op,
                "layerId": layer_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        op = check_patch_output_remove_a_layer_operation(d.pop("op"))

        layer_id = d.pop("layerId")

        patch_output_remove_a_layer = cls(
            op=op,
            layer_id=layer_id,
        )

        return patch_output_remove_a_layer
