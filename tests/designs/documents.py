"""Design documents used by the design API tests (fresh copies on every call)."""

from typing import Any


def poster(*, headline: str = "Diwali Mega Sale", color: str = "#FFCC00") -> dict[str, Any]:
    """A valid 1.4 instagram_post document with a background and a headline."""
    return {
        "schemaVersion": "1.4",
        "meta": {"title": "Poster"},
        "canvas": {"width": 1080, "height": 1080,
                   "background": {"type": "color", "color": "#FFFFFF"}},
        "layers": [
            {"id": "layer_bg", "type": "shape", "shape": "rect", "position": {"x": 0, "y": 0},
             "size": {"width": 1080, "height": 1080},
             "fill": {"type": "color", "color": "#050816"}},
            {"id": "layer_headline", "type": "text", "text": headline,
             "position": {"x": 80, "y": 120}, "size": {"width": 920, "height": 200},
             "style": {"fontFamily": "Inter", "fontWeight": 800, "fontSize": 96,
                       "color": color, "align": "center"}},
        ],
    }


def blocks_v2() -> dict[str, Any]:
    """A valid 2.0 (semantic blocks) document."""
    return {
        "schemaVersion": "2.0",
        "meta": {"title": "Blocks", "format": "instagram_post"},
        "canvas": {"width": 1080, "height": 1080,
                   "background": {"type": "color", "color": "#050816"}},
        "blocks": [
            {"id": "headline", "role": "headline", "text": "Diwali Mega Sale",
             "region": {"x": 0.07, "y": 0.1, "width": 0.86, "height": 0.18},
             "style": {"fontFamily": "Inter", "fontWeight": 800, "color": "#FFCC00",
                       "align": "center"}},
        ],
    }
