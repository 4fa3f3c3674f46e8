"""What a template file says beyond its design document: kinds, slot regions, fit rules and paints."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

FAMILIES: tuple[str, ...] = ("square", "portrait", "landscape")
# The reference canvas of each aspect family: a template file's layers are drawn at this size.
REFERENCE_SIZES: dict[str, tuple[int, int]] = {"square": (1080, 1080), "portrait": (1080, 1920),
                                               "landscape": (1920, 1080)}
IMAGE_MODES: tuple[str, ...] = ("optional", "required", "none")
GROUNDS: tuple[str, ...] = ("canvas", "panel", "accent")
# Colour roles a template paints with (aiengine.creative.palettes.Scheme fields).
PAINT_TOKENS: tuple[str, ...] = ("background", "background_end", "panel", "headline", "body", "accent",
                                 "on_accent", "cta_fill", "cta_text", "panel_text", "panel_headline", "glow")
FONT_ROLES: tuple[str, ...] = ("display", "text", "button")


@dataclass(frozen=True)
class SlotRule:
    """How one copy slot is set: size range (share of the canvas's shorter side), lines, face, colour, pill."""

    name: str
    max: float
    min: float
    max_lines: int = 4
    font: str = "text"
    weight: int = 0            # 0: the type set's weight for the font role
    case: str = "none"         # "none", "uppercase" or "kind" (the kind's headline casing)
    tracking: float = 0.0      # letter spacing as a share of the font size
    colour: str = ""           # a paint token; "" picks by the region's ground
    pill: str = ""             # "", "cta" or "accent": a rounded chip behind the text
    italic: bool = False
    line_height: float = 0.0   # 0: the type set's


@dataclass(frozen=True)
class Region:
    """A box of the content frame (fractions) whose slots stack top to bottom (or side by side in strips)."""

    box: tuple[float, float, float, float]
    slots: tuple[str, ...]
    valign: str = "middle"     # "top", "middle" or "bottom"
    align: str = "kind"        # "left", "center", "right" or "kind" (the kind's alignment)
    ground: str = "canvas"
    gap: float = 0.022         # base gap between slots, a share of the shorter side
    backdrop: dict[str, Any] = field(default_factory=dict)  # a shape drawn behind the region when it holds copy


@dataclass(frozen=True)
class Template:
    """One template: its id, the kinds it suits, its aspect family, its document and its fill rules."""

    id: str
    title: str
    family: str
    kinds: tuple[str, ...]                 # ("*",) suits every kind
    image: str
    document: dict[str, Any]
    regions: tuple[Region, ...]
    regions_without_image: tuple[Region, ...]
    rules: dict[str, SlotRule]
    image_box: tuple[float, float, float, float] | None = None
    image_shape: str = "rounded"          # "rounded", "circle" or "rect"
    image_backdrop: dict[str, Any] = field(default_factory=dict)  # a shape drawn behind the image
    logo_box: tuple[float, float, float, float] | None = None
    paints: dict[str, Any] = field(default_factory=dict)    # layer id → token, "token@alpha" or a gradient
    strokes: dict[str, str] = field(default_factory=dict)   # layer id → token
    round_layers: tuple[str, ...] = ()     # layers that keep their aspect ratio when the canvas is rescaled
    with_image: tuple[str, ...] = ()       # decoration layers shown only with an image
    without_image: tuple[str, ...] = ()    # decoration layers shown only without one
    needs: dict[str, str] = field(default_factory=dict)     # layer id → the slot it decorates (hidden if empty)
    tall_only: tuple[str, ...] = ()        # decoration layers shown only on tall canvases (stories' UI zones)

    def suits(self, kind: str) -> bool:
        """Whether the template is made for `kind`."""
        return "*" in self.kinds or kind in self.kinds

    @property
    def specific(self) -> bool:
        """Made for a few kinds rather than every kind."""
        return "*" not in self.kinds
