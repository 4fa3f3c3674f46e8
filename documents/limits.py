"""The size and count limits every design document must respect."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Limits:
    """Limits enforced by ``validate_document``; an excess is an error naming the node."""

    max_document_bytes: int = 2 * 1024 * 1024
    min_canvas_side: int = 1
    max_canvas_side: int = 8000
    max_canvas_pixels: int = 40_000_000
    max_layers: int = 500
    max_group_depth: int = 8
    max_id_length: int = 64
    max_name_length: int = 200
    max_text_length: int = 5000
    min_gradient_stops: int = 2
    max_gradient_stops: int = 16
    min_polygon_points: int = 3
    min_line_points: int = 2
    max_points: int = 1000
    max_json_nesting: int = 100
    max_patch_operations: int = 500
    # The render budget: a layer's box (with its stroke) may cover this many canvases, and all
    # layers' boxes together this many; the renderer enforces the same at every scale.
    layer_canvas_factor: int = 16
    total_canvas_factor: int = 64

    def to_dict(self) -> dict[str, int]:
        """The limits with camelCase keys, as the API documents them."""
        return {_camel(key): value for key, value in asdict(self).items()}


def _camel(snake: str) -> str:
    head, *rest = snake.split("_")
    return head + "".join(word.capitalize() for word in rest)


LIMITS = Limits()
