"""What a design should show: a subject id of the art index (aiengine/creative/art), read from the
words after "show …" when the prompt has them, else from the prompt's own words."""

from __future__ import annotations

from aiengine.creative.art import find_subject as find_in_index
from aiengine.creative.art import subject_in_prompt

# Subjects a shop's name may tell (a bakery, a biryani house); other words in names mean nothing ("Race Course").
_FROM_NAMES = frozenset({"biryani", "sweets", "cake", "bread", "coffee", "tea", "pizza", "burger", "perfume", "ring",
                         "ice cream", "juice", "pasta", "curry", "sneakers", "saree", "plant", "flowers"})


def find_subject(text: str, *, shown: str = "", names: tuple[str, ...] = ()) -> str:
    """The index id of the subject to picture: from the words after "show" when the prompt has them,
    else the first subject the prompt's words name (names of people, shops and venues left out);
    "" when nothing the index knows is named."""
    if shown:
        subject = find_in_index(shown) or subject_in_prompt(shown)
        if subject:
            return subject.id
    outside = text
    for name in names:
        outside = outside.replace(name, " ")
    subject = subject_in_prompt(outside, themes=False)
    if subject:
        return subject.id
    # a dish or a product named only inside a shop's name ("Hyderabad House Biryani", "Sharma Sweets")
    # says more than a theme word ("Diwali") of the rest
    for name in names:
        subject = subject_in_prompt(name, themes=False)
        if subject and subject.id in _FROM_NAMES:
            return subject.id
    subject = subject_in_prompt(outside)
    return subject.id if subject else ""
