"""SVG export: the same document as vector shapes, gradients, embedded images and subset fonts."""

from __future__ import annotations

import base64
import hashlib
import io
from xml.sax.saxutils import escape, quoteattr

from PIL import Image

from . import images
from .compose import RenderContext, output_size
from .errors import AssetUnusable
from .fonts import FontFace
from .paint import gradient_stops, linear_geometry, parse_color, radial_geometry
from .shapes import line_points, stroke_of
from .text import layout_text, split_runs
from .textdraw import background_rect, line_geometry

MAX_EMBED_SIDE = 2048


def _num(value: float) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


def _color_attrs(prefix: str, color) -> str:
    r, g, b, a = color
    out = f'{prefix}="#{r:02x}{g:02x}{b:02x}"'
    if a < 255:
        out += f' {prefix}-opacity="{_num(a / 255)}"'
    return out


class SvgWriter:
    """Accumulates defs, fonts and body elements for one document."""

    def __init__(self, ctx: RenderContext) -> None:
        self.ctx = ctx
        self.defs: list[str] = []
        self.body: list[str] = []
        self.font_chars: dict[str, set[str]] = {}
        self.font_faces: dict[str, FontFace] = {}
        self._ids = 0

    def new_id(self, prefix: str) -> str:
        self._ids += 1
        return f"{prefix}{self._ids}"

    # paints -------------------------------------------------------------------------------
    def paint_attr(self, paint: dict, box: tuple[float, float, float, float]) -> str | None:
        kind = paint.get("type")
        if kind == "color":
            return _color_attrs("fill", parse_color(paint.get("color", "#000000")))
        if kind not in ("linearGradient", "radialGradient"):
            return None
        gid = self.new_id("g")
        stops = "".join(
            f'<stop offset="{_num(o)}" stop-color="#{c[0]:02x}{c[1]:02x}{c[2]:02x}" stop-opacity="{_num(c[3] / 255)}"/>'
            for o, c in gradient_stops(paint)
        )
        if kind == "linearGradient":
            x1, y1, x2, y2 = linear_geometry(float(paint.get("angle", 180)), box)
            self.defs.append(
                f'<linearGradient id="{gid}" gradientUnits="userSpaceOnUse" x1="{_num(x1)}" y1="{_num(y1)}" '
                f'x2="{_num(x2)}" y2="{_num(y2)}">{stops}</linearGradient>'
            )
        else:
            cx, cy, r = radial_geometry(paint, box)
            self.defs.append(
                f'<radialGradient id="{gid}" gradientUnits="userSpaceOnUse" cx="{_num(cx)}" cy="{_num(cy)}" '
                f'r="{_num(r)}">{stops}</radialGradient>'
            )
        return f'fill="url(#{gid})"'

    def image_element(self, asset_id: str, box, fit: str, layer_id: str, *, crop=None, filters=None, opacity=1.0) -> str | None:
        try:
            _, image = images.load(asset_id, self.ctx.assets)
        except KeyError:
            self.ctx.warn(f"asset {asset_id} not found (layer {layer_id})")
            return None
        except AssetUnusable as exc:
            self.ctx.warn(f"asset {asset_id} {exc} (layer {layer_id})")
            return None
        x0, y0, x1, y1 = images._crop_box(image, crop)  # noqa: SLF001 (same package)
        region = image.crop((round(x0), round(y0), round(x1), round(y1)))
        limit = min(MAX_EMBED_SIDE, max(1, round(max(box[2], box[3]) * self.ctx.scale * 1.5)))
        if max(region.size) > limit:
            region.thumbnail((limit, limit), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        if region.mode == "RGBA":
            region.save(out, "PNG", compress_level=6)
            mime = "image/png"
        else:
            region.save(out, "JPEG", quality=90)
            mime = "image/jpeg"
        href = f"data:{mime};base64,{base64.b64encode(out.getvalue()).decode()}"
        aspect = {"contain": "xMidYMid meet", "fill": "none"}.get(fit, "xMidYMid slice")
        style = _css_filters(filters)
        extra = f' opacity="{_num(opacity)}"' if opacity < 1 else ""
        return (
            f'<image x="{_num(box[0])}" y="{_num(box[1])}" width="{_num(box[2])}" height="{_num(box[3])}" '
            f'preserveAspectRatio="{aspect}" href="{href}"{style}{extra}/>'
        )

    def clip_rect(self, box, radius: float) -> str:
        cid = self.new_id("c")
        self.defs.append(
            f'<clipPath id="{cid}"><rect x="{_num(box[0])}" y="{_num(box[1])}" width="{_num(box[2])}" '
            f'height="{_num(box[3])}" rx="{_num(radius)}"/></clipPath>'
        )
        return cid

    # layers -------------------------------------------------------------------------------
    def layers(self, layers: list, gx: float, gy: float) -> None:
        for layer in layers:
            if not isinstance(layer, dict) or not layer.get("visible", True):
                continue
            opacity = max(0.0, min(1.0, float(layer.get("opacity", 1))))
            if opacity <= 0:
                continue
            pos, size = layer["position"], layer["size"]
            x, y = float(pos["x"]) + gx, float(pos["y"]) + gy
            w, h = float(size["width"]), float(size["height"])
            rotation = float(layer.get("rotation", 0) or 0) % 360
            attrs = f' data-layer={quoteattr(str(layer.get("id", "")))}'
            if rotation:
                attrs += f' transform="rotate({_num(rotation)} {_num(x + w / 2)} {_num(y + h / 2)})"'
            if opacity < 1:
                attrs += f' opacity="{_num(opacity)}"'
            self.body.append(f"<g{attrs}>")
            kind = layer.get("type")
            if kind == "group":
                self.layers(layer.get("children") or [], x, y)
            elif kind == "text":
                self.text(layer, x, y)
            elif kind == "image":
                self.image_layer(layer, (x, y, w, h))
            elif kind == "shape":
                self.shape(layer, (x, y, w, h))
            self.body.append("</g>")

    def image_layer(self, layer: dict, box) -> None:
        layer_id = layer.get("id", "?")
        asset_id = layer.get("assetId")
        smart_id = layer.get("smartAssetId")
        if not asset_id and smart_id:
            slot = self.ctx.smart_assets.get(smart_id) if isinstance(self.ctx.smart_assets, dict) else None
            if not isinstance(slot, dict):
                self.ctx.warn(f"smart asset {smart_id} not found (layer {layer_id}); nothing drawn")
                return
            if slot.get("status") != "completed" or not slot.get("assetId"):
                self.ctx.warn(f"smart asset {smart_id} is {slot.get('status', 'pending')} (layer {layer_id}); nothing drawn")
                return
            asset_id = slot["assetId"]
        if not asset_id:
            self.ctx.warn(f"image layer {layer_id} has no asset; nothing drawn")
            return
        element = self.image_element(asset_id, box, layer.get("fit", "cover"), layer_id, crop=layer.get("crop"), filters=layer.get("filters"))
        if element is None:
            return
        clip = self.clip_rect(box, float(layer.get("cornerRadius", 0) or 0))
        self.body.append(f'<g clip-path="url(#{clip})">{element}</g>')

    def shape(self, layer: dict, box) -> None:
        x, y, w, h = box
        kind = layer.get("shape", "rect")
        radius = float(layer.get("cornerRadius", 0) or 0)
        if kind == "ellipse":
            geom = f'<ellipse cx="{_num(x + w / 2)}" cy="{_num(y + h / 2)}" rx="{_num(w / 2)}" ry="{_num(h / 2)}"'
        elif kind in ("polygon", "line"):
            pts = " ".join(f"{_num(x + px)},{_num(y + py)}" for px, py in line_points(layer, 1.0))
            geom = f'<{"polygon" if kind == "polygon" else "polyline"} points="{pts}"'
        else:
            rx = max(0.0, min(radius, w / 2, h / 2))
            geom = f'<rect x="{_num(x)}" y="{_num(y)}" width="{_num(w)}" height="{_num(h)}" rx="{_num(rx)}"'
        fill = layer.get("fill")
        fill_attr = 'fill="none"'
        if isinstance(fill, dict) and kind != "line":
            if fill.get("type") == "image":
                element = self.image_element(fill.get("assetId", ""), box, fill.get("fit", "cover"), layer.get("id", "?"), opacity=float(fill.get("opacity", 1)))
                if element is not None:
                    cid = self.new_id("c")
                    self.defs.append(f'<clipPath id="{cid}">{geom}/></clipPath>')
                    self.body.append(f'<g clip-path="url(#{cid})">{element}</g>')
            else:
                fill_attr = self.paint_attr(fill, box) or fill_attr
        stroke = stroke_of(layer)
        stroke_attr = ""
        if stroke:
            color, width, dash = stroke
            stroke_attr = f' {_color_attrs("stroke", color)} stroke-width="{_num(width)}" stroke-linejoin="round"'
            if dash:
                stroke_attr += f' stroke-dasharray="{_num(dash[0])} {_num(dash[1])}"'
        self.body.append(f"{geom} {fill_attr}{stroke_attr}/>")

    def text(self, layer: dict, x: float, y: float) -> None:
        layout = layout_text(layer, self.ctx.fonts)
        style = layout.style
        if layout.resolved.warning:
            self.ctx.warn(f"{layout.resolved.warning} (layer {layer.get('id', '?')})")
        scale = self.ctx.scale
        lines, _, _ = line_geometry(layout, scale)
        pill = background_rect(layout, scale, lines)
        if pill:
            assert style.background is not None  # a pill is drawn only for a background
            color, _, _, radius = style.background
            pw, ph = (pill[2] - pill[0]) / scale, (pill[3] - pill[1]) / scale
            self.body.append(
                f'<rect x="{_num(x + pill[0] / scale)}" y="{_num(y + pill[1] / scale)}" width="{_num(pw)}" '
                f'height="{_num(ph)}" rx="{_num(min(radius, pw / 2, ph / 2))}" {_color_attrs("fill", color)}/>'
            )
        if not layout.text.strip():
            return
        faces: list[FontFace] = []
        for line in layout.lines:
            for run, face in split_runs(line, layout.chain):
                self.font_chars.setdefault(face.key, set()).update(run)
                self.font_faces[face.key] = face
                if face not in faces:
                    faces.append(face)
        family = ", ".join(f"'{_face_name(f)}'" for f in faces) or "sans-serif"
        attrs = (
            f' font-family="{family}" font-size="{_num(layout.font_size)}" {_color_attrs("fill", style.color)}'
            ' xml:space="preserve"'
        )
        if style.letter_spacing:
            attrs += f' letter-spacing="{_num(style.letter_spacing)}"'
        if style.stroke:
            color, width = style.stroke
            attrs += f' {_color_attrs("stroke", color)} stroke-width="{_num(width * 2)}" stroke-linejoin="round" paint-order="stroke"'
        if style.shadow:
            color, sx, sy, blur = style.shadow
            fid = self.new_id("f")
            self.defs.append(
                f'<filter id="{fid}" x="-50%" y="-50%" width="200%" height="200%" color-interpolation-filters="sRGB">'
                f'<feDropShadow dx="{_num(sx)}" dy="{_num(sy)}" stdDeviation="{_num(blur / 2)}" '
                f'flood-color="#{color[0]:02x}{color[1]:02x}{color[2]:02x}" flood-opacity="{_num(color[3] / 255)}"/></filter>'
            )
            attrs += f' filter="url(#{fid})"'
        spans = []
        for line, (lx, baseline, width) in zip(layout.lines, lines, strict=True):
            if not line:
                continue
            rtl = _is_rtl(line)
            if style.align == "center":
                ax, anchor = lx + width / 2, "middle"
            elif style.align == "right":
                ax, anchor = lx + width, "start" if rtl else "end"
            else:
                ax, anchor = lx, "end" if rtl else "start"
            direction = ' direction="rtl" unicode-bidi="embed"' if rtl else ""
            spans.append(
                f'<tspan x="{_num(x + ax / scale)}" y="{_num(y + baseline / scale)}" text-anchor="{anchor}"{direction}>'
                f"{escape(line)}</tspan>"
            )
        self.body.append(f"<text{attrs}>{''.join(spans)}</text>")

    # fonts --------------------------------------------------------------------------------
    def font_css(self) -> str:
        rules = []
        for key, chars in self.font_chars.items():
            face = self.font_faces[key]
            data, mime, fmt = _subset(face, "".join(sorted(chars)))
            rules.append(
                f"@font-face{{font-family:'{_face_name(face)}';src:url(data:{mime};base64,"
                f"{base64.b64encode(data).decode()}) format('{fmt}');}}"
            )
        return "".join(rules)


def _is_rtl(line: str) -> bool:
    from .text import is_rtl

    return is_rtl(line)


def _face_name(face: FontFace) -> str:
    return "rp-" + hashlib.blake2b(face.key.encode(), digest_size=5).hexdigest()


def _subset(face: FontFace, text: str) -> tuple[bytes, str, str]:
    from fontTools import subset

    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.flavor = "woff2"
    font = subset.load_font(io.BytesIO(face.sfnt_bytes()), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text + " ")
    subsetter.subset(font)
    out = io.BytesIO()
    try:
        subset.save_font(font, out, options)
        return out.getvalue(), "font/woff2", "woff2"
    except ImportError:  # brotli missing: fall back to a plain sfnt
        options.flavor = None
        out = io.BytesIO()
        subset.save_font(font, out, options)
        return out.getvalue(), "font/otf", "opentype"


def _css_filters(filters: dict | None) -> str:
    if not isinstance(filters, dict):
        return ""
    parts = []
    if float(filters.get("brightness", 1)) != 1:
        parts.append(f"brightness({_num(float(filters['brightness']))})")
    if float(filters.get("contrast", 1)) != 1:
        parts.append(f"contrast({_num(float(filters['contrast']))})")
    if float(filters.get("saturation", 1)) != 1:
        parts.append(f"saturate({_num(float(filters['saturation']))})")
    if filters.get("grayscale"):
        parts.append("grayscale(1)")
    if float(filters.get("blur", 0)) > 0:
        parts.append(f"blur({_num(float(filters['blur']))}px)")
    return f' style="filter:{" ".join(parts)}"' if parts else ""


def render_svg(document: dict, ctx: RenderContext, *, transparent: bool) -> bytes:
    """The document as a standalone SVG (fonts and images embedded); pixel size = canvas × scale."""
    canvas = document["canvas"]
    width, height = int(canvas["width"]), int(canvas["height"])
    writer = SvgWriter(ctx)
    background = canvas.get("background") or {"type": "color", "color": "#FFFFFF"}
    if not transparent:
        full = (0.0, 0.0, float(width), float(height))
        if background.get("type") == "image":
            element = writer.image_element(background.get("assetId", ""), full, background.get("fit", "cover"), "canvas.background", opacity=float(background.get("opacity", 1)))
            if element:
                writer.body.append(element)
        else:
            fill = writer.paint_attr(background, full)
            if fill:
                writer.body.append(f'<rect x="0" y="0" width="{width}" height="{height}" {fill}/>')
    writer.layers(document.get("layers") or [], 0.0, 0.0)
    css = writer.font_css()
    pixels = output_size(width, height, ctx.scale)
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{pixels[0]}" height="{pixels[1]}" '
        f'viewBox="0 0 {width} {height}">'
    )
    style = f"<style>{css}</style>" if css else ""
    defs = f"<defs>{''.join(writer.defs)}</defs>" if writer.defs else ""
    svg = f'<?xml version="1.0" encoding="UTF-8"?>\n{head}{style}{defs}{"".join(writer.body)}</svg>\n'
    return svg.encode("utf-8")
