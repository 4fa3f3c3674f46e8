"""Composes a 1.4 document into an image at a scale: layer tiles, groups, rotation, opacity."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PIL import Image

from . import images
from .budget import RenderBudget
from .errors import AssetUnusable, RenderError
from .fonts import FontLibrary
from .paint import paint_image, parse_color
from .shapes import shape_drawing
from .target import Drawing, RotatedTarget, Target, intersect, rotate_into
from .text import layout_text, missing_characters
from .textdraw import text_drawing

MAX_DEPTH = 8
MAX_LAYERS = 500
MAX_OFFSCREEN_PIXELS = 160_000_000
# Estimated bytes of work per pixel: what a layer kind allocates besides the visible tile
# (text masks and image tiles are built whole; shapes only where they show), and the tile.
_WHOLE_BYTES = {"text": 3, "image": 12}
_SHOWN_BYTES = 12


@dataclass
class RenderContext:
    """What one render needs besides the document: scale, fonts, assets, collected warnings."""

    scale: float
    fonts: FontLibrary
    assets: images.AssetSource | None
    smart_assets: dict
    budget: RenderBudget | None = None
    clip: bool = True  # draw only what lands on the canvas (False: whole layers, for tests)
    warnings: list[str] = field(default_factory=list)

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)


def px_box(x: float, y: float, w: float, h: float, scale: float) -> tuple[int, int, int, int]:
    """A 1x box snapped to device pixels at `scale`: left, top, width, height."""
    left, top = round(x * scale), round(y * scale)
    return left, top, max(1, round((x + w) * scale) - left), max(1, round((y + h) * scale) - top)


def output_size(width: int, height: int, scale: float) -> tuple[int, int]:
    """Pixel size of a `width`×`height` canvas drawn at `scale` (at least 1 px a side)."""
    return max(1, round(width * scale)), max(1, round(height * scale))


def _geometry(layer: dict) -> tuple[float, float, float, float]:
    pos, size = layer["position"], layer["size"]
    return float(pos["x"]), float(pos["y"]), float(size["width"]), float(size["height"])


def count_layers(layers: list, depth: int = 1) -> int:
    if depth > MAX_DEPTH:
        raise RenderError(f"groups nest deeper than {MAX_DEPTH} levels", {"limit": MAX_DEPTH})
    total = 0
    for layer in layers:
        total += 1
        if isinstance(layer, dict) and layer.get("type") == "group":
            total += count_layers(layer.get("children") or [], depth + 1)
    return total


def _overflow_pad(layer: dict) -> float:
    """How far (1x px) a layer may paint outside its box."""
    if layer.get("type") == "text":
        style = layer.get("style") or {}
        size = float((style.get("autoFit") or {}).get("maxSize", style.get("fontSize", 32)))
        pad = size * 1.5 + float((style.get("stroke") or {}).get("width", 0))
        shadow = style.get("shadow") or {}
        pad += abs(float(shadow.get("offsetX", 0))) + abs(float(shadow.get("offsetY", 0))) + 2 * float(shadow.get("blur", 0))
        bg = style.get("background") or {}
        return pad + float(bg.get("paddingX", 0)) + float(bg.get("paddingY", 0))
    if layer.get("type") == "shape":
        return float((layer.get("stroke") or {}).get("width", 0)) + 2
    return 2.0


def _rotated_bounds(x0, y0, x1, y1, cx, cy, degrees):
    if not degrees:
        return x0, y0, x1, y1
    rad = math.radians(degrees)
    c, s = math.cos(rad), math.sin(rad)
    xs, ys = [], []
    for px, py in ((x0, y0), (x1, y0), (x1, y1), (x0, y1)):
        dx, dy = px - cx, py - cy
        xs.append(cx + dx * c - dy * s)
        ys.append(cy + dx * s + dy * c)
    return min(xs), min(ys), max(xs), max(ys)


def layer_extent(layer: dict, gx: float, gy: float) -> tuple[float, float, float, float] | None:
    """1x canvas-space bounds of everything a layer may paint (None for an empty group)."""
    x, y, w, h = _geometry(layer)
    x, y = x + gx, y + gy
    rotation = float(layer.get("rotation", 0) or 0)
    if layer.get("type") == "group":
        extents = [layer_extent(child, x, y) for child in layer.get("children") or [] if child.get("visible", True)]
        boxes = [b for b in extents if b]
        if not boxes:
            return None
        x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
        x1, y1 = max(b[2] for b in boxes), max(b[3] for b in boxes)
    else:
        pad = _overflow_pad(layer)
        x0, y0, x1, y1 = x - pad, y - pad, x + w + pad, y + h + pad
    return _rotated_bounds(x0, y0, x1, y1, x + w / 2, y + h / 2, rotation)


def place(surface: Image.Image, tile: Image.Image, left: float, top: float, center, rotation: float, opacity: float) -> None:
    """Composite an RGBA `tile` (top-left at left/top in surface px) rotated about `center`."""
    if opacity < 1:
        alpha = tile.getchannel("A").point(lambda v, o=opacity: round(v * o))
        tile = tile.copy()
        tile.putalpha(alpha)
    if rotation % 360:
        rotated = rotate_into(tile, left, top, center, rotation, surface.size)
        if rotated is None:
            return
        tile, left, top = rotated
    Target(surface, round(left), round(top)).draw(tile)


def _image_paint(paint: dict, size: tuple[int, int], ctx: RenderContext, layer_id: str, **extra) -> Image.Image | None:
    asset_id = paint.get("assetId")
    if not asset_id:
        return None
    try:
        tile = images.fitted_asset(asset_id, ctx.assets, size, fit=paint.get("fit", "cover"), scale=ctx.scale, **extra)
    except KeyError:
        ctx.warn(f"asset {asset_id} not found (layer {layer_id})")
        return None
    except AssetUnusable as exc:
        ctx.warn(f"asset {asset_id} {exc} (layer {layer_id})")
        return None
    opacity = float(paint.get("opacity", 1))
    if opacity < 1:
        tile = tile.copy()
        tile.putalpha(tile.getchannel("A").point(lambda v: round(v * opacity)))
    return tile


def _image_layer(layer: dict, size: tuple[int, int], ctx: RenderContext) -> Image.Image | None:
    layer_id = layer.get("id", "?")
    asset_id = layer.get("assetId")
    smart_id = layer.get("smartAssetId")
    if not asset_id and smart_id:
        slot = ctx.smart_assets.get(smart_id) if isinstance(ctx.smart_assets, dict) else None
        if not isinstance(slot, dict):
            ctx.warn(f"smart asset {smart_id} not found (layer {layer_id}); nothing drawn")
            return None
        if slot.get("status") != "completed" or not slot.get("assetId"):
            ctx.warn(f"smart asset {smart_id} is {slot.get('status', 'pending')} (layer {layer_id}); nothing drawn")
            return None
        asset_id = slot["assetId"]
    if not asset_id:
        ctx.warn(f"image layer {layer_id} has no asset; nothing drawn")
        return None
    paint = {"assetId": asset_id, "fit": layer.get("fit", "cover")}
    return _image_paint(
        paint, size, ctx, layer_id,
        crop=layer.get("crop"), filters=layer.get("filters"),
        corner_radius=float(layer.get("cornerRadius", 0) or 0) * ctx.scale,
    )


def leaf_drawing(layer: dict, size: tuple[int, int], ctx: RenderContext) -> Drawing | None:
    """How a non-group layer paints (bounds relative to its box), or None (nothing drawn)."""
    kind = layer.get("type")
    layer_id = layer.get("id", "?")
    if kind == "text":
        layout = layout_text(layer, ctx.fonts)
        if layout.resolved.warning:
            ctx.warn(f"{layout.resolved.warning} (layer {layer_id})")
        missing = missing_characters(layout.text, layout.chain)
        if missing:
            codes = ", ".join(f"U+{ord(ch):04X}" for ch in missing[:8])
            ctx.warn(f"no available font has {codes} (layer {layer_id})")
        return text_drawing(layout, size, ctx.scale)
    if kind == "image":
        tile = _image_layer(layer, size, ctx)
        if tile is None:
            return None
        return Drawing((0, 0, size[0], size[1]), lambda target: target.draw(tile))
    if kind == "shape":
        return shape_drawing(layer, size, ctx.scale, lambda paint, sz: _image_paint(paint, sz, ctx, layer_id))
    ctx.warn(f"layer {layer_id} has unknown type {kind!r}; not drawn")
    return None


def _charge(ctx: RenderContext, layer_id: str, *, whole: float = 0, shown: float = 0,
            kind: str | None = None) -> None:
    """Checks the memory a layer's work needs (its whole box and what shows) against the budget."""
    if ctx.budget is not None:
        ctx.budget.check_memory(layer_id, whole * _WHOLE_BYTES.get(kind or "", 0) + shown * _SHOWN_BYTES)


