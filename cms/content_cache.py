"""A cache for what every public page reads: navigation, translations, filter facts.

Everything cached here is keyed by a *content version*, a counter in the shared cache
that goes up whenever public content changes (a page is published, unpublished,
moved, saved or deleted; a site, its branding, an image, a document, a view restriction
or a model an app ``watch``es is saved). Old entries are then never read again and expire on their own, so several
app servers sharing Redis always agree without explicit invalidation.
"""

import time

from django.core.cache import cache
from django.db import connection, transaction

VERSION_KEY = "hluttaw:content-version"
CHANGED_AT_KEY = "hluttaw:content-changed-at"
TIMEOUT = 60 * 60


def content_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        # A start value unlikely to repeat after a cache flush.
        version = int(time.time() * 1000)
        cache.add(VERSION_KEY, version, timeout=None)
        version = cache.get(VERSION_KEY, version)
    return version


def content_changed_at():
    """When public content last changed (a Unix time), as far as the shared cache knows.

    After a cache flush this is the time of the first question, later than the real
    change: a client then fetches again once, which is the safe side.
    """
    changed_at = cache.get(CHANGED_AT_KEY)
    if changed_at is None:
        cache.add(CHANGED_AT_KEY, int(time.time()), timeout=None)
        changed_at = cache.get(CHANGED_AT_KEY, int(time.time()))
    return changed_at


def bump_content_version(**kwargs):
    """Signal receiver: public content changed.

    Inside a transaction the version moves now and again once it commits: a request
    that read the old rows meanwhile has cached them under a version no one reads after.
    """
    _increment()
    pending = (entry[1] for entry in connection.run_on_commit)
    if connection.in_atomic_block and _increment not in pending:  # once per transaction, however many saves
        transaction.on_commit(_increment)


def _increment():
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, int(time.time() * 1000), timeout=None)
    cache.set(CHANGED_AT_KEY, int(time.time()), timeout=None)


def cache_key(name, parts):
    """The key of what ``cached`` keeps under ``name`` and ``parts`` at the current content version."""
    return ":".join(["hluttaw", name, str(content_version()), *map(str, parts)])


def cached(name, parts, compute):
    """``compute()``, cached under ``name`` and ``parts`` for the current content version.

    None is not kept (the cache could not tell it from a miss): it is computed again.
    """
    key = cache_key(name, parts)
    value = cache.get(key)
    if value is None:
        value = compute()
        if value is not None:
            cache.set(key, value, TIMEOUT)
    return value


def watch(*models):
    """Bump the content version whenever an instance of one of ``models`` is saved or deleted.

    Each app calls this from its ``AppConfig.ready()`` for the models public pages show.
    """
    from django.db.models.signals import post_delete, post_save

    for model in models:
        label = model._meta.label_lower
        post_save.connect(bump_content_version, sender=model, dispatch_uid=f"content-version-save-{label}")
        post_delete.connect(bump_content_version, sender=model, dispatch_uid=f"content-version-del-{label}")


def connect_signals():
    """Watch what every site shows whatever its apps: pages, sites, branding, media, restrictions."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import CollectionViewRestriction, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from cms.models import SiteBranding

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(bump_content_version, dispatch_uid=f"content-version-{id(signal)}")
    watch(Site, SiteBranding, PageViewRestriction, CollectionViewRestriction, get_image_model(), get_document_model())
    # Any saved or deleted page (of any page type): drafts bump too, which costs a
    # little cache freshness and never serves stale content.
    post_save.connect(_page_changed, dispatch_uid="content-version-page-save")
    post_delete.connect(_page_changed, dispatch_uid="content-version-page-delete")


def _page_changed(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        bump_content_version()
