"""Small previews of a document, drawn by the renderer at a fractional scale."""

from __future__ import annotations

import io
from typing import Any

from PIL import Image

from rendering import fit_scale, render


def render_preview(doc: dict[str, Any], *, max_side: int = 320, assets: Any = None,
                   fonts: Any = None) -> tuple[Image.Image, float, tuple[str, ...]]:
    """(RGB image, scale used, renderer warnings) for `doc` drawn with its longer side at most `max_side`."""
    scale = fit_scale(doc, max_side=max_side)
    result = render(doc, scale=scale, image_format="png", assets=assets, fonts=fonts)
    image = Image.open(io.BytesIO(result.data)).convert("RGB")
    return image, scale, result.warnings
