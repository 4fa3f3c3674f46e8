"""Layout geometry: boxes, the content frame of a format, and a weighted split-tree solver."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle in canvas pixels."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    def inset(self, dx: float, dy: float | None = None) -> Box:
        """The box shrunk by `dx` left/right and `dy` top/bottom (never below 1 px)."""
        dy = dx if dy is None else dy
        w = max(1.0, self.w - 2 * dx)
        h = max(1.0, self.h - 2 * dy)
        return Box(self.cx - w / 2, self.cy - h / 2, w, h)

    def scaled(self, factor: float) -> Box:
        """The box scaled about its centre."""
        return Box(self.cx - self.w * factor / 2, self.cy - self.h * factor / 2, self.w * factor, self.h * factor)

    def square(self, *, max_ratio: float = 1.0) -> Box:
        """The largest centred box inside this one whose aspect ratio is within 1/max_ratio–max_ratio."""
        w, h = self.w, self.h
        if w > h * max_ratio:
            w = h * max_ratio
        elif h > w * max_ratio:
            h = w * max_ratio
        return Box(self.cx - w / 2, self.cy - h / 2, w, h)


@dataclass(frozen=True)
class Frame:
    """A canvas, its content box (safe area plus margin) and the content box's shape class."""

    width: int
    height: int
    content: Box
    shape: str
    gap: float

    @property
    def unit(self) -> float:
        """The content box's shorter side: the scale for gaps and sizes."""
        return min(self.content.w, self.content.h)

    @property
    def canvas(self) -> Box:
        return Box(0, 0, self.width, self.height)

    @property
    def wide(self) -> bool:
        """Landscape or strip: lay out side by side."""
        return self.shape in ("landscape", "strip")

    @property
    def tall(self) -> bool:
        """Portrait or tower: lay out top to bottom."""
        return self.shape in ("portrait", "tower")


def shape_class(width: float, height: float) -> str:
    """strip (≥ 2.6:1), landscape, square, portrait or tower (< 0.45:1) for a box."""
    ratio = width / height
    if ratio >= 2.6:
        return "strip"
    if ratio >= 1.25:
        return "landscape"
    if ratio >= 0.84:
        return "square"
    if ratio >= 0.45:
        return "portrait"
    return "tower"


def make_frame(*, width: int, height: int, insets: tuple[float, float, float, float]) -> Frame:
    """The frame for a canvas with safe-area insets (top, right, bottom, left) plus a small design margin."""
    top, right, bottom, left = insets
    margin = 0.05 * min(width, height)
    top, right, bottom, left = (max(v, margin) for v in (top, right, bottom, left))
    content = Box(left, top, max(1.0, width - left - right), max(1.0, height - top - bottom))
    shape = shape_class(content.w, content.h)
    gap = 0.035 * min(content.w, content.h) if shape != "strip" else 0.12 * content.h
    return Frame(width, height, content, shape, gap)


def logo_area(frame: Frame, *, align: str) -> tuple[Box, Box]:
    """(logo box, the content left for the layout) with the logo in a top strip or, in strips, at the left."""
    content = frame.content
    if frame.shape == "strip":
        width = min(content.h * 1.6, content.w * 0.14)
        logo = Box(content.x, content.y, width, content.h).inset(0, content.h * 0.15)
        return logo, Box(content.x + width + frame.gap, content.y, content.w - width - frame.gap, content.h)
    height = frame.unit * 0.075
    width = height * 3
    x = content.cx - width / 2 if align == "center" else content.x
    return Box(x, content.y, width, height), Box(content.x, content.y + height + frame.gap, content.w,
                                                 content.h - height - frame.gap)


def corner_boxes(frame: Frame, *, width: float, height: float) -> list[Box]:
    """A `width` × `height` box in each corner of the content area: top-left, top-right, bottom-left, bottom-right."""
    c = frame.content
    return [Box(c.x, c.y, width, height), Box(c.right - width, c.y, width, height),
            Box(c.x, c.bottom - height, width, height), Box(c.right - width, c.bottom - height, width, height)]


Node = str | tuple[str, list[tuple[float, "Node"]]] | None


def solve(node: Node, box: Box, *, gap: float, present: set[str]) -> dict[str, Box]:
    """Assign boxes to the keys of a split tree: ("row"|"col", [(weight, child), ...]) or a key.

    Keys not in `present` (and subtrees left empty) are dropped and their space shared out.
    """
    if node is None:
        return {}
    if isinstance(node, str):
        return {node: box} if node in present else {}
    axis, parts = node
    live = [(weight, child) for weight, child in parts if _has_any(child, present)]
    if not live:
        return {}
    total = sum(weight for weight, _ in live)
    span = box.w if axis == "row" else box.h
    usable = max(1.0, span - gap * (len(live) - 1))
    out: dict[str, Box] = {}
    offset = 0.0
    for weight, child in live:
        size = usable * weight / total
        if axis == "row":
            child_box = Box(box.x + offset, box.y, size, box.h)
        else:
            child_box = Box(box.x, box.y + offset, box.w, size)
        out.update(solve(child, child_box, gap=gap, present=present))
        offset += size + gap
    return out


def _has_any(node: Node, present: set[str]) -> bool:
    if node is None:
        return False
    if isinstance(node, str):
        return node in present
    return any(_has_any(child, present) for _, child in node[1])
