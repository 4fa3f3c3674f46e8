"""The creative concepts a design can follow, with what each one puts first."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Concept:
    """A creative concept: its id, a label, and the element it leads with."""

    id: str
    label: str
    lead: str
    description: str


CONCEPTS: tuple[Concept, ...] = (
    Concept("product_highlight", "Product highlight", "product",
            "The product is the hero: a large studio shot, short copy beside it, the offer as a tag."),
    Concept("offer_focus", "Offer focus", "offer",
            "The deal is the hero: the offer in big type or a badge, the product supporting it."),
    Concept("problem_solution", "Problem → solution", "headline",
            "A problem the customer knows, then the product as the answer, with a clear call to action."),
)

CONCEPTS_BY_ID: dict[str, Concept] = {concept.id: concept for concept in CONCEPTS}
DEFAULT_CONCEPT = "product_highlight"


def get_concept(concept_id: str | None) -> Concept:
    """The concept with `concept_id` (the default when None); ValueError for an unknown id."""
    if not concept_id:
        return CONCEPTS_BY_ID[DEFAULT_CONCEPT]
    try:
        return CONCEPTS_BY_ID[concept_id]
    except KeyError:
        known = ", ".join(CONCEPTS_BY_ID)
        raise ValueError(f"unknown creative concept {concept_id!r} (known: {known})") from None
