"""Production: everything secret or host-specific comes from the environment.

Required: SECRET_KEY, ALLOWED_HOSTS. Recommended: DATABASE_URL (PostgreSQL),
REDIS_URL (shared cache for several app servers), AWS_STORAGE_BUCKET_NAME (media in
object storage). See README.md for the full list.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from cms.redis_pause import PausingConnection

from .base import *  # noqa: F403
from .base import env_bool, env_list

DEBUG = env_bool("DEBUG", default=False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("Set the SECRET_KEY environment variable.")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
# Subdomains (mwpn.example.org under example.org) and browsers' preload lists; the
# `preload` directive enrols nothing until the domain is submitted at hstspreload.org.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}

# Topology (see deploy/ and README "Deploying"). The proxy in front runs on this machine
# unless TRUSTED_PROXIES says otherwise. SERVING_PROCESSES (default: gunicorn's
# WEB_CONCURRENCY, else 2) counts processes over all app servers; more than one without a
# shared cache is a system check error (cms.E001).
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES", "127.0.0.1/32,::1/128")
SERVING_PROCESSES = int(os.environ.get("SERVING_PROCESSES") or os.environ.get("WEB_CONCURRENCY") or "2")
if os.environ.get("REDIS_URL"):
    # Redis down must not take the site down: errors are ignored (logged) and every
    # cache read misses, so pages come from the database; short timeouts keep a dead
    # server from holding requests.
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": float(os.environ.get("REDIS_CONNECT_TIMEOUT", "0.5")),
                "SOCKET_TIMEOUT": float(os.environ.get("REDIS_TIMEOUT", "0.5")),
                # After a failure, not asked again for a few seconds (cms/redis_pause.py).
                "CONNECTION_POOL_KWARGS": {"connection_class": PausingConnection},
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    DJANGO_REDIS_LOGGER = "cms.cache"
    # The failure is logged once per pause, not once per cache call refused while it lasts.
    LOGGING["filters"] = {"quiet_while_paused": {"()": "cms.redis_pause.QuietWhilePaused"}}  # noqa: F405
    LOGGING["loggers"] = {"cms.cache": {"filters": ["quiet_while_paused"]}}  # noqa: F405

if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    # Credentials, region and endpoint are read by django-storages from the standard
    # AWS_* variables; media then lives in the bucket, shared by every app server.
    STORAGES["default"] = {  # noqa: F405
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "default_acl": None,
            "file_overwrite": False,
        },
    }
