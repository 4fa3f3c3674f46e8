"""The design document model: schemas, validation, conversion, patches, formats.

Pure Python (no Django): the API, the AI engine and the renderer all build on it.
"""

from documents.blank import new_document
from documents.convert import to_v14
from documents.errors import DocumentError, DocumentInvalid, ErrorDetail, PatchError
from documents.formats import FORMATS, Format, SafeArea, get_format
from documents.limits import LIMITS, Limits
from documents.patch import apply_operations
from documents.patch_schema import PATCH_SCHEMA
from documents.schemas import SUPPORTED_VERSIONS, get_schema
from documents.validation import validate_document
from documents.walk import iter_layers

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