def _area(box) -> int:
    return max(0, box[2] - box[0]) * max(0, box[3] - box[1])


def _draw_group(surface: Image.Image, origin: tuple[int, int], layer: dict, gx: float, gy: float,
                center, rotation: float, opacity: float, ctx: RenderContext) -> None:
    """A group with opacity or rotation: its children drawn together offscreen, then placed.
    The offscreen image covers only the part of the group that lands on the surface."""
    layer_id = layer.get("id", "?")
    x, y, _, _ = _geometry(layer)
    scale = ctx.scale
    bounds = layer_extent({**layer, "rotation": 0}, gx, gy)
    if bounds is None:
        return
    box = (math.floor(bounds[0] * scale) - origin[0], math.floor(bounds[1] * scale) - origin[1],
           math.ceil(bounds[2] * scale) - origin[0], math.ceil(bounds[3] * scale) - origin[1])
    if ctx.clip:
        probe = RotatedTarget(surface, 0, 0, center, rotation) if rotation else Target(surface, 0, 0)
        shown = intersect(box, probe.window())
        if shown is None:
            return
        box = shown
    if _area(box) > MAX_OFFSCREEN_PIXELS:
        raise RenderError(f"group {layer_id} is too large to render", {"layerId": layer_id})
    held = _area(box) * 4
    if ctx.budget is not None:
        ctx.budget.check_memory(layer_id, held)
        ctx.budget.held_bytes += held
    try:
        offscreen = Image.new("RGBA", (max(1, box[2] - box[0]), max(1, box[3] - box[1])), (0, 0, 0, 0))
        children = layer.get("children") or []
        draw_layers(offscreen, (box[0] + origin[0], box[1] + origin[1]), children, gx + x, gy + y, ctx)
        place(surface, offscreen, box[0], box[1], center, rotation, opacity)
    finally:
        if ctx.budget is not None:
            ctx.budget.held_bytes -= held


