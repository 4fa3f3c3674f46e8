"""Golden images: every reference document renders like its committed PNG (UPDATE_GOLDEN=1 rewrites)."""

from __future__ import annotations

import io
import os

import pytest
from PIL import Image

from rendering import render

from .support import (
    GOLDEN_DIR,
    case_names,
    case_scale,
    compare,
    fixture_assets,
    load_case,
    write_diff,
)

MEAN_ABS_LIMIT = 0.6
OVER_THRESHOLD_LIMIT = 0.2  # percent of pixels


def test_the_reference_set_covers_every_layer_feature():
    blob = "".join((GOLDEN_DIR.parent / "cases" / f"{name}.json").read_text(encoding="utf-8") for name in case_names())
    for feature in ('"autoFit"', '"linearGradient"', '"radialGradient"', '"rotation"', '"cover"', '"contain"', '"fill"',
                    '"crop"', '"cornerRadius"', '"filters"', '"stroke"', '"shadow"', '"background"', '"visible": false',
                    '"opacity"', '"group"', '"smartAssetId"', '"letterSpacing"', '"lineHeight"', '"dash"', "दिवाली सेल",
                    "تخفيضات", '"type": "image"', '"testScale": 2', '"testScale": 3'):
        assert feature in blob, f"no reference document uses {feature}"


@pytest.mark.parametrize("name", case_names())
def test_reference_document_matches_golden_png(name):
    document = load_case(name)
    scale = case_scale(document)
    result = render(document, scale=scale, assets=fixture_assets())
    assert (result.width, result.height) == (document["canvas"]["width"] * scale, document["canvas"]["height"] * scale)
    assert list(result.warnings) == document["meta"].get("expectedWarnings", [])
    actual = Image.open(io.BytesIO(result.data))
    assert actual.size == (result.width, result.height)
    golden = GOLDEN_DIR / f"{name}.png"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        GOLDEN_DIR.mkdir(exist_ok=True)
        actual.save(golden, optimize=True)
    assert golden.exists(), f"no golden image {golden.name}: run UPDATE_GOLDEN=1 pytest {__file__}"
    expected = Image.open(golden)
    result_cmp = compare(actual, expected)
    if not result_cmp.within(MEAN_ABS_LIMIT, OVER_THRESHOLD_LIMIT):
        where = write_diff(name, actual, expected)
        pytest.fail(f"{name} differs from its golden image ({result_cmp}); see {where}/{name}-*.png")
