"""Retention fixtures: the back office's staff client."""

from tests.admin.conftest import staff, staff_client  # noqa: F401 (fixtures used here)
