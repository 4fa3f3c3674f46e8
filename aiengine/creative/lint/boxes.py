"""Where the layers of a document sit: absolute boxes (groups applied) and where text ink actually lands."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Rect:
    x0: float
    y0: float
    x1: float
    y1: float

    def overlaps(self, other: Rect, *, tolerance: float = 1.0) -> bool:
        return (self.x0 + tolerance < other.x1 and other.x0 + tolerance < self.x1
                and self.y0 + tolerance < other.y1 and other.y0 + tolerance < self.y1)

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x0 + self.x1) / 2, (self.y0 + self.y1) / 2

    def intersection(self, other: Rect) -> Rect | None:
        """The part of this box inside `other`, None when they do not meet."""
        x0, y0 = max(self.x0, other.x0), max(self.y0, other.y0)
        x1, y1 = min(self.x1, other.x1), min(self.y1, other.y1)
        return Rect(x0, y0, x1, y1) if x1 > x0 and y1 > y0 else None

    def inside(self, other: Rect, *, tolerance: float = 1.0) -> bool:
        return (self.x0 >= other.x0 - tolerance and self.y0 >= other.y0 - tolerance
                and self.x1 <= other.x1 + tolerance and self.y1 <= other.y1 + tolerance)


@dataclass(frozen=True)
class Placed:
    """A visible layer with its absolute box (group offsets applied)."""

    layer: dict[str, Any]
    box: Rect
    index: int


def placed_layers(layers: list[Any], *, dx: float = 0.0, dy: float = 0.0,
                   counter: list[int] | None = None) -> Iterator[Placed]:
    counter = counter if counter is not None else [0]
    for layer in layers:
        if not isinstance(layer, dict) or layer.get("visible") is False:
            continue
        pos, size = layer.get("position") or {}, layer.get("size") or {}
        x, y = dx + float(pos.get("x", 0)), dy + float(pos.get("y", 0))
        box = Rect(x, y, x + float(size.get("width", 0)), y + float(size.get("height", 0)))
        counter[0] += 1
        yield Placed(layer, box, counter[0])
        if layer.get("type") == "group" and isinstance(layer.get("children"), list):
            yield from placed_layers(layer["children"], dx=x, dy=y, counter=counter)


def ink_rect(placed: Placed, measure: Any) -> Rect:
    """Where the text block (plus its pill, if any) actually sits inside its box."""
    style = placed.layer.get("style") or {}
    box = placed.box
    width, height = min(measure.width, box.x1 - box.x0), measure.height
    align, valign = style.get("align", "left"), style.get("verticalAlign", "top")
    x0 = box.x0 + ((box.x1 - box.x0 - width) / 2 if align == "center" else
                   (box.x1 - box.x0 - width if align == "right" else 0.0))
    box_h = box.y1 - box.y0
    y0 = box.y0 + ((box_h - height) / 2 if valign == "middle" else (box_h - height if valign == "bottom" else 0.0))
    rect = Rect(x0, y0, x0 + width, y0 + height)
    pill = style.get("background")
    if isinstance(pill, dict):
        px, py = float(pill.get("paddingX", 0)), float(pill.get("paddingY", 0))
        rect = Rect(rect.x0 - px, rect.y0 - py, rect.x1 + px, rect.y1 + py)
    return rect
