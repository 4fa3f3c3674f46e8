from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.patch_output_add_a_layer import PatchOutputAddALayer
    from ..models.patch_output_move_a_layer import PatchOutputMoveALayer
    from ..models.patch_output_remove_a_layer import PatchOutputRemoveALayer
    from ..models.patch_output_update_a_layer import PatchOutputUpdateALayer
    from ..models.patch_output_update_a_smart_image_slot import (
        PatchOutputUpdateASmartImageSlot,
    )
    from ..models.patch_output_update_the_canvas import PatchOutputUpdateTheCanvas


T = TypeVar("T", bound="PatchOutput")


@_attrs_define
class PatchOutput:
    """
    Attributes:
        operations (list[PatchOutputAddALayer | PatchOutputMoveALayer | PatchOutputRemoveALayer |
            PatchOutputUpdateALayer | PatchOutputUpdateASmartImageSlot | PatchOutputUpdateTheCanvas]): Patch operations, in
            order: remove_layer, update_layer (changes deep-merged), add_layer, move_layer, update_canvas,
            update_smart_asset (as POST /v1/designs/{id}/apply-patch takes them).
    """

    operations: list[
        PatchOutputAddALayer
        | PatchOutputMoveALayer
        | PatchOutputRemoveALayer
        | PatchOutputUpdateALayer
        | PatchOutputUpdateASmartImageSlot
        | PatchOutputUpdateTheCanvas
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.patch_output_add_a_layer import PatchOutputAddALayer
        from ..models.patch_output_move_a_layer import PatchOutputMoveALayer
        from ..models.patch_output_remove_a_layer import PatchOutputRemoveALayer
        from ..models.patch_output_update_a_layer import PatchOutputUpdateALayer
        from ..models.patch_output_update_the_canvas import PatchOutputUpdateTheCanvas

        operations = []
        for operations_item_data in self.operations:
            operations_item: dict[str, Any]
            if (
                isinstance(operations_item_data, PatchOutputRemoveALayer)
                or isinstance(operations_item_data, PatchOutputUpdateALayer)
                or isinstance(operations_item_data, PatchOutputAddALayer)
                or isinstance(operations_item_data, PatchOutputMoveALayer)
                or isinstance(operations_item_data, PatchOutputUpdateTheCanvas)
            ):
                operations_item = operations_item_data.to_dict()
            else:
                operations_item = operations_item_data.to_dict()

            operations.append(operations_item)

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
        from ..models.patch_output_add_a_layer import PatchOutputAddALayer
        from ..models.patch_output_move_a_layer import PatchOutputMoveALayer
        from ..models.patch_output_remove_a_layer import PatchOutputRemoveALayer
        from ..models.patch_output_update_a_layer import PatchOutputUpdateALayer
        from ..models.patch_output_update_a_smart_image_slot import (
            PatchOutputUpdateASmartImageSlot,
        )
        from ..models.patch_output_update_the_canvas import PatchOutputUpdateTheCanvas

        d = dict(src_dict)
        operations = []
        _operations = d.pop("operations")
        for operations_item_data in _operations:

            def _parse_operations_item(
                data: object,
            ) -> (
                PatchOutputAddALayer
                | PatchOutputMoveALayer
                | PatchOutputRemoveALayer
                | PatchOutputUpdateALayer
                | PatchOutputUpdateASmartImageSlot
                | PatchOutputUpdateTheCanvas
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    operations_item_remove_a_layer = PatchOutputRemoveALayer.from_dict(data)

                    return operations_item_remove_a_layer
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    operations_item_update_a_layer = PatchOutputUpdateALayer.from_dict(data)

                    return operations_item_update_a_layer
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    operations_item_add_a_layer = PatchOutputAddALayer.from_dict(data)

                    return operations_item_add_a_layer
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    operations_item_move_a_layer = PatchOutputMoveALayer.from_dict(data)

                    return operations_item_move_a_layer
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    operations_item_update_the_canvas = PatchOutputUpdateTheCanvas.from_dict(data)

                    return operations_item_update_the_canvas
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                operations_item_update_a_smart_image_slot = PatchOutputUpdateASmartImageSlot.from_dict(data)

                return operations_item_update_a_smart_image_slot

            operations_item = _parse_operations_item(operations_item_data)

            operations.append(operations_item)

        patch_output = cls(
            operations=operations,
        )

        patch_output.additional_properties = d
        return patch_output

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
