"""Creates a blank, valid 1.4 document for a format and an optional brand."""

from __future__ import annotations

import copy
from typing import Any

from documents.formats import get_format
from documents.validation import validate_document

DEFAULT_BACKGROUND = "#FFFFFF"
_BRAND_FIELDS = ("brandKitId", "name", "colors", "fonts", "logoAssetId")


def new_document(*, format_id: str, title: str = "", brand: dict[str, Any] | None = None
                 ) -> dict[str, Any]:
    """A blank 1.4 document sized for ``format_id``, with no layers.

    The background is white unless the brand has a ``background`` colour
    (``brand["colors"]["background"]``). The brand block copies ``brandKitId``, ``name``,
    ``colors``, ``fonts`` and ``logoAssetId`` from ``brand``, skipping missing or null ones.
    Raises ValueError for an unknown format, DocumentInvalid when the brand is malformed
    (pointers such as ``/brand/colors/primary``).
    """
    page = get_format(format_id)
    if page is None:
        raise ValueError(f"unknown format {format_id!r}")
    doc: dict[str, Any] = {
        "schemaVersion": "1.4",
        "meta": {"title": title, "format": page.id},
        "canvas": {"width": page.width, "height": page.height,
                   "background": {"type": "color", "color": DEFAULT_BACKGROUND}},
        "layers": [],
    }
    if brand:
        block = {key: copy.deepcopy(brand[key]) for key in _BRAND_FIELDS
                 if brand.get(key) is not None}
        doc["brand"] = block
        colors = block.get("colors")
        if isinstance(colors, dict) and colors.get("background") is not None:
            doc["canvas"]["background"]["color"] = colors["background"]
    validate_document(doc)
    return doc
