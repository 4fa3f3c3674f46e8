"""The render budget at the export's scale: pixels per layer and in all, and a memory ceiling.

The pixel budgets are the document's (documents/budget.py) times scale²: a stored document that
predates them, or came from elsewhere, meets them again here. The memory ceiling is checked
against an estimate made before each allocation (the canvas, a layer's work, a group's
offscreen image), so an oversized render ends as a RenderError instead of an OOM kill.
"""

from __future__ import annotations

from dataclasses import dataclass

from documents import LIMITS
from documents.budget import layer_box_pixels

from .errors import RenderError

DEFAULT_MEMORY_LIMIT = 2 * 1024**3  # bytes
MB = 1024 * 1024


@dataclass
class RenderBudget:
    """What one render may still spend; `held` is memory kept while children draw."""

    scale: float
    canvas_pixels: int
    memory_limit: int | None
    base_bytes: int
    used_pixels: float = 0.0
    held_bytes: int = 0

    @classmethod
    def for_canvas(cls, width: int, height: int, *, scale: float, channels: int,
                   memory_limit: int | None) -> RenderBudget:
        pixels = round(width * height * scale * scale)
        # the canvas itself and, at worst, one more copy of it while encoding
        budget = cls(scale=scale, canvas_pixels=pixels, memory_limit=memory_limit,
                     base_bytes=2 * channels * pixels)
        budget.check_memory(None, 0)
        return budget

    @property
    def layer_pixels(self) -> int:
        return LIMITS.layer_canvas_factor * self.canvas_pixels

    @property
    def total_pixels(self) -> int:
        return LIMITS.total_canvas_factor * self.canvas_pixels

    def charge_layer(self, layer: dict, layer_id: str) -> None:
        """Counts a drawn layer's box against the per-layer and total budgets."""
        pixels = layer_box_pixels(layer)
        if pixels is None:
            return
        pixels *= self.scale * self.scale
        if pixels > self.layer_pixels:
            raise RenderError(
                f"layer {layer_id} covers {pixels:,.0f} px at {self.scale}x; a layer may cover at "
                f"most {self.layer_pixels:,} px ({LIMITS.layer_canvas_factor}× the canvas)",
                {"layerId": layer_id, "pixels": pixels, "maxPixels": self.layer_pixels})
        self.used_pixels += pixels
        if self.used_pixels > self.total_pixels:
            raise RenderError(
                f"the layers cover more than {self.total_pixels:,} px together at {self.scale}x "
                f"({LIMITS.total_canvas_factor}× the canvas)",
                {"layerId": layer_id, "maxPixels": self.total_pixels})

    def check_memory(self, layer_id: str | None, work_bytes: float) -> None:
        """RenderError when the canvas, what is held and this work would pass the ceiling."""
        if self.memory_limit is None:
            return
        needed = self.base_bytes + self.held_bytes + work_bytes
        if needed > self.memory_limit:
            what = f"layer {layer_id}" if layer_id else "the canvas"
            details: dict[str, int | str] = {"estimatedBytes": int(needed), "memoryLimit": self.memory_limit}
            if layer_id:
                details["layerId"] = layer_id
            raise RenderError(
                f"{what} needs about {needed / MB:,.0f} MB to draw; the render memory limit is "
                f"{self.memory_limit / MB:,.0f} MB", details)
