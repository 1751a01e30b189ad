"""A cache for what every public page reads: navigation, translations, filter facts.

Everything cached here is keyed by a *content version*, a counter in the shared cache
that goes up whenever public content changes (a page is published, unpublished,
moved, saved or deleted; a site, its branding, an image, a document, a view restriction
or a model an app ``watch``es is saved). Old entries are then never read again and expire on their own, so several
app servers sharing Redis always agree without explicit invalidation.

What a request reads here is also kept in this process's memory (``cms.local_copies``),
served again while the version is the same: an uncached page then asks the shared cache
for the version alone.
"""

import contextvars
import functools
import pickle
import secrets
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction

from cms.local_copies import LocalCopies

VERSION_KEY = "hluttaw:content-version"
CHANGED_AT_KEY = "hluttaw:content-changed-at"
TIMEOUT = 60 * 60


# Within a request the version and its time are read from the shared cache once, together,
# and held for the rest of it (``ContentVersionMiddleware``): every cached piece of one page
# then comes from one version, and a page costs one cache read for them instead of one each.
_held = contextvars.ContextVar("content_versions_held", default=None)


def content_version():
    return _versions()[VERSION_KEY]


def content_changed_at():
    """When public content last changed (a Unix time), as far as the shared cache knows.

    After a cache flush this is the time of the first question, later than the real
    change: a client then fetches again once, which is the safe side.
    """
    return _versions()[CHANGED_AT_KEY]


def _read_with_versions(keys):
    """The values of ``keys`` found in the cache, read in the same round trip as the versions if not held yet."""
    held = _held.get()
    if held is None or held:
        return cache.get_many(keys)
    found = cache.get_many([VERSION_KEY, CHANGED_AT_KEY, *keys])
    held.update(_remembered(_complete(found)))
    return found


def _versions():
    held = _held.get()
    if held:
        return held
    versions = _remembered(_complete(cache.get_many([VERSION_KEY, CHANGED_AT_KEY])))
    if held is not None:
        held.update(versions)
    return versions


# The versions this process last read from the shared cache, and when (``read_recent``).
_recent = {"versions": None, "at": 0.0}


def _remembered(versions):
    _recent.update(versions=dict(versions), at=time.monotonic())
    return versions


def read_recent(key):
    """What ``store_current`` kept under ``key``, from this process's copy, at the versions it read moments ago.

    None when the versions were read longer than ``STORED_ANSWER_LOCAL_SECONDS`` ago or
    nothing is kept: then ask ``read_current``. For stored pages and API answers, which are
    asked most and change least: serving one then costs no round trip to the shared cache.
    The rest of the request reads the same versions.
    """
    versions, age = _recent["versions"], time.monotonic() - _recent["at"]
    held = _held.get()
    if versions is None or age >= settings.STORED_ANSWER_LOCAL_SECONDS or held is None or held:
        return None
    value = local_copies().get(key, versions[VERSION_KEY])
    if value is not None:
        held.update(versions)
    return value


def _fresh_version():
    """A first version, random: one a process still holds copies for (``local_copies``) never comes back."""
    return secrets.randbits(62)


def _complete(found):
    """The version and its time from ``found``, each started in the cache when it is not there yet."""
    versions = {}
    for key, start in ((VERSION_KEY, _fresh_version()), (CHANGED_AT_KEY, int(time.time()))):
        value = found.get(key)
        if value is None:
            cache.add(key, start, timeout=None)
            value = cache.get(key, start)
        versions[key] = value
    return versions


