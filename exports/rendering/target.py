"""Paint targets: draw masks and RGBA tiles onto an opaque (RGB) or transparent (RGBA) surface."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image, ImageChops

from .masks import colored
from .paint import Color


@dataclass(frozen=True)
class Drawing:
    """What a layer paints: its bounds relative to the box's top-left (px) and how to paint it."""

    bounds: tuple[int, int, int, int]  # x0, y0, x1, y1
    paint: Callable[[Target], None]


class Target:
    """A surface on which one layer paints, with the layer box's top-left at (ox, oy).

    On an RGB surface (an opaque canvas) a mask is pasted with the colour directly, which is
    the "over" operator for an opaque destination and avoids building RGBA tiles."""

    def __init__(self, image: Image.Image, ox: int, oy: int) -> None:
        self.image = image
        self.ox, self.oy = ox, oy

    def _clip(self, size: tuple[int, int], x: int, y: int) -> tuple[tuple[int, int, int, int], int, int] | None:
        dx, dy = self.ox + x, self.oy + y
        sx0, sy0 = max(0, -dx), max(0, -dy)
        sx1, sy1 = min(size[0], self.image.width - dx), min(size[1], self.image.height - dy)
        if sx1 <= sx0 or sy1 <= sy0:
            return None
        return (sx0, sy0, sx1, sy1), dx + sx0, dy + sy0

    def fill(self, mask: Image.Image, color: Color, x: int = 0, y: int = 0) -> None:
        """Paint `color` through an 'L' coverage mask whose top-left is at box-relative (x, y)."""
        if color[3] == 0:
            return
        ink = mask.getbbox()  # paste only where the mask has coverage
        if ink is None:
            return
        if ink != (0, 0, mask.width, mask.height):
            mask = mask.crop(ink)
            x, y = x + ink[0], y + ink[1]
        clip = self._clip(mask.size, x, y)
        if clip is None:
            return
        box, dx, dy = clip
        if box != (0, 0, mask.width, mask.height):
            mask = mask.crop(box)
        if self.image.mode == "RGB":
            if color[3] < 255:
                mask = mask.point(lambda v, a=color[3]: v * a // 255)
            self.image.paste(color[:3], (dx, dy, dx + mask.width, dy + mask.height), mask)
        else:
            self.image.alpha_composite(colored(mask, color), (dx, dy))

    def draw(self, tile: Image.Image, x: int = 0, y: int = 0, *, mask: Image.Image | None = None) -> None:
        """Composite an RGB/RGBA tile whose top-left is at box-relative (x, y), optionally
        through an extra 'L' coverage mask of the same size."""
        clip = self._clip(tile.size, x, y)
        if clip is None:
            return
        box, dx, dy = clip
        if box != (0, 0, tile.width, tile.height):
            tile = tile.crop(box)
            mask = mask.crop(box) if mask is not None else None
        if tile.mode == "RGBA":
            alpha = tile.getchannel("A")
            mask = alpha if mask is None else ImageChops.multiply(alpha, mask)
        if self.image.mode == "RGB":
            self.image.paste(tile, (dx, dy), mask)
        else:
            tile = tile.convert("RGBA") if tile.mode != "RGBA" else tile.copy()
            if mask is not None:
                tile.putalpha(mask)
            self.image.alpha_composite(tile, (dx, dy))
