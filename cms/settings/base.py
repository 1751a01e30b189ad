"""Settings shared by every environment.

Environment-specific modules (``dev``, ``production``, ``test``) import this one and
override what differs. Values that vary between installs come from the environment.
"""

import os
from pathlib import Path

import dj_database_url
from corsheaders.defaults import default_headers
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name, default=""):
    """A comma-separated environment variable as a list of non-empty strings."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


INSTALLED_APPS = [
    "cms",
    "home",
    "network",
    "publications",
    "search",
    "participation",
    "taxonomy",
    "corsheaders",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "cms.headers.SitePolicyCSPMiddleware",
    "cms.headers.PermissionsPolicyMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "cms.content_cache.ContentVersionMiddleware",
    "cms.page_cache.PageCacheMiddleware",
    "cms.api.http.StoredAnswerMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.ContentLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "cms.two_factor.SecondFactorMiddleware",
    "participation.admin_fence.PersonalDataFenceMiddleware",
    "cms.admin_input.BulkSelectionMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"
FORM_RENDERER = "cms.form_renderer.QuickWidgetRenderer"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# A SQLite file next to manage.py unless DATABASE_URL names another database,
# e.g. postgres://user:password@127.0.0.1:5432/hluttaw
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Writers take the lock when their transaction starts and wait for each other, instead
    # of failing with "database is locked" when concurrent form posts meet.
    DATABASES["default"].setdefault("OPTIONS", {}).update({"transaction_mode": "IMMEDIATE", "timeout": 20})


def limit_statement_time(database, seconds):
    """PostgreSQL cancels any statement of ``database`` that runs longer than ``seconds``."""
    if seconds and database["ENGINE"] == "django.db.backends.postgresql":
        database.setdefault("OPTIONS", {})["options"] = f"-c statement_timeout={seconds}s"


# App servers set it (deploy/gunicorn.conf.py): a runaway query then stops in PostgreSQL
# before gunicorn kills its worker, instead of running on after nobody waits for it.
limit_statement_time(DATABASES["default"], int(os.environ.get("DATABASE_STATEMENT_TIMEOUT", "0")))
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: English is the source, Burmese the translation. URLs carry the code
# (/en/…, /my/…). The admin itself stays in English.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("my", _("Burmese"))]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Yangon"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Page editors with many StreamField blocks post more than Django's default 1,000 fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Hluttaw CMS"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The update check calls an outside server from every admin dashboard load.
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No Gravatar: editors' email hashes are not sent to a third party, and the admin loads nothing from elsewhere.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# A new translation starts as a draft, whatever its source's state: it would otherwise go live
# at once with the source's text. Only a publisher makes it live (cms/review.py).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILEMBEDS_RESPONSIVE_HTML = True

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "noreply@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING").upper()},
}
FORMAT_MODULE_PATH = ["cms.formats"]

# Machine translation in the translation editor: off unless configured. Google Cloud
# Translation supports Burmese; it needs `pip install google-cloud-translate` and a
# service account (GOOGLE_APPLICATION_CREDENTIALS or GOOGLE_TRANSLATE_CREDENTIALS_PATH).
if os.environ.get("GOOGLE_TRANSLATE_PROJECT_ID"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.google.GoogleCloudTranslator",
        "OPTIONS": {
            "PROJECT_ID": os.environ["GOOGLE_TRANSLATE_PROJECT_ID"],
            "CREDENTIALS_PATH": os.environ.get("GOOGLE_TRANSLATE_CREDENTIALS_PATH") or None,
        },
    }

# The content API (/api/v2/). Shared caches may keep public answers this many seconds;
# clients revalidate with ETag / Last-Modified.
API_CACHE_MAX_AGE = int(os.environ.get("API_CACHE_MAX_AGE", "60"))
# Public pages served to anonymous visitors (cms/page_cache.py): shared caches and browsers
# may keep them this many seconds.
PAGE_CACHE_MAX_AGE = int(os.environ.get("PAGE_CACHE_MAX_AGE", "60"))
# Each process keeps copies of what it read from the shared cache, up to this many bytes
# (cms/local_copies.py), served while the content version is unchanged.
CONTENT_CACHE_LOCAL_BYTES = int(os.environ.get("CONTENT_CACHE_LOCAL_BYTES", str(32 * 1024 * 1024)))
# A stored page or API answer is served from the process's own copy, without asking the
# shared cache whether content changed, for this long after the process last asked (0: ask
# every time). A change made elsewhere shows here that much later; one made by this
# process, at once. Far below PAGE_CACHE_MAX_AGE, which browsers and proxies may keep.
STORED_ANSWER_LOCAL_SECONDS = float(os.environ.get("STORED_ANSWER_LOCAL_SECONDS", "1"))
# `make bench` serves /bench/bare, a view that does nothing, as the floor it compares pages with.
BENCHMARK_BARE_VIEW = env_bool("BENCHMARK_BARE_VIEW")
# Front ends allowed to call the API from a browser, e.g. "https://app.example.org".
# Empty (the default): no CORS headers at all.
CORS_ALLOWED_ORIGINS = env_list("API_CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/api/"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified"]
# A front end revalidating by hand sends the validators it was given.
CORS_ALLOW_HEADERS = [*default_headers, "if-none-match", "if-modified-since"]
# Another front end's preview page; the editor then offers a "Front end" preview that
# sends it a signed token valid for HEADLESS_PREVIEW_MAX_AGE seconds.
HEADLESS_PREVIEW_URL = os.environ.get("HEADLESS_PREVIEW_URL", "")
HEADLESS_PREVIEW_MAX_AGE = int(os.environ.get("HEADLESS_PREVIEW_MAX_AGE", "3600"))

# Public forms (sign a statement, ask to join): submissions allowed per client and action
# in a window of seconds, counted in the shared cache.
PARTICIPATION_RATE_LIMIT = int(os.environ.get("PARTICIPATION_RATE_LIMIT", "10"))
PARTICIPATION_RATE_WINDOW = int(os.environ.get("PARTICIPATION_RATE_WINDOW", "600"))
# Reverse proxies and load balancers in front of the app (networks, e.g. "10.0.0.0/8"):
# the rate limit's client is the right-most X-Forwarded-For address outside them.
# Empty: the connecting address (REMOTE_ADDR) is the client.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")
# How many processes serve the site, over every app server. More than one needs a shared
# cache (Redis): the content version, preview tokens and rate limits live there.
SERVING_PROCESSES = int(os.environ.get("SERVING_PROCESSES", "1"))
# Public counts of people: a country with fewer unnamed signatories than this is counted
# under "other countries", so a count never points at one or two unnamed people.
PUBLIC_GROUP_MINIMUM = int(os.environ.get("PUBLIC_GROUP_MINIMUM", "3"))
# Personal data is kept this many days: `purge_personal_data` then deletes join requests
# and unapproved signatures, and removes the email of approved signatories.
PERSONAL_DATA_RETENTION_DAYS = int(os.environ.get("PERSONAL_DATA_RETENTION_DAYS", "730"))

# Login throttling, second factor, security headers.
from .security import *  # noqa: E402, F403