def draw_layers(surface: Image.Image, origin: tuple[int, int], layers: list, gx: float, gy: float, ctx: RenderContext) -> None:
    """Paint `layers` (parent offset gx/gy at 1x) onto `surface`, whose top-left is `origin` px."""
    scale = ctx.scale
    for layer in layers:
        if not isinstance(layer, dict) or not layer.get("visible", True):
            continue
        opacity = max(0.0, min(1.0, float(layer.get("opacity", 1))))
        if opacity <= 0:
            continue
        layer_id = layer.get("id", "?")
        try:
            x, y, w, h = _geometry(layer)
        except (KeyError, TypeError, ValueError) as exc:
            raise RenderError(f"layer {layer_id} has no valid position/size", {"layerId": layer_id}) from exc
        rotation = float(layer.get("rotation", 0) or 0) % 360
        if layer.get("type") != "group" and ctx.budget is not None:
            ctx.budget.charge_layer(layer, layer_id)
        left, top, pw, ph = px_box(gx + x, gy + y, w, h, scale)
        center = ((gx + x + w / 2) * scale - origin[0], (gy + y + h / 2) * scale - origin[1])
        if layer.get("type") == "group":
            children = layer.get("children") or []
            if not rotation and opacity >= 1:
                draw_layers(surface, origin, children, gx + x, gy + y, ctx)
            else:
                _draw_group(surface, origin, layer, gx, gy, center, rotation, opacity, ctx)
            continue
        ox, oy = left - origin[0], top - origin[1]
        target = (RotatedTarget(surface, ox, oy, center, rotation, clip=ctx.clip) if rotation
                  else Target(surface, ox, oy, clip=ctx.clip))
        try:
            if layer.get("type") == "image":
                _charge(ctx, layer_id, whole=pw * ph, kind="image")
            drawing = leaf_drawing(layer, (pw, ph), ctx)
            if drawing is None:
                continue
            shown = intersect(drawing.bounds, target.window())
            if shown is None:
                continue
            _charge(ctx, layer_id, whole=_area(drawing.bounds), shown=_area(shown), kind=layer.get("type"))
            if opacity >= 1:
                drawing.paint(target)
                continue
            # merged in a tile first (then faded as one): only the part that shows
            tile = Image.new("RGBA", (shown[2] - shown[0], shown[3] - shown[1]), (0, 0, 0, 0))
            drawing.paint(Target(tile, -shown[0], -shown[1]))
        except RenderError as exc:
            if "layerId" not in exc.details:
                exc.details["layerId"] = layer_id
                exc.message = f"layer {layer_id}: {exc.message}"
                exc.args = (exc.message,)
            raise
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
            raise RenderError(f"layer {layer_id} is malformed ({type(exc).__name__}: {exc})", {"layerId": layer_id}) from exc
        place(surface, tile, left + shown[0] - origin[0], top + shown[1] - origin[1], center, rotation, opacity)


def compose(document: dict, ctx: RenderContext, *, transparent: bool) -> Image.Image:
    """The whole canvas at ctx.scale: RGB when opaque, RGBA when `transparent`."""
    canvas = document["canvas"]
    width, height = output_size(int(canvas["width"]), int(canvas["height"]), ctx.scale)
    background = canvas.get("background") or {"type": "color", "color": "#FFFFFF"}
    if transparent:
        surface = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    else:
        kind = background.get("type")
        color = parse_color(background.get("color", "#FFFFFF")) if kind == "color" else (255, 255, 255, 255)
        surface = Image.new("RGB", (width, height), color[:3] if color[3] == 255 else (255, 255, 255))
        if kind == "color" and color[3] < 255:
            surface.paste(Image.new("RGBA", (width, height), color), (0, 0), Image.new("L", (width, height), color[3]))
        elif kind == "image":
            tile = _image_paint(background, (width, height), ctx, "canvas.background")
            if tile is not None:
                Target(surface, 0, 0).draw(tile)
        elif kind in ("linearGradient", "radialGradient"):
            painted = paint_image(background, (width, height), (0, 0, width, height), opaque=True)
            if painted is not None and painted.mode == "RGB":
                surface = painted
            elif painted is not None:
                Target(surface, 0, 0).draw(painted)
    draw_layers(surface, (0, 0), document.get("layers") or [], 0.0, 0.0, ctx)
    return surface
