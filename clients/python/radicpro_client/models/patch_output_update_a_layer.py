from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.patch_output_update_a_layer_operation import (
    PatchOutputUpdateALayerOperation,
    check_patch_output_update_a_layer_operation,
)

if TYPE_CHECKING:
    from ..models.patch_output_update_a_layer_changes import (
        PatchOutputUpdateALayerChanges,
    )


T = TypeVar("T", bound="PatchOutputUpdateALayer")


@_attrs_define
class PatchOutputUpdateALayer:
    """Deep-merges changes into the layer.

    Attributes:
        op (PatchOutputUpdateALayerOperation): Always "update_layer".
        layer_id (str): The id of an existing layer, found anywhere in the document (groups included).
        changes (PatchOutputUpdateALayerChanges): Layer fields to change. Deep-merged: objects merge key by key; any
            other value, arrays included, replaces; a null value removes the key.
    """

    op: PatchOutputUpdateALayerOperation
    layer_id: str
    changes: PatchOutputUpdateALayerChanges

    def to_dict(self) -> dict[str, Any]:
        op: str = self.op

        layer_id = self.layer_id

        changes = self.changes.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "op": op,
                "layerId": layer_id,
                "changes": changes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.patch_output_update_a_layer_changes import (
            PatchOutputUpdateALayerChanges,
        )

        d = dict(src_dict)
        op = check_patch_output_update_a_layer_operation(d.pop("op"))

        layer_id = d.pop("layerId")

        changes = PatchOutputUpdateALayerChanges.from_dict(d.pop("changes"))

        patch_output_update_a_layer = cls(
            op=op,
            layer_id=layer_id,
            changes=changes,
        )

        return patch_output_update_a_layer
