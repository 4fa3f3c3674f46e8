"""Which templates a design may use: by aspect family, kind and whether there is an image to show."""

from __future__ import annotations

import zlib

from aiengine.creative.templates.loader import all_templates
from aiengine.creative.templates.model import Template

SQUARE_RANGE = (0.84, 1.25)


def family_of(width: int, height: int) -> str:
    """The aspect family of a canvas: square (0.84–1.25), portrait (taller) or landscape (wider)."""
    ratio = width / height
    if ratio < SQUARE_RANGE[0]:
        return "portrait"
    if ratio >= SQUARE_RANGE[1]:
        return "landscape"
    return "square"


def templates_for(kind: str, family: str, *, has_image: bool | None = None) -> list[Template]:
    """The templates of `family` that suit `kind` (and, when given, that can show or do without an image)."""
    found = [template for template in all_templates() if template.family == family and template.suits(kind)]
    if has_image is True:
        found = [template for template in found if template.image != "none"]
    elif has_image is False:
        found = [template for template in found if template.image != "required"]
    return found


def pick(kind: str, family: str, *, has_image: bool, count: int, key: str) -> list[Template]:
    """`count` templates for one request, all different while the kind has enough: the ones made for the kind
    first, in an order drawn from `key` (the prompt), so unrelated prompts do not share the same three."""
    found = templates_for(kind, family, has_image=has_image) or templates_for("general", family,
                                                                              has_image=has_image)

    def rank(template: Template) -> tuple[int, int]:
        return (0 if template.specific else 1, zlib.crc32(f"{key}|{template.id}".encode()))

    ordered = sorted(found, key=rank)
    # Mix: the kind's own templates lead, but a general one takes the second place when there are several.
    if len(ordered) > 2 and ordered[0].specific and ordered[1].specific and not ordered[-1].specific:
        general = next(template for template in ordered if not template.specific)
        ordered.remove(general)
        ordered.insert(1, general)
    return [ordered[index % len(ordered)] for index in range(count)]
