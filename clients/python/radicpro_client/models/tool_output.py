from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ToolOutput")


@_attrs_define
class ToolOutput:
    """
    Attributes:
        id (str): logo_maker, design_generator, smart_image, image_resizer, background_swap.
        name (str):
        category (str): design or image.
        credits_per_use (int): Credits one run costs with the default inputs.
        description (str):
        input_schema (Any): JSON Schema (2020-12) of `inputs`, passed verbatim.
        estimated_time (int): Typical seconds a run takes.
        output (str): What `itemId` of the result names: a design or an asset.
    """

    id: str
    name: str
    category: str
    credits_per_use: int
    description: str
    input_schema: Any
    estimated_time: int
    output: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        category = self.category

        credits_per_use = self.credits_per_use

        description = self.description

        input_schema = self.input_schema

        estimated_time = self.estimated_time

        output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "category": category,
                "creditsPerUse": credits_per_use,
                "description": description,
                "inputSchema": input_schema,
                "estimatedTime": estimated_time,
                "output": output,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        category = d.pop("category")

        credits_per_use = d.pop("creditsPerUse")

        description = d.pop("description")

        input_schema = d.pop("inputSchema")

        estimated_time = d.pop("estimatedTime")

        output = d.pop("output")

        tool_output = cls(
            id=id,
            name=name,
            category=category,
            credits_per_use=credits_per_use,
            description=description,
            input_schema=input_schema,
            estimated_time=estimated_time,
            output=output,
        )

        tool_output.additional_properties = d
        return tool_output

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
