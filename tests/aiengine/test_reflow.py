"""Adapting a design to another format: same words and images, re-laid out, lint-clean."""

import pytest

from aiengine.creative.lint import lint_document
from aiengine.creative.reading import read_brief
from aiengine.providers.base import LayoutRequest
from aiengine.providers.local.layout import LocalLayoutProvider
from aiengine.providers.local.reflow import reflow
from documents import get_format, validate_document

FORMATS = ("instagram_story", "facebook_cover", "x_post", "instagram_portrait", "a5_flyer")


@pytest.mark.parametrize("concept", ["offer_focus", "product_highlight"])
@pytest.mark.parametrize("format_id", FORMATS)
def test_a_square_design_adapts_to_each_format(concept, format_id):
    brief = read_brief("We're hiring a senior Python developer in Pune, remote ok, apply by 30 Jan")
    source = LocalLayoutProvider().generate(LayoutRequest(brief=brief, format_id="instagram_post", concept=concept,
                                                          variants=1, seed=2)).documents[0]
    fmt = get_format(format_id)

    adapted = reflow(source, fmt=fmt)

    validate_document(adapted)
    assert (adapted["canvas"]["width"], adapted["canvas"]["height"]) == (fmt.width, fmt.height)
    assert adapted["meta"]["format"] == format_id
    texts = sorted(layer["text"] for layer in adapted["layers"] if layer["type"] == "text")
    assert texts == sorted(layer["text"] for layer in source["layers"] if layer["type"] == "text")
    assert adapted.get("smartAssets") == source.get("smartAssets")
    issues = lint_document(adapted, format_id=format_id)
    assert [i.code for i in issues if i.severity == "error"] == []
    assert not [i for i in issues if i.code == "broken_word"]
