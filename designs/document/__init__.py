"""The design document model: schemas, validation, conversion, patches, formats.

Pure Python (no Django): the API, the AI engine and the renderer all build on it.
"""

from designs.document.blank import new_document
from designs.document.convert import to_v14
from designs.document.errors import DocumentError, DocumentInvalid, ErrorDetail, PatchError
from designs.document.formats import FORMATS, Format, SafeArea, get_format
from designs.document.limits import LIMITS, Limits
from designs.document.patch import apply_operations
from designs.document.patch_schema import PATCH_SCHEMA
from designs.document.schemas import SUPPORTED_VERSIONS, get_schema
from designs.document.validation import validate_document
from designs.document.walk import iter_layers

__all__ = [
    "FORMATS",
    "LIMITS",
    "PATCH_SCHEMA",
    "SUPPORTED_VERSIONS",
    "DocumentError",
    "DocumentInvalid",
    "ErrorDetail",
    "Format",
    "Limits",
    "PatchError",
    "SafeArea",
    "apply_operations",
    "get_format",
    "get_schema",
    "iter_layers",
    "new_document",
    "to_v14",
    "validate_document",
]
