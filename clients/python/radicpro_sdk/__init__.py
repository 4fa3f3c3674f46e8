"""Radic Pro's Python SDK: `RadicPro` over the generated client (`radicpro_client`)."""

from .client import DEFAULT_BASE_URL, RadicPro
from .errors import JobFailed, JobTimeout, RadicProError
from .transport import RetryingTransport

__all__ = ["DEFAULT_BASE_URL", "JobFailed", "JobTimeout", "RadicPro", "RadicProError",
           "RetryingTransport"]
