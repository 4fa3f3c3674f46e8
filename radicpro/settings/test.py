"""Settings for the test suite: fast hashing, eager tasks, isolated files."""

import tempfile

from .base import *  # noqa: F403
from .base import CACHES, REDIS_URL

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CELERY_TASK_ALWAYS_EAGER = True
MEDIA_ROOT = tempfile.mkdtemp(prefix="radicpro-test-media-")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if not REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
else:
    CACHES["default"]["KEY_PREFIX"] = "radicpro-test"
STATIC_ROOT = tempfile.mkdtemp(prefix="radicpro-test-static-")
# Every request reads its user, as a cold process does: the query counts the tests assert are
# a request's own (tests/accounts/test_recent_users.py turns the reuse on).
RADICPRO_AUTH_USER_CACHE_SECONDS = 0.0
RADICPRO_FILES_BASE_URL = ""  # tests follow signed URLs with the test client (paths)
