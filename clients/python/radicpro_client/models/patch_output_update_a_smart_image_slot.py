from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.patch_output_update_a_smart_image_slot_operation import (
    PatchOutputUpdateASmartImageSlotOperation,
    check_patch_output_update_a_smart_image_slot_operation,
)

if TYPE_CHECKING:
    from ..models.patch_output_update_a_smart_image_slot_changes import (
        PatchOutputUpdateASmartImageSlotChanges,
    )


T = TypeVar("T", bound="PatchOutputUpdateASmartImageSlot")


@_attrs_define
class PatchOutputUpdateASmartImageSlot:
    """Deep-merges changes into smartAssets[key] (created when missing): a new recipe (another subject), its status and the
    asset drawn for it.

        Attributes:
            op (PatchOutputUpdateASmartImageSlotOperation): Always "update_smart_asset".
            key (str): A key of smartAssets (image layers name it in smartAssetId).
            changes (PatchOutputUpdateASmartImageSlotChanges): Slot fields to change (status, recipe, assetId, recipeId).
                Deep-merged: objects merge key by key; any other value, arrays included, replaces; a null value removes the key.
    """

    op: PatchOutputUpdateASmartImageSlotOperation
    key: str
    changes: PatchOutputUpdateASmartImageSlotChanges

    def to_dict(self) -> dict[str, Any]:
        op: str = self.op

        key = self.key

        changes = self.changes.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "op": op,
                "key": key,
                "changes": changes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.patch_output_update_a_smart_image_slot_changes import (
            PatchOutputUpdateASmartImageSlotChanges,
        )

        d = dict(src_dict)
        op = check_patch_output_update_a_smart_image_slot_operation(d.pop("op"))

        key = d.pop("key")

        changes = PatchOutputUpdateASmartImageSlotChanges.from_dict(d.pop("changes"))

        patch_output_update_a_smart_image_slot = cls(
            op=op,
            key=key,
            changes=changes,
        )

        return patch_output_update_a_smart_image_slot
