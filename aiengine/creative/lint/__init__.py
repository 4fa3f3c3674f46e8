"""The design lint: `lint_document(doc, ...)` lists what a designer would fix before posting."""

from aiengine.creative.lint.core import breaks_words, lint_document
from aiengine.creative.lint.facts import design_texts, fold, missing_facts
from aiengine.creative.lint.issues import LintIssue

__all__ = ["LintIssue", "breaks_words", "design_texts", "fold", "lint_document", "missing_facts"]
