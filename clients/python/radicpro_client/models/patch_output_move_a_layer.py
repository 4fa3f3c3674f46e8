from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.patch_output_move_a_layer_operation import (
    PatchOutputMoveALayerOperation,
    check_patch_output_move_a_layer_operation,
)

T = TypeVar("T", bound="PatchOutputMoveALayer")


@_attrs_define
class PatchOutputMoveALayer:
    """Moves the layer to a new position in its parent list.

    Attributes:
        op (PatchOutputMoveALayerOperation): Always "move_layer".
        layer_id (str): The id of an existing layer, found anywhere in the document (groups included).
        index (int): The layer's new position in its parent list, 0 = bottom.
    """

    op: PatchOutputMoveALayerOperation
    layer_id: str
    index: int

    def to_dict(self) -> dict[str, Any]:
        op: str = self.op

        layer_id = self.layer_id

        index = self.index

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "op": op,
                "layerId": layer_id,
                "index": index,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        op = check_patch_output_move_a_layer_operation(d.pop("op"))

        layer_id = d.pop("layerId")

        index = d.pop("index")

        patch_output_move_a_layer = cls(
            op=op,
            layer_id=layer_id,
            index=index,
        )

        return patch_output_move_a_layer
