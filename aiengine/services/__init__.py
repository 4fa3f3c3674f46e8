"""AI writes: generate designs, suggest edits, draw and regenerate smart images."""

from .adapting import Adaptation, adapt_job_run, adapt_request
from .editing import design_edit_suggest
from .generation import Generation, generation_cost, generation_job_run, generation_request
from .smart_images import (
    SmartImageOutcome,
    smart_image_job_run,
    smart_image_regenerate_request,
    smart_image_request,
)

__all__ = [
    "Adaptation",
    "adapt_job_run",
    "adapt_request",
    "Generation",
    "SmartImageOutcome",
    "design_edit_suggest",
    "generation_cost",
    "generation_job_run",
    "generation_request",
    "smart_image_job_run",
    "smart_image_regenerate_request",
    "smart_image_request",
]
