"""Fixtures of the export API tests: a design owned by `user`, failing storage."""

from contextlib import contextmanager

import pytest
from django.core.files.storage import FileSystemStorage

from rendering.images import clear_caches
from tests.exports.api.factories import DesignFactory


@pytest.fixture(autouse=True)
def _fresh_render_caches():
    clear_caches()
    yield
    clear_caches()


@pytest.fixture
def design(user):
    return DesignFactory(owner=user)


@pytest.fixture
def storage_failure(monkeypatch):
    """A context manager inside which every file write fails as a full disk would."""

    @contextmanager
    def failing():
        with monkeypatch.context() as patch:
            def fail(self, name, content):
                raise OSError(28, "No space left on device")

            patch.setattr(FileSystemStorage, "_save", fail)
            yield

    return failing
