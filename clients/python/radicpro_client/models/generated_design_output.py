from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.smart_image_status_output import SmartImageStatusOutput


T = TypeVar("T", bound="GeneratedDesignOutput")


@_attrs_define
class GeneratedDesignOutput:
    """
    Attributes:
        id (str):
        title (str):
        thumbnail_url (None | str): Signed, expiring PNG preview.
        creative_concept (str):
        design_json (Any): The 1.4 design document (verbatim).
        smart_image_status (SmartImageStatusOutput):
    """

    id: str
    title: str
    thumbnail_url: None | str
    creative_concept: str
    design_json: Any
    smart_image_status: SmartImageStatusOutput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        thumbnail_url: None | str
        thumbnail_url = self.thumbnail_url

        creative_concept = self.creative_concept

        design_json = self.design_json

        smart_image_status = self.smart_image_status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "thumbnailUrl": thumbnail_url,
                "creativeConcept": creative_concept,
                "designJson": design_json,
                "smartImageStatus": smart_image_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.smart_image_status_output import SmartImageStatusOutput

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        def _parse_thumbnail_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        thumbnail_url = _parse_thumbnail_url(d.pop("thumbnailUrl"))

        creative_concept = d.pop("creativeConcept")

        design_json = d.pop("designJson")

        smart_image_status = SmartImageStatusOutput.from_dict(d.pop("smartImageStatus"))

        generated_design_output = cls(
            id=id,
            title=title,
            thumbnail_url=thumbnail_url,
            creative_concept=creative_concept,
            design_json=design_json,
            smart_image_status=smart_image_status,
        )

        generated_design_output.additional_properties = d
        return generated_design_output

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
