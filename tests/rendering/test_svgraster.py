"""SVG assets in raster exports: a sanitised SVG logo is drawn by resvg, sharp at every scale."""

import io

import pytest
from PIL import Image

from assets.svg import sanitise_svg
from rendering import DictAssetSource, render
from rendering.errors import AssetUnusable
from rendering.svgraster import intrinsic_size, is_svg, raster_size, rasterise

LOGO = b"""<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100" onload="alert(1)">
  <script>alert(document.cookie)</script>
  <rect x="0" y="0" width="100" height="100" fill="#E63946"/>
  <circle cx="150" cy="50" r="45" fill="#1D3557"/>
  <a href="javascript:alert(1)"><rect x="0" y="0" width="1" height="1" fill="#00FF00"/></a>
</svg>"""


def _document(fit="contain"):
    return {
        "schemaVersion": "1.4", "id": "design_svg_logo", "meta": {"title": "SVG logo", "format": "custom"},
        "canvas": {"width": 400, "height": 300, "background": {"type": "color", "color": "#FFFFFF"}},
        "layers": [{"id": "layer_logo", "type": "image", "assetId": "asset_logo", "fit": fit,
                    "position": {"x": 0, "y": 50}, "size": {"width": 400, "height": 200}}],
    }


def _png(document, *, scale=1, image_format="png", data=None):
    clean = sanitise_svg(LOGO).data if data is None else data
    result = render(document, scale=scale, image_format=image_format, assets=DictAssetSource({"asset_logo": clean}))
    image = Image.open(io.BytesIO(result.data))
    image.load()
    return result, image.convert("RGB")


def _near(pixel, colour, tolerance=12):
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, colour, strict=True))


@pytest.mark.parametrize("scale", [1, 2])
def test_a_sanitised_svg_logo_appears_in_a_png_export(scale):
    clean = sanitise_svg(LOGO)
    assert b"script" not in clean.data and b"onload" not in clean.data
    result, image = _png(_document(), scale=scale)
    assert not [warning for warning in result.warnings if "asset_logo" in warning]
    assert image.size == (400 * scale, 300 * scale)
    s = scale
    assert _near(image.getpixel((100 * s, 150 * s)), (0xE6, 0x39, 0x46))  # the red square, left half
    assert _near(image.getpixel((300 * s, 150 * s)), (0x1D, 0x35, 0x57))  # the navy circle's centre, right half
    assert _near(image.getpixel((210 * s, 60 * s)), (255, 255, 255))  # outside the circle: the canvas
    assert _near(image.getpixel((200 * s, 20 * s)), (255, 255, 255))  # above the layer
    # drawn at the export's resolution: the circle's edge is a thin anti-aliased ring, not a blur
    row = [image.getpixel((x, 150 * s)) for x in range(390 * s, 400 * s)]
    soft = [p for p in row if not _near(p, (255, 255, 255)) and not _near(p, (0x1D, 0x35, 0x57))]
    assert len(soft) <= 2


def test_svg_logo_in_a_jpeg_export_and_covering_its_box():
    _, image = _png(_document(fit="cover"), image_format="jpg")
    assert _near(image.getpixel((100, 150)), (0xE6, 0x39, 0x46), tolerance=20)


def test_an_svg_naming_a_file_is_refused_not_drawn():
    outside = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><image href="file:///etc/passwd"/></svg>'
    with pytest.raises(AssetUnusable):
        rasterise(outside)
    result, image = _png(_document(), data=outside)
    assert any("asset_logo" in warning for warning in result.warnings)
    assert _near(image.getpixel((100, 150)), (255, 255, 255))


def test_sizes_read_from_the_svg():
    assert is_svg(LOGO) and not is_svg(b"\x89PNG\r\n")
    assert intrinsic_size(LOGO) == (200.0, 100.0)
    assert intrinsic_size(b'<svg viewBox="0 0 32 16"/>') == (32.0, 16.0)
    assert raster_size(LOGO, (400, 400), fit="contain") == (400, 200)
    assert raster_size(LOGO, (400, 400), fit="cover") == (800, 400)
    assert max(raster_size(LOGO, (100000, 100000))) == 4096


def test_svg_text_is_set_in_the_bundled_fonts():
    text = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 60"><text x="10" y="45" font-size="40" fill="#000">ACME</text></svg>'
    image = rasterise(text, (200, 60))
    assert image.getchannel("A").getextrema()[1] == 255  # the glyphs were drawn


@pytest.mark.parametrize("image_format", ["svg", "pdf", "webp"])
def test_other_exports_draw_the_svg_logo_too(image_format):
    result = render(_document(), scale=1, image_format=image_format,
                    assets=DictAssetSource({"asset_logo": sanitise_svg(LOGO).data}))
    assert not result.warnings
    if image_format == "svg":
        assert b"data:image/png;base64," in result.data  # drawn once, embedded as pixels (no foreign SVG inside)
