"""Local development: debug on, a fixed insecure key, mail printed to the console."""

import os

from .base import *  # noqa: F403
from .base import DATABASES, env_list

DEBUG = True
SECRET_KEY = "dev-only-insecure-key-never-use-in-production"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", ".localhost", *env_list("ALLOWED_HOSTS")]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
WHITENOISE_USE_FINDERS = True
# runserver answers each request in a thread of its own: a connection kept open by each
# thread would pile up to PostgreSQL's limit of clients. Not kept unless asked for.
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DATABASE_CONN_MAX_AGE", "0"))
