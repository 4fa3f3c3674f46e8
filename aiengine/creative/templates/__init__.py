"""Templates as data: design documents with named slots and fit rules, their loader, chooser and fill engine."""

from aiengine.creative.templates.choose import family_of, pick, templates_for
from aiengine.creative.templates.loader import (
           TemplateError,
           all_templates,
           parse_template,
           template_files,
)
from aiengine.creative.templates.model import FAMILIES, REFERENCE_SIZES, Template

__all__ = ["FAMILIES", "REFERENCE_SIZES", "Template", "TemplateError", "all_templates", "family_of",
           "parse_template", "pick", "template_files", "templates_for"]
