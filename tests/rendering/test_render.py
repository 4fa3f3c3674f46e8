"""render(): formats, warnings for missing things, limits, bad input and scale."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image, ImageChops, ImageStat

from rendering import OUTPUT_FORMATS, DictAssetSource, RenderError, render

from .support import ASSETS_DIR, SIGNATURES, fixture_assets


def doc(layers, *, width=200, height=120, background=None, **extra):
    return {
        "schemaVersion": "1.4",
        "canvas": {"width": width, "height": height, "background": background or {"type": "color", "color": "#FFFFFF"}},
        "layers": layers,
        **extra,
    }


def text_layer(text="Hello", **style):
    return {"id": "layer_text", "type": "text", "text": text, "position": {"x": 10, "y": 10},
            "size": {"width": 180, "height": 100}, "style": {"fontSize": 40, "color": "#000000", **style}}


def image_layer(asset_id, layer_id="layer_product"):
    return {"id": layer_id, "type": "image", "assetId": asset_id, "position": {"x": 20, "y": 20}, "size": {"width": 80, "height": 80}}


def decode(result):
    image = Image.open(io.BytesIO(result.data))
    image.load()
    return image


@pytest.mark.parametrize("output", OUTPUT_FORMATS, ids=lambda output: output.name)
def test_every_format_encodes_with_its_mime_type(output):
    for name in (output.name, *output.aliases):
        result = render(doc([text_layer()]), image_format=name)
        assert result.mime_type == output.mime_type
        assert (result.width, result.height) == (200, 120)
        assert SIGNATURES[output.name](result.data), result.data[:16]
        if output.raster:
            assert decode(result).size == (200, 120)


def test_png_round_trips_the_canvas_exactly():
    result = render(doc([], background={"type": "color", "color": "#12345"  "6"}))
    image = decode(result)
    assert image.mode == "RGB" and image.getpixel((5, 5)) == (0x12, 0x34, 0x56)


def test_unknown_font_family_renders_with_fallback_and_a_warning():
    result = render(doc([text_layer(fontFamily="Totally Unknown Grotesk")]))
    assert result.warnings == ('font family "Totally Unknown Grotesk" not found; rendered with Inter (layer layer_text)',)
    assert decode(result).convert("L").getextrema()[0] < 50  # the text is still drawn


def test_missing_asset_is_left_out_with_a_warning():
    result = render(doc([image_layer("asset_x")]), assets=DictAssetSource({}))
    assert result.warnings == ("asset asset_x not found (layer layer_product)",)
    assert decode(result).getextrema() == ((255, 255), (255, 255), (255, 255))


def test_no_asset_source_at_all_is_a_missing_asset():
    assert render(doc([image_layer("asset_x")])).warnings == ("asset asset_x not found (layer layer_product)",)


def test_corrupt_asset_bytes_warn_instead_of_crashing():
    truncated = (ASSETS_DIR / "landscape.jpg").read_bytes()[:3000]
    assets = DictAssetSource({"asset_cut": truncated, "asset_txt": b"hello"})
    result = render(doc([image_layer("asset_cut"), image_layer("asset_txt", "layer_logo")]), assets=assets)
    assert result.warnings == (
        "asset asset_cut is corrupt or truncated (layer layer_product)",
        "asset asset_txt is not an image in a supported format (layer layer_logo)",
    )


def _bomb_png(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims width×height pixels (the data is never decoded)."""

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")


def test_decompression_bomb_asset_is_refused_before_decoding():
    assets = DictAssetSource({"asset_bomb": _bomb_png(30000, 30000), "asset_big": _bomb_png(9000, 7000)})
    result = render(doc([image_layer("asset_bomb"), image_layer("asset_big", "layer_logo")]), assets=assets)
    assert result.warnings == (
        "asset asset_bomb is too large to decode (over the 50 Mpx limit) (layer layer_product)",
        "asset asset_big is 9000×7000 px, over the 50 Mpx limit (layer layer_logo)",
    )
    # the worker is still healthy: the next render works
    assert render(doc([image_layer("asset_product")]), assets=fixture_assets()).warnings == ()


def test_transparent_png_and_webp_drop_the_background():
    layers = [{"id": "layer_dot", "type": "shape", "shape": "rect", "position": {"x": 50, "y": 50},
               "size": {"width": 20, "height": 20}, "fill": {"type": "color", "color": "#FF0000"}}]
    for image_format in ("png", "webp"):
        image = decode(render(doc(layers, background={"type": "color", "color": "#00FF00"}), image_format=image_format, transparent=True))
        assert image.mode == "RGBA"
        assert image.getpixel((2, 2))[3] == 0
        r, g, b, a = image.getpixel((60, 60))
        assert a == 255 and r > 240 and g < 20


