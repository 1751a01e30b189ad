"""The test suite: fast hashing, media in a throw-away folder, no outside calls."""

import os
import tempfile
from urllib.parse import urlsplit, urlunsplit

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost", ".localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="hluttaw-test-media-")
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tests change content behind the process's back (a cache cleared, the version moved in
# Redis) and expect the next request to see it: stored answers ask every time here.
# tests/cms/test_recent_versions.py checks the production window on its own.
STORED_ANSWER_LOCAL_SECONDS = 0
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}


def _worker_redis_url(url):
    """The Redis database of this test process: each pytest-xdist worker empties its own
    (a cache clear is FLUSHDB), so workers never wipe each other's entries."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")  # "gw0", "gw1", … or empty
    number = int(worker[2:]) + 1 if worker[2:].isdigit() else 0
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{number}"))


if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": _worker_redis_url(os.environ["REDIS_URL"]),
            "KEY_PREFIX": "hluttaw-test",
        }
    }
# A runaway query fails its test with an error instead of holding up the whole run.
limit_statement_time(DATABASES["default"], 120)  # noqa: F405
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not memory: the live server's threads then each have their own connection,
    # as app servers do, and concurrent posts really run concurrently.
    DATABASES["default"]["TEST"] = {"NAME": os.path.join(tempfile.gettempdir(), f"hluttaw-test-{os.getpid()}.sqlite3")}  # noqa: F405
    DATABASES["default"]["OPTIONS"]["init_command"] = "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;"  # noqa: F405
WHITENOISE_USE_FINDERS = True
WAGTAILEMBEDS_FINDERS = [{"class": "tests.embed_finder.LocalEmbedFinder"}]
