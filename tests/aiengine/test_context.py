"""Holistic context for smart images, read from the design around the slot."""

import pytest

from aiengine.brief import extract_brief
from aiengine.context import color_name, holistic_context, image_request_for_slot
from aiengine.providers.base import LayoutRequest
from aiengine.providers.local.image import LocalImageProvider
from aiengine.providers.local.layout import LocalLayoutProvider


@pytest.fixture(scope="module")
def design():
    brief = extract_brief("Instagram ad for Diwali electronics sale, 40% OFF, premium dark theme, show headphones")
    return LocalLayoutProvider().generate(LayoutRequest(brief=brief, format_id="instagram_post",
                                                        concept="offer_focus", variants=1)).documents[0]


def test_context_describes_the_neighbours_and_the_placement(design):
    context = holistic_context(design, layer_id="layer_product")
    assert "Diwali Mega Sale" in context["designPurpose"]
    assert any("headline 'Diwali Mega Sale'" in item for item in context["adjacentElements"])
    assert any("offer '40% OFF'" in item for item in context["adjacentElements"])
    assert context["brandColors"] and all(c.startswith("#") for c in context["brandColors"])
    assert "right side" in context["compositionHints"] and "facing left" in context["compositionHints"]


def test_image_request_for_a_pending_slot_draws_at_the_slot_aspect(design):
    request = image_request_for_slot(design, smart_asset_id="smart_product", seed=4, resolution="1k")
    product = next(layer for layer in design["layers"] if layer.get("role") == "product")
    assert max(request.width, request.height) == 1024
    assert request.width / request.height == pytest.approx(product["size"]["width"] / product["size"]["height"],
                                                           rel=0.01)
    assert request.recipe_type == "product_shot" and "headphones" in request.prompt
    small = image_request_for_slot(design, smart_asset_id="smart_product", resolution="1k")
    image = LocalImageProvider().generate(type(small)(**{**small.__dict__, "width": 64, "height": 64}))
    assert image.png.startswith(b"\x89PNG")
    with pytest.raises(KeyError):
        image_request_for_slot(design, smart_asset_id="smart_missing")


def test_color_names():
    assert color_name("#FFFFFF") == "white"
    assert color_name("#0B1F4B") in ("navy", "navy blue")
    assert color_name("#F5C542") in ("gold", "golden")
