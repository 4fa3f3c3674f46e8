from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.patch_output_add_a_layer_operation import (
    PatchOutputAddALayerOperation,
    check_patch_output_add_a_layer_operation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patch_output_add_a_layer_layer import PatchOutputAddALayerLayer


T = TypeVar("T", bound="PatchOutputAddALayer")


@_attrs_define
class PatchOutputAddALayer:
    """Inserts a new layer, on top unless an index is given.

    Attributes:
        op (PatchOutputAddALayerOperation): Always "add_layer".
        layer (PatchOutputAddALayerLayer): A complete layer, as in the design document schema; its id must not be in
            use.
        index (int | Unset): Position in the parent list, 0 = bottom; default: on top.
        parent_id (str | Unset): Add into this group's children instead of the top-level layers.
    """

    op: PatchOutputAddALayerOperation
    layer: PatchOutputAddALayerLayer
    index: int | Unset = UNSET
    parent_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        op: str = self.op

        layer = self.layer.to_dict()

        index = self.index

        parent_id = self.parent_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "op": op,
                "layer": layer,
            }
        )
        if index is not UNSET:
            field_dict["index"] = index
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.patch_output_add_a_layer_layer import PatchOutputAddALayerLayer

        d = dict(src_dict)
        op = check_patch_output_add_a_layer_operation(d.pop("op"))

        layer = PatchOutputAddALayerLayer.from_dict(d.pop("layer"))

        index = d.pop("index", UNSET)

        parent_id = d.pop("parentId", UNSET)

        patch_output_add_a_layer = cls(
            op=op,
            layer=layer,
            index=index,
            parent_id=parent_id,
        )

        return patch_output_add_a_layer
