"""The local layout engine over 20 prompts and every format: valid, lint-clean, rendered without
surprises, and three visibly different variants (three templates) per request."""

import io
import itertools

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageStat

from aiengine.creative.concepts import CONCEPTS
from aiengine.creative.lint import lint_document
from aiengine.creative.preview import render_preview
from aiengine.creative.reading import read_brief
from aiengine.providers.base import LayoutRequest, ProviderError
from aiengine.providers.local.layout import LocalLayoutProvider
from documents import FORMATS, get_format, validate_document
from rendering import DictAssetSource, render
from tests.aiengine.prompts import PROMPTS

PROVIDER = LocalLayoutProvider()
FORMAT_IDS = [fmt.id for fmt in FORMATS]
CONCEPT_IDS = [concept.id for concept in CONCEPTS]
PREVIEW_SIDE = 200
MIN_VARIANT_DIFFERENCE = 10.0  # mean absolute difference per channel (0–255) between two variants' renders


def _rotation(prompt_index: int, concept_index: int) -> list[str]:
    """One format per (prompt, concept), two for the first prompts: every (concept, format) pair is covered."""
    n = len(FORMAT_IDS)
    offset = 7 * concept_index
    formats = [FORMAT_IDS[(prompt_index + offset) % n]]
    extra = len(PROMPTS) + prompt_index
    if extra < n:
        formats.append(FORMAT_IDS[(extra + offset) % n])
    return formats


SWEEP = [(i, FORMAT_IDS[(i * 5 + j) % len(FORMAT_IDS)]) for i in range(len(PROMPTS)) for j in range(2)]
SWEEP += [(i % len(PROMPTS), fmt) for i, fmt in enumerate(FORMAT_IDS)]


def test_the_sweep_covers_every_format():
    assert len(PROMPTS) == 20
    assert {fmt for _, fmt in SWEEP} == set(FORMAT_IDS)


def _pending_only(warnings) -> bool:
    return all(w.startswith("smart asset smart_product is pending") for w in warnings)


def _difference(a: Image.Image, b: Image.Image) -> float:
    return sum(ImageStat.Stat(ImageChops.difference(a, b)).mean) / 3


def _check_request(brief, *, concept: str, format_id: str, seed: int, assets=None, **extra):
    result = PROVIDER.generate(LayoutRequest(brief=brief, format_id=format_id, concept=concept, variants=3,
                                             seed=seed, **extra))
    assert len(result.documents) == 3 and result.model
    fmt = get_format(format_id)
    previews = []
    for doc in result.documents:
        validate_document(doc)
        assert (doc["canvas"]["width"], doc["canvas"]["height"]) == (fmt.width, fmt.height)
        assert doc["meta"]["creativeConcept"] == concept and doc["meta"]["format"] == format_id
        assert doc["meta"]["kind"] == brief.kind
        errors = [(i.code, i.layer_id, i.message) for i in lint_document(doc, assets=assets)
                  if i.severity == "error"]
        assert errors == [], (format_id, concept, doc["meta"]["variant"], errors)
        image, _, warnings = render_preview(doc, max_side=PREVIEW_SIDE, assets=assets)
        assert _pending_only(warnings), warnings
        previews.append(image)
    for a, b in itertools.combinations(previews, 2):
        assert _difference(a, b) > MIN_VARIANT_DIFFERENCE, (format_id, concept)
    return result.documents


@pytest.mark.parametrize(("prompt_index", "format_id"), SWEEP, ids=[f"p{i}-{fmt}" for i, fmt in SWEEP])
def test_prompt_format_sweep(prompt_index, format_id):
    brief = read_brief(PROMPTS[prompt_index], format_id=format_id)
    concept = CONCEPT_IDS[prompt_index % len(CONCEPT_IDS)]
    docs = _check_request(brief, concept=concept, format_id=format_id, seed=prompt_index)
    roles = {layer.get("role") for doc in docs for layer in doc["layers"]}
    assert {"headline", "background"} <= roles
    assert ("product" in roles) == bool(brief.subject)
    assert len({doc["meta"]["template"] for doc in docs}) == 3


def test_full_size_renders_have_no_warnings_beyond_pending_slots():
    brief = read_brief(PROMPTS[0])
    for format_id in ("instagram_post", "web_leaderboard", "instagram_story", "web_skyscraper"):
        doc = PROVIDER.generate(LayoutRequest(brief=brief, format_id=format_id, concept="offer_focus",
                                              variants=1)).documents[0]
        result = render(doc, scale=1, image_format="png")
        assert (result.width, result.height) == (doc["canvas"]["width"], doc["canvas"]["height"])
        assert _pending_only(result.warnings), result.warnings


def _png(color: str, size=(300, 100)) -> bytes:
    image = Image.new("RGBA", size, (0, 0, 0, 0))
    ImageDraw.Draw(image).rounded_rectangle((0, 0, size[0] - 1, size[1] - 1), radius=size[1] // 3, fill=color)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.mark.parametrize("concept", CONCEPT_IDS)
def test_brand_kit_product_asset_and_logo(concept):
    brand = {"brandKitId": "brand_1",
             "colors": {"primary": "#FFCC00", "secondary": "#050816", "accent": "#FF4D00", "text": "#FFFFFF"},
             "fonts": {"primary": {"family": "Poppins", "weights": [800]}, "secondary": {"family": "DM Sans"}},
             "logoAssetId": "asset_logo"}
    assets = DictAssetSource({"asset_logo": _png("#FFCC00"), "asset_product": _png("#D02030", (400, 400))})
    brief = read_brief("Diwali sale on headphones, 40% off")
    for format_id in ("instagram_post", "web_leaderboard", "instagram_story"):
        docs = _check_request(brief, concept=concept, format_id=format_id, seed=5, assets=assets, brand=brand,
                              product_asset_id="asset_product")
        first = docs[0]
        assert first["brand"] == brand
        assert first["canvas"]["background"]["color"] == "#050816"
        assert "smartAssets" not in first
        layers = {layer.get("role"): layer for layer in first["layers"]}
        assert layers["product"]["assetId"] == "asset_product"
        assert layers["logo"]["assetId"] == "asset_logo"
        assert layers["headline"]["style"]["fontFamily"] == "Poppins"


def test_pending_product_slot_carries_its_recipe():
    doc = PROVIDER.generate(LayoutRequest(brief=read_brief(PROMPTS[0]), format_id="instagram_post",
                                          variants=1)).documents[0]
    slot = doc["smartAssets"]["smart_product"]
    assert slot["status"] == "pending"
    assert slot["recipe"]["type"] == "product_shot"
    assert "headphones" in slot["recipe"]["prompt"]
    product = next(layer for layer in doc["layers"] if layer.get("role") == "product")
    assert product["smartAssetId"] == "smart_product"


def test_same_request_same_documents_and_seed_matters():
    request = LayoutRequest(brief=read_brief(PROMPTS[3]), format_id="facebook_post", concept="offer_focus",
                            variants=3, seed=9)
    assert PROVIDER.generate(request).documents == PROVIDER.generate(request).documents
    other = LayoutRequest(brief=request.brief, format_id="facebook_post", concept="offer_focus", variants=3, seed=10)
    assert PROVIDER.generate(other).documents != PROVIDER.generate(request).documents


def test_unknown_format_or_concept_is_refused():
    brief = read_brief(PROMPTS[0])
    with pytest.raises(ProviderError):
        PROVIDER.generate(LayoutRequest(brief=brief, format_id="billboard_9000"))
    with pytest.raises(ValueError):
        PROVIDER.generate(LayoutRequest(brief=brief, format_id="instagram_post", concept="mystery"))
