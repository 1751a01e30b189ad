"""Security settings in one place: login throttling, second factor, headers.

Imported at the end of ``base``; ``production`` adds what needs HTTPS (HSTS).
"""

import os

from csp.constants import NONCE, NONE, SELF

from .base import env_bool

# Login throttling (django-axes): after AXES_FAILURE_LIMIT wrong passwords for one user
# name, or from one client address, logins are refused for AXES_COOLOFF_MINUTES. Failures
# are counted in the database, which every app server shares and which, unlike Redis, a
# login cannot do without: with Redis down, logins are still throttled and a wrong
# password is still a plain error. `manage.py axes_reset_username NAME` unlocks a user at
# once, `manage.py axes_reset_ip ADDRESS` an address, `manage.py axes_reset` everyone.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = int(os.environ.get("AXES_COOLOFF_MINUTES", "15")) / 60  # hours
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
# The client behind the trusted proxies (TRUSTED_PROXIES), as for the public forms.
AXES_CLIENT_IP_CALLABLE = "participation.ratelimit.client_ip"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "cms/admin/locked_out.html"
AXES_VERBOSE = False

# Second factor (TOTP through django-otp): any admin user may add an authenticator app
# under Account → Two-factor authentication; users in TWO_FACTOR_REQUIRED_GROUPS must.
REQUIRE_2FA_FOR_MEMBERSHIP = env_bool("REQUIRE_2FA_FOR_MEMBERSHIP", default=False)
TWO_FACTOR_REQUIRED_GROUPS = ["Membership"] if REQUIRE_2FA_FOR_MEMBERSHIP else []
OTP_TOTP_ISSUER = "Hluttaw CMS"

# Admin forms of Wagtail's own models strip control characters; a damaged image is a form error.
WAGTAILIMAGES_IMAGE_FORM_BASE = "cms.media_forms.ImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "cms.media_forms.DocumentForm"

# Content-Security-Policy (django-csp): public pages and the API browser run no script or
# style that is not the site's own or carries the request's nonce. The admin and the
# translation editor (wagtail-localize's React app) use inline styles and scripts of
# their own; they get a looser policy that still forbids other origins, framing and plugins.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "img-src": [SELF, "data:", "https:"],
        "font-src": [SELF],
        "frame-src": ["https://www.youtube-nocookie.com", "https://www.youtube.com", "https://player.vimeo.com"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    },
}
ADMIN_CONTENT_SECURITY_POLICY = {
    "default-src": [SELF],
    "script-src": [SELF, "'unsafe-inline'", "'unsafe-eval'"],
    "style-src": [SELF, "'unsafe-inline'"],
    "img-src": [SELF, "data:", "blob:", "https:"],
    "font-src": [SELF, "data:"],
    "frame-src": [SELF, "https:"],
    "connect-src": [SELF],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [SELF],
}
# Browser features the sites never use, switched off for every response.
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
    "accelerometer=(), gyroscope=(), magnetometer=(), interest-cohort=()"
)
REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_REFERRER_POLICY = REFERRER_POLICY
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# The page editor shows its preview in a frame of the admin's own origin, so frames stay
# allowed from the same origin (CSP frame-ancestors says the same); `check --deploy`
# would ask for DENY.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]
