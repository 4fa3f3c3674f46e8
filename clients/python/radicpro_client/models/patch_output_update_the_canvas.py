from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.patch_output_update_the_canvas_operation import (
    PatchOutputUpdateTheCanvasOperation,
    check_patch_output_update_the_canvas_operation,
)

if TYPE_CHECKING:
    from ..models.patch_output_update_the_canvas_changes import (
        PatchOutputUpdateTheCanvasChanges,
    )


T = TypeVar("T", bound="PatchOutputUpdateTheCanvas")


@_attrs_define
class PatchOutputUpdateTheCanvas:
    """Deep-merges changes into the canvas (width, height, background).

    Attributes:
        op (PatchOutputUpdateTheCanvasOperation): Always "update_canvas".
        changes (PatchOutputUpdateTheCanvasChanges): Canvas fields to change. Deep-merged: objects merge key by key; any
            other value, arrays included, replaces; a null value removes the key.
    """

    op: PatchOutputUpdateTheCanvasOperation
    changes: PatchOutputUpdateTheCanvasChanges

    def to_dict(self) -> dict[str, Any]:
        op: str = self.op

        changes = self.changes.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "op": op,
                "changes": changes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.patch_output_update_the_canvas_changes import (
            PatchOutputUpdateTheCanvasChanges,
        )

        d = dict(src_dict)
        op = check_patch_output_update_the_canvas_operation(d.pop("op"))

        changes = PatchOutputUpdateTheCanvasChanges.from_dict(d.pop("changes"))

        patch_output_update_the_canvas = cls(
            op=op,
            changes=changes,
        )

        return patch_output_update_the_canvas
