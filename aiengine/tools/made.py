"""What a tool run makes: a design, a generation's designs or an image (its job result shows it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from aiengine.services import Generation
from radicpro.jobs.models import Job
from rendering import format_for_mime_type

from .catalogue import DESIGN_EXPORT_FORMATS


@dataclass(frozen=True)
class DesignMade:
    """A design (logo_maker), with its rendered preview; `notes` say how it was made."""

    type: ClassVar[str] = "design"
    design: Any
    preview: Any = None  # an Asset
    notes: dict[str, str] = field(default_factory=dict)  # style, model

    @property
    def item_id(self) -> str:
        return self.design.pk

    @property
    def design_id(self) -> str:
        return self.design.pk

    @property
    def formats(self) -> list[str]:
        return list(DESIGN_EXPORT_FORMATS)


@dataclass(frozen=True)
class DesignsMade:
    """The designs of a generation (design_generator); the first one is the item."""

    type: ClassVar[str] = "design"
    generation: Generation

    @property
    def first(self) -> Any:
        return self.generation.designs[0]

    @property
    def item_id(self) -> str:
        return self.first.pk

    @property
    def design_id(self) -> str:
        return self.first.pk

    @property
    def formats(self) -> list[str]:
        return list(DESIGN_EXPORT_FORMATS)


@dataclass(frozen=True)
class ImageMade:
    """An image asset (smart_image, image_resizer, background_swap); `notes` say how it was
    made: provider and model, or the source asset and the fit (only what the tool knows)."""

    type: ClassVar[str] = "asset"
    asset: Any
    notes: dict[str, str] = field(default_factory=dict)

    @property
    def item_id(self) -> str:
        return self.asset.pk

    @property
    def asset_id(self) -> str:
        return self.asset.pk

    @property
    def formats(self) -> list[str]:
        fmt = format_for_mime_type(self.asset.mime_type)
        return [fmt.name if fmt else "png"]


@dataclass(frozen=True)
class ToolRun:
    """A finished tool job: the tool, and what it made (serializers.ToolRunOutput renders it)."""

    job: Job
    tool_id: str
    made: DesignMade | DesignsMade | ImageMade
