"""new_document: a blank, valid 1.4 document for a format and an optional brand."""

from __future__ import annotations

import pytest

from documents import FORMATS, DocumentInvalid, Format, new_document, validate_document
from tests.documents.documents import BRAND


@pytest.mark.parametrize("page", FORMATS, ids=lambda page: page.id)
def test_a_blank_document_is_valid_and_sized_for_its_format(page: Format) -> None:
    doc = new_document(format_id=page.id, title="Spring sale")
    validate_document(doc)
    assert doc["canvas"]["width"] == page.width
    assert doc["canvas"]["height"] == page.height
    assert doc["meta"] == {"title": "Spring sale", "format": page.id}
    assert doc["layers"] == []


def test_without_a_brand_the_background_is_white_and_there_is_no_brand_block() -> None:
    doc = new_document(format_id="instagram_post")
    assert doc == {
        "schemaVersion": "1.4",
        "meta": {"title": "", "format": "instagram_post"},
        "canvas": {"width": 1080, "height": 1080,
                   "background": {"type": "color", "color": "#FFFFFF"}},
        "layers": [],
    }


def test_the_brand_block_is_copied_from_the_brand() -> None:
    brand = BRAND | {"isDefault": True, "logoAssetId": None}
    doc = new_document(format_id="a4_portrait", title="Flyer", brand=brand)
    assert doc["brand"] == {"brandKitId": "brand_123", "colors": BRAND["colors"],
                            "fonts": BRAND["fonts"]}
    assert doc["canvas"]["background"]["color"] == "#FFFFFF"  # the brand names no background
    doc["brand"]["colors"]["primary"] = "#000000"
    assert BRAND["colors"]["primary"] == "#FFCC00"  # a copy, not the caller's dict


def test_a_brand_background_colour_becomes_the_canvas_background() -> None:
    brand = BRAND | {"colors": BRAND["colors"] | {"background": "#050816"}}
    doc = new_document(format_id="instagram_story", brand=brand)
    assert doc["canvas"]["background"] == {"type": "color", "color": "#050816"}


def test_a_malformed_brand_is_refused_with_pointers() -> None:
    brand = BRAND | {"colors": {"primary": "gold"}}
    with pytest.raises(DocumentInvalid) as caught:
        new_document(format_id="instagram_post", brand=brand)
    assert caught.value.errors == [{"pointer": "/brand/colors/primary",
                                    "message": "must be a colour like #RRGGBB or #RRGGBBAA"}]


def test_an_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="tiktok_billboard"):
        new_document(format_id="tiktok_billboard")
