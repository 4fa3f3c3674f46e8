"""The design document model: schemas, validation, conversion, patches, formats."""

from designs.document.errors import DocumentError, DocumentInvalid, ErrorDetail, PatchError
from designs.document.limits import LIMITS, Limits
from designs.document.schemas import SUPPORTED_VERSIONS, get_schema
from designs.document.validation import validate_document
from designs.document.walk import iter_layers

__all__ = [
    "LIMITS",
    "SUPPORTED_VERSIONS",
    "DocumentError",
    "DocumentInvalid",
    "ErrorDetail",
    "Limits",
    "PatchError",
    "get_schema",
    "iter_layers",
    "validate_document",
]
