from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.creative_concept_enum import (
    CreativeConceptEnum,
    check_creative_concept_enum,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generate_options_input_request import GenerateOptionsInputRequest


T = TypeVar("T", bound="GenerateDesignsInputRequest")


@_attrs_define
class GenerateDesignsInputRequest:
    """Refuses fields the endpoint does not take (nested objects too) instead of ignoring them.

    Attributes:
        prompt (str): What to design, in plain words (1–2000 chars).
        format_ (str): A format id of the catalogue (GET /v1/formats), e.g. instagram_post.
        brand_kit_id (None | str | Unset): One of your brand kits: its colours, fonts and logo.
        creative_concept (CreativeConceptEnum | None | Unset): Default product_highlight.

            * `product_highlight` - product_highlight
            * `offer_focus` - offer_focus
            * `problem_solution` - problem_solution
        product_asset_id (None | str | Unset): A photo of the product (one of your assets): the product shots are built
            from it.
        options (GenerateOptionsInputRequest | Unset): `options` of a generation (verbatim: camelCase names).
    """

    prompt: str
    format_: str
    brand_kit_id: None | str | Unset = UNSET
    creative_concept: CreativeConceptEnum | None | Unset = UNSET
    product_asset_id: None | str | Unset = UNSET
    options: GenerateOptionsInputRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        format_ = self.format_

        brand_kit_id: None | str | Unset
        if isinstance(self.brand_kit_id, Unset):
            brand_kit_id = UNSET
        else:
            brand_kit_id = self.brand_kit_id

        creative_concept: None | str | Unset
        if isinstance(self.creative_concept, Unset):
            creative_concept = UNSET
        elif isinstance(self.creative_concept, str):
            creative_concept = self.creative_concept
        else:
            creative_concept = self.creative_concept

        product_asset_id: None | str | Unset
        if isinstance(self.product_asset_id, Unset):
            product_asset_id = UNSET
        else:
            product_asset_id = self.product_asset_id

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "format": format_,
            }
        )
        if brand_kit_id is not UNSET:
            field_dict["brandKitId"] = brand_kit_id
        if creative_concept is not UNSET:
            field_dict["creativeConcept"] = creative_concept
        if product_asset_id is not UNSET:
            field_dict["productAssetId"] = product_asset_id
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.generate_options_input_request import GenerateOptionsInputRequest

        d = dict(src_dict)
        prompt = d.pop("prompt")

        format_ = d.pop("format")

        def _parse_brand_kit_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand_kit_id = _parse_brand_kit_id(d.pop("brandKitId", UNSET))

        def _parse_creative_concept(data: object) -> CreativeConceptEnum | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                creative_concept_type_0 = check_creative_concept_enum(data)

                return creative_concept_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreativeConceptEnum | None | Unset, data)

        creative_concept = _parse_creative_concept(d.pop("creativeConcept", UNSET))

        def _parse_product_asset_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product_asset_id = _parse_product_asset_id(d.pop("productAssetId", UNSET))

        _options = d.pop("options", UNSET)
        options: GenerateOptionsInputRequest | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = GenerateOptionsInputRequest.from_dict(_options)

        generate_designs_input_request = cls(
            prompt=prompt,
            format_=format_,
            brand_kit_id=brand_kit_id,
            creative_concept=creative_concept,
            product_asset_id=product_asset_id,
            options=options,
        )

        generate_designs_input_request.additional_properties = d
        return generate_designs_input_request

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
