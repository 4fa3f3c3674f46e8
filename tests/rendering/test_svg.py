"""SVG export: well-formed, self-contained, and drawn by Chromium like the PNG."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from rendering import render

from .support import (
    case_names,
    case_scale,
    chromium_screenshot,
    compare,
    fixture_assets,
    load_case,
    parse_svg,
    write_diff,
)

SVG = "{http://www.w3.org/2000/svg}"
# Chromium and FreeType anti-alias and hint glyphs differently; shapes and images match closely
MEAN_ABS_LIMIT = 4.0
OVER_THRESHOLD_LIMIT = 3.5  # percent of pixels differing by more than 48 in some channel


def _texts(layers):
    for layer in layers:
        if layer.get("type") == "group":
            yield from _texts(layer.get("children", []))
        elif layer.get("type") == "text" and layer.get("visible", True) and layer.get("opacity", 1) > 0:
            yield layer


@pytest.mark.parametrize("name", ["text_devanagari", "text_arabic_rtl", "rotation_groups", "canvas_gradient_3x"])
def test_svg_is_well_formed_and_carries_the_texts(name):
    document = load_case(name)
    scale = case_scale(document)
    result = render(document, scale=scale, image_format="svg", assets=fixture_assets())
    root = parse_svg(result.data)
    assert root.tag == f"{SVG}svg"
    assert (root.get("width"), root.get("height")) == (str(result.width), str(result.height))
    assert root.get("viewBox") == f"0 0 {document['canvas']['width']} {document['canvas']['height']}"
    spans = " ".join(span.text or "" for span in root.iter(f"{SVG}tspan"))
    for layer in _texts(document["layers"]):
        for word in layer["text"].replace("\n", " ").split():
            assert word in spans, f"{word!r} of {layer['id']} is missing"
    style = "".join(element.text or "" for element in root.iter(f"{SVG}style"))
    assert "@font-face" in style and "font/woff2" in style


def test_svg_embeds_images_as_data_uris_and_lists_the_same_warnings():
    document = load_case("smart_and_missing")
    result = render(document, image_format="svg", assets=fixture_assets())
    root = parse_svg(result.data)
    hrefs = [image.get("href") for image in root.iter(f"{SVG}image")]
    assert hrefs and all(href.startswith("data:image/") for href in hrefs)
    assert list(result.warnings) == document["meta"]["expectedWarnings"]


def test_transparent_svg_has_no_background():
    document = load_case("shapes_fills")
    opaque = parse_svg(render(document, image_format="svg").data)
    clear = parse_svg(render(document, image_format="svg", transparent=True).data)
    assert len(list(opaque.iter(f"{SVG}rect"))) == len(list(clear.iter(f"{SVG}rect"))) + 1


@pytest.mark.browser
@pytest.mark.parametrize("name", case_names())
def test_chromium_draws_the_svg_like_the_png(name):
    document = load_case(name)
    scale = case_scale(document)
    assets = fixture_assets()
    png = Image.open(io.BytesIO(render(document, scale=scale, assets=assets).data)).convert("RGB")
    svg = render(document, scale=scale, image_format="svg", assets=assets)
    shot = chromium_screenshot(svg.data, svg.width, svg.height)
    assert shot.size == png.size
    result = compare(shot, png)
    if not result.within(MEAN_ABS_LIMIT, OVER_THRESHOLD_LIMIT):
        where = write_diff(f"{name}-svg", shot, png)
        pytest.fail(f"Chromium's rendering of {name}.svg differs from the PNG ({result}); see {where}")
