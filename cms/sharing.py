"""Sharing a page: share links (plain URLs, no third-party scripts) and what link previews show."""

import unicodedata
from urllib.parse import quote, urlencode

from django.utils.text import Truncator
from django.utils.translation import gettext as _

from cms.cached_objects import prime
from cms.renditions import kept_renditions


def share_links(url, title):
    """(label, href) pairs for sharing ``url`` with ``title`` by email and social networks."""
    text = f"{title} {url}"
    return [
        (_("Email"), f"mailto:?{urlencode({'subject': title, 'body': url}, quote_via=quote)}"),
        ("X", f"https://x.com/intent/post?{urlencode({'url': url, 'text': title})}"),
        ("Facebook", f"https://www.facebook.com/sharer/sharer.php?{urlencode({'u': url})}"),
        ("WhatsApp", f"https://wa.me/?{urlencode({'text': text})}"),
        ("Telegram", f"https://t.me/share/url?{urlencode({'url': url, 'text': title})}"),
    ]


# Open Graph names locales as language_TERRITORY.
OG_LOCALES = {"en": "en_GB", "my": "my_MM"}
# Page fields that hold a page's own short description, in order of preference.
DESCRIPTION_FIELDS = ("search_description", "summary", "intro", "hero_intro")
DESCRIPTION_LENGTH = 300
SHARE_RENDITION = "fill-1200x630|format-jpeg|jpegquality-80"


def page_description(page):
    """The page's short description: its SEO text, summary or introduction (plain-text fields,
    escaped by the template, never stripped: a summary may mention "<b>" as text)."""
    for field in DESCRIPTION_FIELDS:
        text = " ".join(str(getattr(page, field, "") or "").split())
        if text:
            return short_text(text, DESCRIPTION_LENGTH)
    return ""


def short_text(text, length):
    """``text`` cut to ``length`` characters as Django's ``Truncator`` cuts it.

    A text no longer than that is never cut: it is returned without counting its
    characters one by one (most summaries, on every page).
    """
    if len(text) <= length:
        return unicodedata.normalize("NFC", text)
    return Truncator(text).chars(length)


def share_image(request, page, fallback):
    """Absolute URL of the page's hero image cut for link previews, or ``fallback()``'s."""
    if getattr(page, "hero_image_id", None) is None:
        return fallback()
    prime(page, "hero_image")  # the page's template shows it too
    image = page.hero_image
    return request.build_absolute_uri(kept_renditions(image, [SHARE_RENDITION])[SHARE_RENDITION].url)


def share_meta(request, page, language, fallback_image):
    """What a link preview shows of ``page`` (None for pages that are not Wagtail pages).

    ``fallback_image()`` gives the site's own image, asked only for a page without a hero image.
    """
    title = (page.seo_title or page.title) if page else ""
    return {
        "title": title,
        "description": page_description(page) if page else "",
        "type": "article" if getattr(page, "date", None) else "website",
        "url": request.build_absolute_uri(),
        "image": share_image(request, page, fallback_image),
        "locale": OG_LOCALES.get(language, language),
        "alternate_locales": [locale for code, locale in OG_LOCALES.items() if code != language],
    }
