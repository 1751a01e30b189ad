"""Previewing a draft in another front end.

When ``HEADLESS_PREVIEW_URL`` is set, the page editor offers a "Front end" preview
mode. Choosing it stores the draft as the editor sees it in the shared cache under a
random key and sends the preview panel to the front end with a token: the key,
signed and timestamped. The front end reads the draft from ``/api/v2/preview/?token=``;
without a valid token younger than ``HEADLESS_PREVIEW_MAX_AGE`` seconds nothing is served.
"""

import secrets
from urllib.parse import urlencode

from django.apps import apps
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from wagtail.models import Page

from cms.api.errors import ApiError, not_found
from cms.languages import locale_code

FRONT_END_MODE = "front-end"
SALT = "cms.api.preview"


def is_enabled():
    return bool(settings.HEADLESS_PREVIEW_URL)


def issue_token(page):
    """Store ``page`` (a draft, possibly unsaved) and return the token that reads it."""
    key = secrets.token_urlsafe(24)
    draft = {"model": page._meta.label_lower, "pk": page.pk, "content": page.serializable_data()}
    cache.set(_cache_key(key), draft, settings.HEADLESS_PREVIEW_MAX_AGE)
    return signing.dumps(key, salt=SALT)


def front_end_url(page):
    query = urlencode({"token": issue_token(page), "type": page._meta.label, "locale": locale_code(page.locale_id)})
    return f"{settings.HEADLESS_PREVIEW_URL}?{query}"


def load_draft(token):
    """The draft a token names; a 403 for a forged or expired token, a 404 once the draft is gone."""
    try:
        key = signing.loads(token, salt=SALT, max_age=settings.HEADLESS_PREVIEW_MAX_AGE)
    except signing.SignatureExpired:
        raise ApiError(403, "token_expired", "This preview link has expired; preview again from the editor.") from None
    except signing.BadSignature:
        raise ApiError(403, "invalid_token", "This preview token is not valid.", "token") from None
    draft = cache.get(_cache_key(key))
    if draft is None:
        raise not_found("This preview is no longer available; preview again from the editor.")
    model = apps.get_model(draft["model"])
    saved = Page.objects.filter(pk=draft["pk"]).first() if draft["pk"] else None
    if saved is not None:
        return saved.specific.with_content_json(draft["content"])
    return model.from_serializable_data(draft["content"])


def _cache_key(key):
    return f"hluttaw:preview:{key}"
