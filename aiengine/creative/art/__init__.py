"""Subject art: vendored Fluent Emoji Flat SVGs (MIT, see LICENSE) and the subject index that finds them."""

from aiengine.creative.art.index import (
    Subject,
    art_svg,
    find_subject,
    load_subjects,
    subject_by_id,
    subject_in_prompt,
)

__all__ = ["Subject", "art_svg", "find_subject", "load_subjects", "subject_by_id", "subject_in_prompt"]
