"""Hero compositions for smart images: a subject's art (or a cut-out product) staged on a backdrop in
the design's colours, and patterned backdrops for when there is no subject to show.

Every function takes the output size, a `Colours` set and a seeded random.Random, and returns an RGBA
image; the same inputs draw the same pixels. Soft effects (glows, shadows) are blurred at a quarter
of the size and scaled up, so a 1080 px hero costs tens of milliseconds.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from aiengine.creative.art import art_svg
from aiengine.creative.colors import is_dark, mix, shift_lightness, to_hls, to_rgb
from aiengine.providers.local.studio import radial_light, vertical_gradient
from rendering.svgraster import rasterise

Size = tuple[int, int]


@dataclass(frozen=True)
class Colours:
    """The roles a hero needs: a dark and a light ground, the main colour and one accent."""

    dark: str
    light: str
    primary: str
    accent: str

    @classmethod
    def from_list(cls, colours: list[str]) -> Colours:
        """Roles from a palette or brand colours, the first being the design's dominant colour."""
        by_light = sorted(colours, key=lambda c: to_hls(c)[1])
        dark, light = by_light[0], by_light[-1]
        if not is_dark(dark):
            dark = shift_lightness(dark, -0.35)
        if is_dark(light):
            light = mix(light, "#FFFFFF", 0.85)
        vivid = sorted(colours, key=lambda c: -to_hls(c)[2] * (1 - abs(to_hls(c)[1] - 0.5)))
        primary = colours[0]
        accent = next((c for c in vivid if c != primary), vivid[0])
        return cls(dark=dark, light=light, primary=primary, accent=accent)

    def ground(self, rng: random.Random) -> tuple[str, str]:
        """A backdrop's two gradient ends: the primary deepened or lightened, its neighbour beside it."""
        base = self.primary
        lightness = to_hls(base)[1]
        if lightness > 0.78:  # a near-white ground would swallow the light shapes the art stands on
            base = shift_lightness(base, 0.7 - lightness)
        if rng.random() < 0.5:
            return shift_lightness(base, 0.08), mix(base, self.dark, 0.35)
        return mix(base, self.light, 0.25), shift_lightness(base, -0.08)


@lru_cache(maxsize=16)  # up to 4 MB each (1024 px): a worker keeps at most 64 MB of art
def art_image(name: str, side: int) -> Image.Image:
    """Vendored artwork `name` rasterised into a `side`-px square (RGBA, cached; rasterising one
    takes milliseconds, and 321 artworks at every format's side would fill gigabytes)."""
    return rasterise(art_svg(name), (side, side))


def fit_into(image: Image.Image, side: int) -> Image.Image:
    """`image` scaled so its longer side is `side` px."""
    scale = side / max(image.size)
    return image.resize((max(1, round(image.width * scale)), max(1, round(image.height * scale))),
                        Image.Resampling.LANCZOS)


