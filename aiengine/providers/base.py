"""The provider interfaces: request/result dataclasses, protocols and the provider error."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from aiengine.creative.model import Brief

CONCEPT_IDS: tuple[str, ...] = ("product_highlight", "offer_focus", "problem_solution")


class ProviderError(Exception):
    """A provider could not do the work; `retryable` says whether trying again may help."""

    def __init__(self, message: str, *, retryable: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.retryable = retryable


@dataclass(frozen=True)
class LayoutRequest:
    """Ask for `variants` design documents of one concept in one format."""

    brief: Brief
    format_id: str
    concept: str = "product_highlight"
    variants: int = 3
    brand: dict[str, Any] | None = None
    product_asset_id: str | None = None
    logo_asset_id: str | None = None
    seed: int = 0


@dataclass(frozen=True)
class LayoutResult:
    """Generated 1.4 design documents, the model that made them and what it cost."""

    documents: list[dict[str, Any]]
    model: str
    cost_usd: float = 0.0


@runtime_checkable
class LayoutProvider(Protocol):
    """Brief → design documents."""

    name: str

    def generate(self, request: LayoutRequest) -> LayoutResult: ...


@dataclass(frozen=True)
class EditResult:
    """Patch operations for an instruction, a human explanation and the clauses not understood."""

    operations: list[dict[str, Any]]
    explanation: str
    unsupported: tuple[str, ...] = ()
    model: str = "local-editor"
    cost_usd: float = 0.0


@runtime_checkable
class EditProvider(Protocol):
    """Document + instruction → patch operations."""

    name: str

    def edit(self, *, document: dict[str, Any], instruction: str) -> EditResult: ...


# A recipe the image tools ask of the local provider: the reference's product cut out and
# stood on a new studio backdrop in `brand_colors` (backdrop, light, optional accent light).
BACKGROUND_SWAP = "background_swap"


@dataclass(frozen=True)
class ImageRequest:
    """A smart-image recipe with the design's holistic context and the wanted pixel size."""

    recipe_type: str
    prompt: str
    width: int
    height: int
    options: dict[str, Any] = field(default_factory=dict)
    context: dict[str, Any] = field(default_factory=dict)
    seed: int = 0
    reference: bytes | None = None
    brand_colors: tuple[str, ...] = ()
    subject: str = ""  # an id of the art index (aiengine.creative.art); "" = read it from the prompt


@dataclass(frozen=True)
class ImageResult:
    """A generated PNG image."""

    png: bytes
    model: str
    cost_usd: float = 0.0
    width: int = 0
    height: int = 0


@runtime_checkable
class ImageProvider(Protocol):
    """Recipe + holistic context → image bytes."""

    name: str

    def generate(self, request: ImageRequest) -> ImageResult: ...
