"""Contact sheets: many labelled images in one PNG grid, for a person to look at."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from rendering import default_font_library

CAPTION_HEIGHT = 44
GAP = 16


@dataclass(frozen=True)
class Tile:
    """One picture of the sheet and its caption (one or two short lines)."""

    caption: str
    png: bytes


def _thumbnail(png: bytes, cell: int) -> Image.Image:
    image = Image.open(io.BytesIO(png)).convert("RGB")
    image.thumbnail((cell, cell))
    return image


def _caption_font(size: int, text: str = "") -> ImageFont.FreeTypeFont:
    """Noto Sans (always shipped), or its Devanagari or Arabic face for captions in those scripts."""
    family = "Noto Sans"
    if any("\u0900" <= char <= "\u097f" for char in text):
        family = "Noto Sans Devanagari"
    elif any("\u0600" <= char <= "\u06ff" for char in text):
        family = "Noto Sans Arabic"
    return default_font_library().resolve(family, 400).face.font(size)


def write_sheet(tiles: Sequence[Tile], path: Path, *, columns: int = 6, cell: int = 280,
                title: str = "") -> Path:
    """Lays `tiles` out in a grid of `columns`, each fitted in `cell`² with its caption under it."""
    rows = max(1, -(-len(tiles) // columns))
    header = 56 if title else 0
    width = columns * (cell + GAP) + GAP
    height = header + rows * (cell + CAPTION_HEIGHT + GAP) + GAP
    sheet = Image.new("RGB", (width, height), "#f2f2f2")
    draw = ImageDraw.Draw(sheet)
    if title:
        draw.text((GAP, 16), title, fill="#111111", font=_caption_font(22))
    for index, tile in enumerate(tiles):
        column, row = index % columns, index // columns
        x = GAP + column * (cell + GAP)
        y = header + GAP + row * (cell + CAPTION_HEIGHT + GAP)
        image = _thumbnail(tile.png, cell)
        sheet.paste(image, (x + (cell - image.width) // 2, y + (cell - image.height) // 2))
        for line_no, line in enumerate(tile.caption.splitlines()[:2]):
            draw.text((x, y + cell + 4 + line_no * 18), line[:46], fill="#333333",
                      font=_caption_font(13, line))
    path.parent.mkdir(parents=True, exist_ok=True)
    sheet.save(path)
    return path
