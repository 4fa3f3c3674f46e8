from typing import Literal

CreativeConceptEnum = Literal["offer_focus", "problem_solution", "product_highlight"]

CREATIVE_CONCEPT_ENUM_VALUES: set[CreativeConceptEnum] = {
    "offer_focus",
    "problem_solution",
    "product_highlight",
}


def check_creative_concept_enum(value: str) -> CreativeConceptEnum:
    if value in CREATIVE_CONCEPT_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATIVE_CONCEPT_ENUM_VALUES!r}")