class ContentVersionMiddleware:
    """Holds the content version read once for the length of a request (see ``_held``)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _owed[0]:
            _increment()
        token, writes = _held.set({}), _writes.set({})
        try:
            return self.get_response(request)
        finally:
            _flush(_writes.get())
            _writes.reset(writes)
            _held.reset(token)


def bump_content_version(**kwargs):
    """Signal receiver: public content changed.

    Inside a transaction the version moves now and again once it commits: a request
    that read the old rows meanwhile has cached them under a version no one reads after.
    """
    _increment()
    pending = (entry[1] for entry in connection.run_on_commit)
    if connection.in_atomic_block and _increment not in pending:  # once per transaction, however many saves
        transaction.on_commit(_increment)


# A change this process could not announce: the shared cache failed (its errors are
# ignored in production). Announced again at the start of each request until it lands,
# so other servers stop serving the old content as soon as the cache answers again.
_owed = [False]


def _increment():
    held = _held.get()
    if held:
        held.clear()  # this request reads the new version, and caches what it reads from now under it
    try:
        moved = cache.incr(VERSION_KEY) is not None  # None: the cache failed
    except ValueError:  # no version yet: any new one moves it on
        cache.set(VERSION_KEY, _fresh_version(), timeout=None)
        moved = True
    _owed[0] = not moved
    cache.set(CHANGED_AT_KEY, int(time.time()), timeout=None)
    # This process serves nothing made before its own change (``read_recent``).
    _recent.update(versions=None, at=0.0)


def cache_key(name, parts):
    """The key under which ``cached`` keeps what it computed for ``name`` and ``parts``."""
    return ":".join(["hluttaw", name, *map(str, parts)])


def cached(name, parts, compute, keep=lambda: True):
    """``compute()``, cached under ``name`` and ``parts`` for the current content version.

    None is not kept (the cache could not tell it from a miss): it is computed again.
    ``keep()``, asked after a miss, may refuse to keep this value.
    """
    key = cache_key(name, parts)
    value = read_current(key)
    if value is None:
        value = compute()
        if value is not None and keep():
            store_current(key, value)
    return value


def cached_each(name, parts, ids, build):
    """``{id: value}`` for the ``ids`` that have one, each kept like ``cached`` under ``name``, ``parts`` and its id.

    All are read in one round trip; the ids not kept at the current content version go to
    ``build(missing ids) -> {id: value}`` in one call, whose answer is kept in one round trip.
    """
    keys = {pk: cache_key(name, [*parts, pk]) for pk in ids}
    stored = read_many_current(list(keys.values())) if keys else {}
    found = {pk: stored[key] for pk, key in keys.items() if key in stored}
    missing = [pk for pk in keys if pk not in found]
    if missing:
        built = {pk: value for pk, value in build(missing).items() if value is not None}
        if built:
            store_many_current({keys[pk]: value for pk, value in built.items()})
        found.update(built)
    return found


# Values shared per version; the latest two versions only. A request still holding the
# version before a change keeps its own values apart: a slow build of old rows never lands
# among the new version's.
_shared = {}
_recently_used_lock = threading.Lock()


def shared_per_version(name, parts, build, keep=lambda: True, limit=None):
    """``build()``, made once per process for ``name`` and ``parts`` at the current content version.

    The very object is shared by every request of the process, never copied: for what is
    read often, would cost more to unpickle than to share (indexes, lookup tables) and is
    never changed by a reader. What was made at older versions is dropped. ``keep()``,
    asked after a build, may refuse to keep what was built. ``limit`` bounds how many values
    of ``name`` a version keeps, for ``parts`` that come from what visitors ask (a text
    query): past it, the one least recently used is dropped.
    """
    version = content_version()
    values = _shared.get(version)
    if values is None:
        values = _shared[version] = {}
        for older in list(_shared)[:-2]:
            _shared.pop(older, None)
    if limit is not None:
        recently_used = values.setdefault(("recently used", name), OrderedDict())
        return _shared_recently_used(recently_used, parts, build, keep, limit)
    key = (name, *parts)
    if key not in values:
        value = build()
        if not keep():
            return value
        values[key] = value
    return values[key]


def _shared_recently_used(values, parts, build, keep, limit):
    key = tuple(parts)
    with _recently_used_lock:
        if key in values:
            values.move_to_end(key)
            return values[key]
    value = build()
    if keep():
        with _recently_used_lock:
            values[key] = value
            while len(values) > limit:
                values.popitem(last=False)
    return value


def read_current(key):
    """What ``store_current`` kept under ``key`` at the current content version, else None.

    An entry made at another version is never returned; the next ``store_current`` replaces it.
    """
    return read_many_current([key]).get(key)


def read_many_current(keys):
    """``{key: value}`` of those of ``keys`` that ``store_current`` kept at the current content version.

    This process's copies are tried first when the version is known, or is worth reading
    alone; the others come from the shared cache in one round trip.
    """
    copies = local_copies()
    found = {}
    if _held.get() or any(key in copies for key in keys):
        version = content_version()
        found = {key: value for key in keys if (value := copies.get(key, version)) is not None}
    missing = [key for key in keys if key not in found]
    for key, stored in _read_with_versions(missing).items() if missing else ():
        # Anything else under the key (written by an older release) is a miss too.
        if isinstance(stored, tuple) and len(stored) == 3 and stored[0] == PICKLED and stored[1] == content_version():
            copies.put(key, stored[1], stored[2])
            found[key] = pickle.loads(stored[2])  # noqa: S301 (written by store_many_current)
    return found


def store_current(key, value):
    """Keep ``value`` under ``key`` for the content version this request read.

    If content changed while ``value`` was made, the version has moved on and it is never read.
    """
    store_many_current({key: value})


def store_many_current(values):
    """``store_current`` for each key and value of ``values``, in one round trip.

    Each value is pickled now, as it is: a caller may go on changing the object. Within a
    request the shared cache is written once, as the request ends (``_flush``); this
    process's copy serves the rest of the request meanwhile.
    """
    version = content_version()
    entries = {key: (PICKLED, version, pickle.dumps(value, pickle.HIGHEST_PROTOCOL)) for key, value in values.items()}
    for key, (_format, _version, data) in entries.items():
        local_copies().put(key, version, data)
    writes = _writes.get()
    if writes is None:
        _flush(entries)
    else:
        writes.update(entries)


# What a request stored, written to the shared cache in one round trip as it ends
# (``ContentVersionMiddleware``): an uncached page that built a dozen pieces paid a
# round trip, and the cache client's work, for each.
_writes = contextvars.ContextVar("content_cache_writes", default=None)

# Entries are ``(PICKLED, version, pickled value)``: pickled once, for this process's copy
# and the shared cache alike. Anything else under a key is a miss.
PICKLED = "pickled"


def _flush(entries):
    if entries:
        cache.set_many(entries, TIMEOUT)


@functools.cache
def local_copies():
    """This process's copies of what was read and stored here (``CONTENT_CACHE_LOCAL_BYTES`` at most)."""
    return LocalCopies(settings.CONTENT_CACHE_LOCAL_BYTES)


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
    # Pages keep the renditions they show (``cms.renditions``); a new one changes nothing shown.
    post_delete.connect(
        bump_content_version, sender=get_image_model().get_rendition_model(), dispatch_uid="content-version-rendition"
    )
    # Any saved or deleted page (of any page type): drafts bump too, which costs a
    # little cache freshness and never serves stale content.
    post_save.connect(_page_changed, dispatch_uid="content-version-page-save")
    post_delete.connect(_page_changed, dispatch_uid="content-version-page-delete")


def _page_changed(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        bump_content_version()