def test_jpg_cannot_be_transparent():
    with pytest.raises(RenderError, match="jpg cannot be transparent"):
        render(doc([]), image_format="jpg", transparent=True)


@pytest.mark.parametrize(
    ("width", "height", "scale", "message"),
    [
        (8001, 100, 1, "outside 1–8000 px a side"),
        (7000, 7000, 1, "over 40,000,000 pixels"),
        (8000, 5000, 3, "output is over 120,000,000 pixels"),
    ],
)
def test_oversized_canvas_or_output_is_a_render_error(width, height, scale, message):
    with pytest.raises(RenderError, match=message) as caught:
        render(doc([], width=width, height=height), scale=scale)
    assert caught.value.details["width"] >= width


@pytest.mark.parametrize(
    ("options", "message"),
    [({"scale": 5}, "scale must be a number above 0 and at most 4"), ({"scale": 0}, "above 0"),
     ({"scale": "2"}, "scale must be"), ({"scale": True}, "scale must be"), ({"image_format": "gif"}, "unsupported format"), ({"quality": 0}, "quality")],
)
def test_bad_options_are_render_errors(options, message):
    with pytest.raises(RenderError, match=message):
        render(doc([]), **options)


def test_malformed_layer_is_a_render_error_naming_it():
    broken = {"id": "layer_broken", "type": "shape", "shape": "rect", "position": {"x": 0}}
    with pytest.raises(RenderError, match="layer layer_broken") as caught:
        render(doc([broken]))
    assert caught.value.details == {"layerId": "layer_broken"}
    with pytest.raises(RenderError, match="malformed"):
        render(doc([broken]), image_format="svg")


def test_invalid_colour_is_a_render_error_naming_the_layer():
    with pytest.raises(RenderError, match="layer layer_text: invalid colour 'red'") as caught:
        render(doc([text_layer(color="red")]))
    assert caught.value.details["layerId"] == "layer_text"


def test_document_without_canvas_is_a_render_error():
    with pytest.raises(RenderError, match="no canvas"):
        render({"schemaVersion": "1.4", "layers": []})


def test_scale_renders_at_that_pixel_size_with_sharp_text():
    layers = [text_layer("Sharp edges", fontWeight=700, fontSize=28)]
    one = decode(render(doc(layers), scale=1)).convert("L")
    two = decode(render(doc(layers), scale=2)).convert("L")
    assert two.size == (400, 240)
    # drawn at 2x, not resized: its anti-aliased fringe (grey pixels per dark pixel) is far
    # thinner than that of the 1x render scaled up
    upscaled = one.resize(two.size, Image.Resampling.BICUBIC)

    def fringe(image):
        histogram = image.histogram()
        return sum(histogram[32:224]) / max(1, sum(histogram[:32]))

    assert fringe(two) < fringe(upscaled) * 0.5
    # ...yet the same picture: scaled back down it matches the 1x render closely
    down = two.resize(one.size, Image.Resampling.BOX)
    assert ImageStat.Stat(ImageChops.difference(down, one)).mean[0] < 4


def mixed_layers():
    """A gradient, a stroked ellipse, bold text and a dashed line on a 400×240 canvas."""
    gradient = {"type": "linearGradient", "angle": 90,
                "stops": [{"offset": 0, "color": "#FFE0A0"}, {"offset": 1, "color": "#A0C0FF"}]}
    return [
        {"id": "layer_bg", "type": "shape", "shape": "rect", "position": {"x": 0, "y": 0},
         "size": {"width": 400, "height": 240}, "fill": gradient},
        {"id": "layer_dot", "type": "shape", "shape": "ellipse", "position": {"x": 260, "y": 40},
         "size": {"width": 100, "height": 100}, "fill": {"type": "color", "color": "#E04020"},
         "stroke": {"color": "#000000", "width": 6}},
        {**text_layer("Sharp edges", fontWeight=700, fontSize=48, color="#101010"),
         "size": {"width": 240, "height": 120}},
        {"id": "layer_line", "type": "shape", "shape": "line", "position": {"x": 20, "y": 200},
         "size": {"width": 360, "height": 0}, "stroke": {"color": "#2040C0", "width": 6, "dash": [24, 16]}},
    ]


