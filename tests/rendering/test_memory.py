"""A worker renders image after image that it never draws again (every generation's hero is a new
asset): what the renderer keeps of them between renders is bounded, not a share of each one."""

import io

from PIL import Image

from rendering import DictAssetSource, images, render

SIDE = 1080


def _png(index: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (1600, 1600), (index * 9 % 256, 80, 160)).save(out, "PNG")
    return out.getvalue()


def test_images_drawn_once_are_not_kept_beyond_the_cache_budgets():
    images.clear_caches()
    for index in range(16):
        asset = f"asset_hero_{index}"
        render({"schemaVersion": "1.4",
                "canvas": {"width": SIDE, "height": SIDE,
                           "background": {"type": "color", "color": "#FFFFFF"}},
                "layers": [{"id": "layer_hero", "type": "image", "assetId": asset,
                            "position": {"x": 0, "y": 0},
                            "size": {"width": SIDE, "height": SIDE}}]},
               assets=DictAssetSource({asset: _png(index)}))
    # 16 heroes of 10 MB decoded and 4.7 MB fitted: the caches keep 48 MB of them, not 235
    assert images.cached_bytes() <= 48 * 1024 * 1024
    images.clear_caches()


def test_text_at_ever_new_sizes_keeps_a_bounded_number_of_fonts():
    """Each size of each face is a FreeType font of ~0.3 MB: auto-fitted copy draws at ever new
    sizes, and a worker keeps only the recent ones (letter-spaced text included)."""
    import gc

    from PIL import ImageFont

    for index in range(200):
        render({"schemaVersion": "1.4",
                "canvas": {"width": 300, "height": 120,
                           "background": {"type": "color", "color": "#FFFFFF"}},
                "layers": [{"id": "layer_text", "type": "text", "text": "Soak sale",
                            "position": {"x": 10, "y": 10}, "size": {"width": 280, "height": 100},
                            "style": {"fontSize": 20 + index * 0.25, "letterSpacing": 2,
                                      "color": "#000000"}}]})
    gc.collect()
    alive = sum(isinstance(item, ImageFont.FreeTypeFont) for item in gc.get_objects())
    assert alive <= 80, alive