def _soft(mask: Image.Image, radius: float) -> Image.Image:
    """`mask` blurred by `radius` px, done at a quarter of the size."""
    small = mask.resize((max(1, mask.width // 4), max(1, mask.height // 4)), Image.Resampling.BILINEAR)
    small = small.filter(ImageFilter.GaussianBlur(max(1.0, radius / 4)))
    return small.resize(mask.size, Image.Resampling.BILINEAR)


def _layer(size: Size, colour: str, mask: Image.Image) -> Image.Image:
    layer = Image.new("RGBA", size, to_rgb(colour) + (0,))
    layer.putalpha(mask)
    return layer


def drop_shadow(canvas: Image.Image, hero: Image.Image, at: tuple[int, int], *, strength: float = 0.35,
                offset: float = 0.04) -> None:
    """A soft shadow of `hero`'s shape below-right of where it will be pasted at `at`."""
    mask = Image.new("L", canvas.size, 0)
    shift = round(max(hero.size) * offset)
    mask.paste(hero.getchannel("A"), (at[0] + shift // 2, at[1] + shift))  # paste clips at the edges
    mask = _soft(mask, max(hero.size) * 0.06).point(lambda v: round(v * strength))
    canvas.alpha_composite(_layer(canvas.size, "#000000", mask))


def _composite(canvas: Image.Image, image: Image.Image, at: tuple[int, int]) -> None:
    """alpha_composite that accepts a position partly off the canvas's top or left edge."""
    left, top = max(0, -at[0]), max(0, -at[1])
    if left < image.width and top < image.height:
        canvas.alpha_composite(image, (max(0, at[0]), max(0, at[1])), (left, top))


def _place(canvas: Image.Image, hero: Image.Image, centre: tuple[float, float], *, shadow: float = 0.3) -> None:
    at = (round(centre[0] - hero.width / 2), round(centre[1] - hero.height / 2))
    if shadow:
        drop_shadow(canvas, hero, at, strength=shadow)
    _composite(canvas, hero, at)


# --- backdrops ----------------------------------------------------------------------------------

def gradient_ground(size: Size, colours: Colours, rng: random.Random) -> Image.Image:
    """The primary colour as a gentle vertical gradient with a light bloom."""
    top, bottom = colours.ground(rng)
    scene = vertical_gradient(size, top, bottom)
    scene.alpha_composite(radial_light(size, center=(rng.uniform(0.25, 0.75), rng.uniform(0.15, 0.45)),
                                       radius=0.7, color=colours.light, strength=0.28))
    return scene


def _dots(size: Size, colour: str, rng: random.Random, *, alpha: int) -> Image.Image:
    width, height = size
    step = max(8, round(min(size) / rng.choice((9, 12, 16))))
    radius = max(1.5, step * rng.uniform(0.1, 0.2))
    mask = Image.new("L", size, 0)
    draw = ImageDraw.Draw(mask)
    for row, y in enumerate(range(-step, height + step, step)):
        offset = step / 2 if row % 2 else 0
        for x in range(-step, width + step, step):
            cx = x + offset
            draw.ellipse((cx - radius, y - radius, cx + radius, y + radius), fill=alpha)
    return _layer(size, colour, mask)


def _stripes(size: Size, colour: str, rng: random.Random, *, alpha: int) -> Image.Image:
    width, height = size
    step = max(10, round(min(size) / rng.choice((7, 10, 14))))
    band = step * rng.uniform(0.3, 0.5)
    mask = Image.new("L", size, 0)
    draw = ImageDraw.Draw(mask)
    for x in range(-height - step, width + step, step):
        draw.polygon([(x, height), (x + band, height), (x + band + height, 0), (x + height, 0)], fill=alpha)
    return _layer(size, colour, mask)


def _rings(size: Size, colour: str, rng: random.Random, *, alpha: int) -> Image.Image:
    width, height = size
    cx, cy = rng.choice(((0.0, 0.0), (1.0, 1.0), (0.0, 1.0), (1.0, 0.0), (0.5, 0.5)))
    cx, cy = cx * width, cy * height
    step = max(8, round(min(size) / rng.choice((8, 11, 14))))
    line = max(2, round(step * 0.28))
    mask = Image.new("L", size, 0)
    draw = ImageDraw.Draw(mask)
    for radius in range(step, int(math.hypot(width, height)) + step, step):
        draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), outline=alpha, width=line)
    return _layer(size, colour, mask)


def _waves(size: Size, colour: str, rng: random.Random, *, alpha: int) -> Image.Image:
    width, height = size
    step = max(10, round(min(size) / rng.choice((7, 9, 12))))
    amplitude = step * 0.3
    line = max(2, round(step * 0.2))
    mask = Image.new("L", size, 0)
    draw = ImageDraw.Draw(mask)
    for y0 in range(-step, height + step, step):
        points = [(x, y0 + amplitude * math.sin(x / step * math.pi)) for x in range(-step, width + step, 4)]
        draw.line(points, fill=alpha, width=line)
    return _layer(size, colour, mask)


def _blobs(size: Size, colours: Colours, rng: random.Random) -> Image.Image:
    """Large soft-edged circles in the accent and light colours, partly off the frame."""
    width, height = size
    layer = Image.new("RGBA", size, (0, 0, 0, 0))
    for colour in (colours.accent, colours.light, mix(colours.primary, colours.accent, 0.5)):
        mask = Image.new("L", size, 0)
        radius = min(size) * rng.uniform(0.25, 0.5)
        cx, cy = rng.choice((0, width)) + rng.uniform(-0.1, 0.1) * width, rng.uniform(0, height)
        ImageDraw.Draw(mask).ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=110)
        layer.alpha_composite(_layer(size, colour, mask))
    return layer


PATTERNS: dict[str, Callable[..., Image.Image]] = {"dots": _dots, "stripes": _stripes, "rings": _rings,
                                                   "waves": _waves}


def patterned_backdrop(size: Size, colours: Colours, rng: random.Random) -> Image.Image:
    """No subject to show: the design's colours as a gradient, a geometric pattern and bold shapes."""
    scene = gradient_ground(size, colours, rng)
    name = rng.choice(sorted(PATTERNS))
    ink = colours.light if is_dark(colours.primary) else colours.dark
    scene.alpha_composite(PATTERNS[name](size, ink, rng, alpha=rng.randint(40, 70)))
    scene.alpha_composite(_blobs(size, colours, rng))
    return scene


# --- heroes ---------------------------------------------------------------------------------------

def _hero_side(size: Size, fraction: float) -> int:
    return max(8, round(min(size) * fraction))


def halo(size: Size, hero: Image.Image, colours: Colours, rng: random.Random, shift: float) -> Image.Image:
    """The hero centred on a soft disc in a light tint, on a gradient with a faint pattern."""
    scene = gradient_ground(size, colours, rng)
    scene.alpha_composite(_dots(size, colours.light, rng, alpha=36))
    width, height = size
    centre = (width * (0.5 + shift), height * 0.5)
    radius = min(size) * 0.36
    disc = Image.new("L", size, 0)
    ImageDraw.Draw(disc).ellipse((centre[0] - radius, centre[1] - radius, centre[0] + radius, centre[1] + radius),
                                 fill=255)
    scene.alpha_composite(_layer(size, colours.light, _soft(disc, radius * 0.08).point(lambda v: v * 235 // 255)))
    ring = Image.new("L", size, 0)
    outer = radius * 1.12
    ImageDraw.Draw(ring).ellipse((centre[0] - outer, centre[1] - outer, centre[0] + outer, centre[1] + outer),
                                 outline=150, width=max(2, round(radius * 0.03)))
    scene.alpha_composite(_layer(size, colours.accent, ring))
    _place(scene, fit_into(hero, round(radius * 1.3)), centre, shadow=0.25)
    return scene


def tilted_card(size: Size, hero: Image.Image, colours: Colours, rng: random.Random, shift: float) -> Image.Image:
    """The hero on a rounded card turned a few degrees, a second card in the accent behind it."""
    scene = gradient_ground(size, colours, rng)
    scene.alpha_composite(_stripes(size, colours.light, rng, alpha=28))
    width, height = size
    side = _hero_side(size, 0.62)
    centre = (width * (0.5 + shift), height * 0.5)
    angle = rng.choice((-1, 1)) * rng.uniform(5, 9)
    cards = ((colours.accent, angle * -1.6, 1.0, False), (mix(colours.light, "#FFFFFF", 0.4), angle, 1.0, True))
    for colour, turn, grow, front in cards:
        card = Image.new("RGBA", (side, round(side * 1.08)), (0, 0, 0, 0))
        ImageDraw.Draw(card).rounded_rectangle((0, 0, card.width - 1, card.height - 1), radius=side // 9,
                                               fill=to_rgb(colour) + (255,))
        if front:  # the art is on the front card, whatever the two cards' colours (both can be white)
            art = fit_into(hero, round(side * 0.72))
            card.alpha_composite(art, ((card.width - art.width) // 2, (card.height - art.height) // 2))
        card = card.rotate(turn, resample=Image.Resampling.BICUBIC, expand=True)
        card = card.resize((round(card.width * grow), round(card.height * grow)), Image.Resampling.BICUBIC)
        _place(scene, card, centre, shadow=0.3)
    return scene


def small_copies(size: Size, hero: Image.Image, colours: Colours, rng: random.Random, shift: float) -> Image.Image:
    """A pattern of small turned copies of the hero, one large copy on a round badge in the middle."""
    scene = gradient_ground(size, colours, rng)
    width, height = size
    step = max(16, round(min(size) / rng.choice((4.5, 5.5))))
    small = fit_into(hero, round(step * 0.55))
    veil = Image.new("RGBA", size, (0, 0, 0, 0))
    for row, y in enumerate(range(step // 2, height + step, step)):
        for x in range(step // 2 - (step // 2 if row % 2 else 0), width + step, step):
            copy = small.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC, expand=True)
            _composite(veil, copy, (x - copy.width // 2, y - copy.height // 2))
    veil.putalpha(veil.getchannel("A").point(lambda v: v * 150 // 255))
    scene.alpha_composite(veil)
    centre = (width * (0.5 + shift), height * 0.5)
    radius = min(size) * 0.3
    badge = Image.new("L", size, 0)
    ImageDraw.Draw(badge).ellipse((centre[0] - radius, centre[1] - radius, centre[0] + radius, centre[1] + radius),
                                  fill=255)
    scene.alpha_composite(_layer(size, mix(colours.light, "#FFFFFF", 0.3), badge))
    _place(scene, fit_into(hero, round(radius * 1.35)), centre, shadow=0.2)
    return scene


def spotlight(size: Size, hero: Image.Image, colours: Colours, rng: random.Random, shift: float) -> Image.Image:
    """A dark stage in the design's colour, a cone of light from above and the hero in its pool."""
    width, height = size
    base = mix(colours.dark, colours.primary, 0.35)
    scene = vertical_gradient(size, shift_lightness(base, 0.06), shift_lightness(base, -0.06))
    centre_x = width * (0.5 + shift)
    cone = Image.new("L", size, 0)
    top_half, bottom_half = width * 0.08, min(size) * 0.42
    floor = height * 0.8
    ImageDraw.Draw(cone).polygon([(centre_x - top_half, 0), (centre_x + top_half, 0),
                                  (centre_x + bottom_half, floor), (centre_x - bottom_half, floor)], fill=120)
    scene.alpha_composite(_layer(size, colours.light, _soft(cone, min(size) * 0.06)))
    pool = Image.new("L", size, 0)
    ImageDraw.Draw(pool).ellipse((centre_x - bottom_half, floor - bottom_half * 0.22,
                                  centre_x + bottom_half, floor + bottom_half * 0.22), fill=190)
    scene.alpha_composite(_layer(size, mix(colours.light, colours.accent, 0.3), _soft(pool, min(size) * 0.03)))
    art = fit_into(hero, _hero_side(size, 0.56))
    glow = Image.new("L", size, 0)
    glow.paste(art.getchannel("A"), (round(centre_x - art.width / 2), round(floor - art.height)))
    scene.alpha_composite(_layer(size, colours.accent, _soft(glow, art.width * 0.12).point(lambda v: v * 3 // 5)))
    _place(scene, art, (centre_x, floor - art.height / 2 - min(size) * 0.02), shadow=0.0)
    return scene


def arch(size: Size, hero: Image.Image, colours: Colours, rng: random.Random, shift: float) -> Image.Image:
    """The hero standing in a tall arch window cut into a patterned wall."""
    scene = gradient_ground(size, colours, rng)
    scene.alpha_composite(_rings(size, colours.light, rng, alpha=34))
    width, height = size
    arch_w = min(width * 0.62, height * 0.55)
    arch_h = min(height * 0.8, arch_w * 1.45)
    left = width * (0.5 + shift) - arch_w / 2
    top = (height - arch_h) / 2
    mask = Image.new("L", size, 0)
    draw = ImageDraw.Draw(mask)
    draw.ellipse((left, top, left + arch_w, top + arch_w), fill=255)
    draw.rectangle((left, top + arch_w / 2, left + arch_w, top + arch_h), fill=255)
    window = vertical_gradient(size, mix(colours.light, "#FFFFFF", 0.35), mix(colours.light, colours.accent, 0.25))
    shadow = _soft(mask, arch_w * 0.05).point(lambda v: v * 70 // 255)
    scene.alpha_composite(_layer(size, "#000000", ImageChops.offset(shadow, 0, round(arch_w * 0.03))))
    window.putalpha(mask)
    scene.alpha_composite(window)
    art = fit_into(hero, round(arch_w * 0.84))
    _place(scene, art, (left + arch_w / 2, top + arch_h * 0.58), shadow=0.22)
    return scene


HERO_STYLES: dict[str, Callable[[Size, Image.Image, Colours, random.Random, float], Image.Image]] = {
    "halo": halo, "tilted_card": tilted_card, "small_copies": small_copies, "spotlight": spotlight, "arch": arch,
}