@pytest.mark.parametrize(("scale", "size"), [(400 / 1080, (148, 89)), (0.5, (200, 120)), (0.01, (4, 2))])
def test_fractional_scale_renders_at_canvas_times_scale_rounded(scale, size):
    for image_format in ("png", "jpg", "svg"):
        result = render(doc(mixed_layers(), width=400, height=240), scale=scale, image_format=image_format)
        assert (result.width, result.height) == size
        if image_format != "svg":
            assert decode(result).size == size


@pytest.mark.parametrize("scale", [0.5, 0.4, 0.25])
def test_fractional_scale_matches_the_1x_render_shrunk(scale):
    document = doc(mixed_layers(), width=400, height=240)
    small = decode(render(document, scale=scale)).convert("RGB")
    shrunk = decode(render(document, scale=1)).convert("RGB").resize(small.size, Image.Resampling.LANCZOS)
    # only anti-aliased edges differ; the same picture off by a single pixel differs by 14 to 25
    assert max(ImageStat.Stat(ImageChops.difference(small, shrunk)).mean) < 8


def test_fractional_scale_keeps_text_crisper_than_a_shrunk_render():
    layers = [text_layer("Sharp edges", fontWeight=700, fontSize=28)]
    small = decode(render(doc(layers), scale=0.5)).convert("L")
    blurred = decode(render(doc(layers), scale=1)).convert("L").resize(small.size, Image.Resampling.BILINEAR)
    # drawn at the small size, glyph edges stay as sharp as a 1x render's: more full-ink pixels
    assert small.histogram()[0] + sum(small.histogram()[:32]) >= blurred.histogram()[0] + sum(blurred.histogram()[:32])


def test_three_x_renders_three_times_the_pixels():
    result = render(doc([text_layer()]), scale=3, image_format="jpg")
    assert decode(result).size == (600, 360) == (result.width, result.height)


def test_smart_asset_draws_its_asset_once_completed():
    layer = {"id": "layer_smart", "type": "image", "smartAssetId": "smart_p", "position": {"x": 0, "y": 0},
             "size": {"width": 200, "height": 120}, "fit": "fill"}
    done = doc([layer], smartAssets={"smart_p": {"status": "completed", "assetId": "asset_landscape"}})
    pending = doc([layer], smartAssets={"smart_p": {"status": "queued"}})
    assert render(done, assets=fixture_assets()).warnings == ()
    assert render(pending, assets=fixture_assets()).warnings == ("smart asset smart_p is queued (layer layer_smart); nothing drawn",)


def test_v2_document_renders_through_its_conversion():
    v2 = {
        "schemaVersion": "2.0",
        "canvas": {"width": 400, "height": 400, "background": {"type": "color", "color": "#050816"}},
        "blocks": [
            {"id": "headline", "role": "headline", "text": "Diwali Mega Sale",
             "region": {"x": 0.05, "y": 0.1, "width": 0.9, "height": 0.2},
             "style": {"fontFamily": "Inter", "fontWeight": 800, "color": "#FFCC00", "align": "center"}},
            {"id": "badge", "role": "decoration", "shape": "ellipse",
             "region": {"x": 0.6, "y": 0.6, "width": 0.3, "height": 0.3}, "fill": {"type": "color", "color": "#FF4D00"}},
        ],
    }
    result = render(v2)
    image = decode(result)
    assert result.warnings == ()
    assert image.getpixel((300, 300)) == (0xFF, 0x4D, 0x00)  # the badge block
    assert max(image.crop((20, 40, 380, 120)).getextrema()[0]) > 200  # yellow headline text


def test_canvas_gradient_runs_along_its_angle():
    background = {"type": "linearGradient", "angle": 90,
                  "stops": [{"offset": 0, "color": "#000000"}, {"offset": 1, "color": "#FFFFFF"}]}
    image = decode(render(doc([], background=background))).convert("L")
    left, middle, right = image.getpixel((0, 60)), image.getpixel((100, 60)), image.getpixel((199, 60))
    assert left < 5 and right > 250 and abs(middle - 128) < 6
    assert image.getpixel((100, 0)) == image.getpixel((100, 119))  # constant down a column


@pytest.mark.parametrize("mode", ["RGB", "RGBA"])
def test_png_writer_round_trips_every_pixel(mode):
    from rendering.pngwrite import write_png

    photo = Image.open(ASSETS_DIR / "landscape.jpg").convert("RGB").resize((333, 517))
    image = photo.convert(mode)
    if mode == "RGBA":
        image.putalpha(photo.convert("L"))
    back = Image.open(io.BytesIO(write_png(image)))
    assert back.mode == mode and back.size == image.size
    assert back.tobytes() == image.tobytes()
