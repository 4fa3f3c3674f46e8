"""Paint targets: draw masks and RGBA tiles onto an opaque (RGB) or transparent (RGBA) surface."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image, ImageChops

from .masks import colored
from .paint import Color, gradient_image


@dataclass(frozen=True)
class Drawing:
    """What a layer paints: its bounds relative to the box's top-left (px) and how to paint it."""

    bounds: tuple[int, int, int, int]  # x0, y0, x1, y1
    paint: Callable[[Target], None]


Window = tuple[int, int, int, int]  # x0, y0, x1, y1
UNBOUNDED: Window = (-(2**62), -(2**62), 2**62, 2**62)


def intersect(a: Window, b: Window) -> Window | None:
    """The overlap of two boxes, or None when they do not meet."""
    box = (max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3]))
    return box if box[2] > box[0] and box[3] > box[1] else None


class Target:
    """A surface on which one layer paints, with the layer box's top-left at (ox, oy).

    On an RGB surface (an opaque canvas) a mask is pasted with the colour directly, which is
    the "over" operator for an opaque destination and avoids building RGBA tiles."""

    def __init__(self, image: Image.Image, ox: int, oy: int, *, clip: bool = True) -> None:
        self.image = image
        self.ox, self.oy = ox, oy
        self.clip = clip

    def window(self) -> Window:
        """The box-relative area that lands on the surface: a layer need paint nothing else.
        (Unclipped, everything: the whole layer is drawn, as a reference for tests.)"""
        if not self.clip:
            return UNBOUNDED
        return (-self.ox, -self.oy, self.image.width - self.ox, self.image.height - self.oy)

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

    def gradient(self, paint: dict, size: tuple[int, int], box, mask: Image.Image | None, x: int = 0, y: int = 0) -> None:
        """Paint a gradient laid over `box` of a `size` tile at box-relative (x, y), through `mask`."""
        self.draw(gradient_image(paint, size, box, opaque=mask is not None), x, y, mask=mask)

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


def rotate_into(
    image: Image.Image, left: float, top: float, center: tuple[float, float], degrees: float, limit: tuple[int, int]
) -> tuple[Image.Image, int, int] | None:
    """`image` (top-left at left/top) rotated clockwise about `center`, cut to the visible part
    of a `limit`-sized surface: the rotated image and its top-left, or None when off-surface."""
    frame = rotation_frame(image.size, left, top, center, degrees, limit)
    if frame is None:
        return None
    (ox0, oy0, ox1, oy1), data = frame
    rotated = image.transform((ox1 - ox0, oy1 - oy0), Image.Transform.AFFINE, data, Image.Resampling.BILINEAR)
    return rotated, ox0, oy0


def rotation_frame(
    size: tuple[int, int], left: float, top: float, center: tuple[float, float], degrees: float, limit: tuple[int, int]
) -> tuple[tuple[int, int, int, int], tuple[float, ...]] | None:
    """Where a `size` image at left/top lands once rotated about `center` (clipped to `limit`)
    and the affine map from that box's pixels back to the image's: (box, map) or None."""
    cx, cy = center
    rad = math.radians(degrees)
    c, s = math.cos(rad), math.sin(rad)
    xs, ys = [], []
    for px, py in ((left, top), (left + size[0], top), (left + size[0], top + size[1]), (left, top + size[1])):
        xs.append(cx + (px - cx) * c - (py - cy) * s)
        ys.append(cy + (px - cx) * s + (py - cy) * c)
    ox0, oy0 = max(0, math.floor(min(xs))), max(0, math.floor(min(ys)))
    ox1, oy1 = min(limit[0], math.ceil(max(xs))), min(limit[1], math.ceil(max(ys)))
    if ox1 <= ox0 or oy1 <= oy0:
        return None
    data = (
        c, s, c * (ox0 - cx) + s * (oy0 - cy) + cx - left,
        -s, c, -s * (ox0 - cx) + c * (oy0 - cy) + cy - top,
    )
    return (ox0, oy0, ox1, oy1), data


class RotatedTarget(Target):
    """Paints a rotated layer piece by piece: each coverage mask is rotated on its own (one
    channel, cheap) and filled, instead of rotating an RGBA tile of the whole layer. Only for
    fully opaque layers: with opacity the pieces must be merged first."""

    def __init__(
        self, image: Image.Image, ox: float, oy: float, center: tuple[float, float], degrees: float, *, clip: bool = True
    ) -> None:
        super().__init__(image, 0, 0, clip=clip)
        self.left, self.top = ox, oy  # surface position of the box's top-left before rotation
        self.center, self.degrees = center, degrees

    def window(self) -> Window:
        """The surface's corners turned back into the unrotated box's space (with a margin for
        the resampling): the part of the box that can land on the surface once rotated."""
        if not self.clip:
            return UNBOUNDED
        cx, cy = self.center
        rad = math.radians(self.degrees)
        c, s = math.cos(rad), math.sin(rad)
        xs, ys = [], []
        for px, py in ((0, 0), (self.image.width, 0), (self.image.width, self.image.height),
                       (0, self.image.height)):
            dx, dy = px - cx, py - cy
            xs.append(cx + dx * c + dy * s - self.left)
            ys.append(cy - dx * s + dy * c - self.top)
        return (math.floor(min(xs)) - 2, math.floor(min(ys)) - 2,
                math.ceil(max(xs)) + 2, math.ceil(max(ys)) + 2)

    def _rotate(self, image: Image.Image, x: int, y: int):
        return rotate_into(image, self.left + x, self.top + y, self.center, self.degrees, self.image.size)

    def fill(self, mask: Image.Image, color: Color, x: int = 0, y: int = 0) -> None:
        ink = mask.getbbox()
        if ink is None or color[3] == 0:
            return
        rotated = self._rotate(mask.crop(ink), x + ink[0], y + ink[1])
        if rotated is not None:
            Target(self.image, rotated[1], rotated[2]).fill(rotated[0], color)

    def gradient(self, paint: dict, size: tuple[int, int], box, mask: Image.Image | None, x: int = 0, y: int = 0) -> None:
        """The gradient is computed directly in rotated space (one lookup, no resampling)."""
        if mask is None or self.image.mode != "RGB":
            super().gradient(paint, size, box, mask, x, y)
            return
        frame = rotation_frame(size, self.left + x, self.top + y, self.center, self.degrees, self.image.size)
        cover = self._rotate(mask, x, y)
        if frame is None or cover is None:
            return
        (ox0, oy0, ox1, oy1), data = frame
        colour = gradient_image(paint, (ox1 - ox0, oy1 - oy0), box, opaque=True, pre=data)
        Target(self.image, ox0, oy0).draw(colour, mask=cover[0])

    def draw(self, tile: Image.Image, x: int = 0, y: int = 0, *, mask: Image.Image | None = None) -> None:
        if tile.mode == "RGB" and mask is not None and self.image.mode == "RGB":
            # an opaque paint through a mask: rotate colour and coverage separately (no alpha to
            # premultiply); where the rotated colour samples past its edge the mask is zero
            colour, cover = self._rotate(tile, x, y), self._rotate(mask, x, y)
            if colour is not None and cover is not None:
                Target(self.image, colour[1], colour[2]).draw(colour[0], mask=cover[0])
            return
        if mask is not None or tile.mode != "RGBA":
            tile = tile.convert("RGBA")
            if mask is not None:
                tile.putalpha(ImageChops.multiply(tile.getchannel("A"), mask))
        rotated = self._rotate(tile, x, y)
        if rotated is not None:
            Target(self.image, rotated[1], rotated[2]).draw(rotated[0])
