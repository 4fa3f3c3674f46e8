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
    # 16 heroes of 10 MB decoded and 4.7 MB fitted: the caches keep 80 MB of them, not 235
    assert images.cached_bytes() <= 80 * 1024 * 1024
    images.clear_caches()
