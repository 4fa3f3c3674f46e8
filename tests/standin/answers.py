"""The stand-in's real answers: design documents, edit operations and images built from the request."""

from __future__ import annotations

import copy
import functools
import io
import json
import re
import zlib
from typing import Any

from PIL import Image, ImageDraw

from aiengine.creative.reading import read_brief
from aiengine.providers.base import LayoutRequest

try:
    from aiengine.providers.local.layout import LocalLayoutProvider
except ImportError:  # the stand-in still answers with a small hand-built document
    LocalLayoutProvider = None

_HEX = re.compile(r"#[0-9A-Fa-f]{6}\b")


def _hand_built(width: int, height: int, headline: str, variant: int) -> dict[str, Any]:
    margin = round(min(width, height) * 0.1)
    return {
        "schemaVersion": "1.4",
        "meta": {"title": f"{headline} - Variant {variant + 1}"},
        "canvas": {"width": width, "height": height,
                   "background": {"type": "color", "color": "#101828"}},
        "layers": [{"id": "layer_headline", "type": "text", "role": "headline", "text": headline,
                    "position": {"x": margin, "y": margin},
                    "size": {"width": width - 2 * margin, "height": height // 4},
                    "style": {"fontFamily": "Inter", "fontWeight": 800, "color": "#FFFFFF",
                              "autoFit": {"minSize": 8, "maxSize": 96}}}],
    }


@functools.lru_cache(maxsize=64)
def _documents(user_content: str) -> str:
    """JSON of the documents for a layout request (cached: the same request, the same answer)."""
    ask = json.loads(user_content)
    fmt = ask["format"]
    brief = read_brief(ask["brief"]["prompt"], format_id=fmt["id"])
    variants = int(ask.get("variants") or 1)
    if LocalLayoutProvider is None:
        documents = [_hand_built(fmt["width"], fmt["height"], brief.copy.headline, index)
                     for index in range(variants)]
    else:
        request = LayoutRequest(brief=brief, format_id=fmt["id"],
                                concept=ask.get("concept") or "product_highlight", variants=variants,
                                brand=ask.get("brand"), product_asset_id=ask.get("productAssetId"),
                                logo_asset_id=ask.get("logoAssetId"), seed=int(ask.get("seed") or 0))
        documents = LocalLayoutProvider().generate(request).documents
    return json.dumps({"documents": documents})


def layout_answer(user_content: str, kind: str) -> dict[str, Any]:
    """{"documents": [...]} — valid, or broken the way `kind` says."""
    answer = json.loads(_documents(user_content))
    if kind == "invalid_layout":
        for doc in answer["documents"]:
            text = next(layer for layer in doc["layers"] if layer["type"] == "text")
            del text["size"]
    elif kind == "overlapping_layout":
        for doc in answer["documents"]:
            texts = [layer for layer in doc["layers"] if layer["type"] == "text"]
            texts[1]["position"] = dict(texts[0]["position"])
            texts[1]["size"] = dict(texts[0]["size"])
    elif kind == "factless_layout":
        for doc in answer["documents"]:
            for layer in doc["layers"]:
                if layer["type"] == "text":
                    layer["text"] = "Big news"
    elif kind == "repairable_layout":
        for doc in answer["documents"]:
            layers = doc["layers"]
            layers[0]["opacity"] = 1.5
            layers.insert(1, copy.deepcopy(layers[0]))
            layers.insert(1, {"id": "layer_sticker", "type": "sticker", "emoji": "*"})
            background = doc["canvas"]["background"]
            if background.get("type") == "color":
                background["color"] = background["color"].lstrip("#").lower()
    return answer


def edit_answer(user_content: str, kind: str) -> dict[str, Any]:
    """A small deterministic edit: the headline takes a colour named in the instruction, else the
    canvas background changes; `invalid_edit` names a layer that does not exist."""
    ask = json.loads(user_content)
    document, instruction = ask["document"], ask["instruction"]
    if kind == "invalid_edit":
        return {"operations": [{"op": "remove_layer", "layerId": "layer_that_does_not_exist"}],
                "explanation": "Removed the layer.", "unsupported": []}
    color = _HEX.search(instruction)
    headline = next((layer for layer in document.get("layers", [])
                     if layer.get("type") == "text" and layer.get("role") == "headline"), None)
    if color and headline is not None:
        return {"operations": [{"op": "update_layer", "layerId": headline["id"],
                                "changes": {"style": {"color": color.group(0).upper()}}}],
                "explanation": f"Made the headline {color.group(0).upper()}.", "unsupported": []}
    shade = f"#{zlib.crc32(instruction.encode('utf-8')) & 0x7F7F7F:06X}"
    return {"operations": [{"op": "update_canvas",
                            "changes": {"background": {"type": "color", "color": shade}}}],
            "explanation": f"Changed the background to {shade}.", "unsupported": []}


def image_bytes(width: int, height: int, *, text: str, fmt: str = "PNG") -> bytes:
    """A real image: a two-colour gradient and a disc, coloured from `text`."""
    key = zlib.crc32(text.encode("utf-8"))
    top = (key & 0xFF, (key >> 8) & 0xFF, (key >> 16) & 0xFF)
    bottom = tuple(255 - channel for channel in top)
    column = Image.new("RGB", (1, 256))
    for y in range(256):
        column.putpixel((0, y), tuple(round(a + (b - a) * y / 255) for a, b in zip(top, bottom, strict=True)))
    image = column.resize((width, height))
    radius = min(width, height) // 4
    ImageDraw.Draw(image).ellipse((width // 2 - radius, height // 2 - radius,
                                   width // 2 + radius, height // 2 + radius), fill=bottom)
    out = io.BytesIO()
    if fmt == "PNG":
        image.save(out, format="PNG", compress_level=1)
    else:
        image.save(out, format=fmt, quality=85)
    return out.getvalue()


def ratio_size(aspect: str, image_size: str) -> tuple[int, int]:
    """Gemini's pixel size for an aspect ratio and 1K/2K/4K (the long side 1024/2048/4096)."""
    w, h = (int(n) for n in aspect.split(":"))
    long_side = {"1K": 1024, "2K": 2048, "4K": 4096}.get(image_size, 1024)
    if w >= h:
        return long_side, max(1, round(long_side * h / w))
    return max(1, round(long_side * w / h)), long_side
