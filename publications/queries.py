"""Reusable publication queries for pages that list publications."""

from django.db.models import Exists, OuterRef, Q
from wagtail.documents import get_document_model

from cms.cached_objects import cached_objects
from cms.content_cache import cached

MAX_LIMIT = 20


def live_publications(site_root):
    """Live, public publications of one site in the locale of its root, newest first."""
    from publications.models import PublicationPage

    return (
        PublicationPage.objects.live()
        .public()
        .descendant_of(site_root)
        .filter(locale_id=site_root.locale_id)
        .order_by("-date", "-pk")
    )


def latest_publications(site_root, topics=(), types=(), limit=5, exclude=None):
    """The newest ``limit`` (at most 20) publications of a site, filtered by topics or types.

    A publication matches if it has one of ``topics`` (matched on ``translation_key``,
    so English and Burmese terms select the same pages) and one of ``types``; an empty
    list does not filter. The ids, and the pages they name (``cms.cached_objects``), are
    kept per content version: however large the archive, a page listing them costs at
    most one query by primary key.
    """
    keys = sorted(str(topic.translation_key) for topic in topics)
    types = sorted(types)
    limit = max(1, min(int(limit), MAX_LIMIT))
    excluded = getattr(exclude, "pk", None)
    ids = cached(
        "latest-publications",
        [site_root.pk, ",".join(keys), ",".join(types), limit, excluded],
        lambda: _latest_ids(site_root, keys, types, limit, excluded),
    )
    return publication_cards(ids)


def publication_cards(ids):
    """The publications ``ids``, in their order, with what a card reads of them, kept per content version."""
    from publications.models import PublicationPage

    return cached_objects(PublicationPage, ids, PublicationPage.CARD_FIELDS)


def _latest_ids(site_root, keys, types, limit, excluded):
    """The ids, newest first; topics tested with EXISTS so the date index is walked only until ``limit``."""
    from publications.models import PublicationPage

    publications = live_publications(site_root)
    if keys:
        through = PublicationPage.topics.through
        tagged = through.objects.filter(publicationpage=OuterRef("pk"), topic__translation_key__in=keys)
        publications = publications.filter(Exists(tagged))
    if types:
        publications = publications.filter(publication_type__in=types)
    if excluded is not None:
        publications = publications.exclude(pk=excluded)
    return list(publications.values_list("pk", flat=True)[:limit])


def attached_files(bitmaps, ids):
    """``{id: [(document, language), ...]}`` of the publications ``ids``, their files in the editor's order.

    Which files comes from the index's ``bitmaps`` (None for an id they do not hold), the
    documents themselves from ``cms.cached_objects``: files already kept cost no query.
    """
    attached = {pk: bitmaps.files_of(pk) for pk in ids}
    wanted = sorted({document_id for files in attached.values() for document_id, _language in files or ()})
    documents = {found.pk: found for found in cached_objects(get_document_model(), wanted)}
    return {
        pk: None if files is None else [(documents[file], language) for file, language in files if file in documents]
        for pk, files in attached.items()
    }


def neighbourhood(page, related_count):
    """The live, public publications of ``page``'s index just older and newer by date, and the
    newest ``related_count`` sharing a topic with it.

    Their ids come from the index's option bitmaps (or, for a page not among them, from three
    indexed queries), and the pages they name are kept per content version (``cms.cached_objects``).
    """
    older, newer, *related = _neighbour_ids(page, related_count)
    pages = {found.pk: found for found in publication_cards([pk for pk in (older, newer, *related) if pk])}
    return pages.get(older), pages.get(newer), [pages[pk] for pk in related if pk in pages]


def _neighbour_ids(page, related_count):
    """``[older, newer, *related]``, from the bitmaps (the first page asked in a process after a change builds them).

    The bitmaps answer in microseconds, sooner than the shared cache would. A page not among
    them (in a private section, or a draft in preview) has its ids found in the database,
    kept per content version under its id and date: a draft previewed with another date than
    the live page's has its own entry, since a preview changes no version.
    """
    from publications.bitmaps import bitmaps_for

    bitmaps = bitmaps_for(page.index_page())
    if page.pk in bitmaps.place:
        older, newer, related = bitmaps.neighbours(page.pk, related_count)
        return [older, newer, *related]
    if page.pk is None or page.date is None:
        return _neighbour_ids_in_sql(page, related_count)
    key = [page.pk, page.date.isoformat()]
    return cached("publication-neighbours", key, lambda: _neighbour_ids_in_sql(page, related_count))


def _neighbour_ids_in_sql(page, related_count):
    """By date, then by id; a page never saved (a new one in preview) after those of its date."""
    from publications.models import PublicationPage

    if page.date is None:  # a preview of a form left without its date
        return [None, None]
    siblings = PublicationPage.objects.live().public().sibling_of(page, inclusive=False).values_list("pk", flat=True)
    same_day_older = Q(date=page.date) if page.pk is None else Q(date=page.date, pk__lt=page.pk)
    same_day_newer = Q(pk__in=[]) if page.pk is None else Q(date=page.date, pk__gt=page.pk)
    older = siblings.filter(Q(date__lt=page.date) | same_day_older).order_by("-date", "-pk")
    newer = siblings.filter(Q(date__gt=page.date) | same_day_newer).order_by("date", "pk")
    through = PublicationPage.topics.through
    shared = through.objects.filter(
        publicationpage=OuterRef("pk"), topic__in=through.objects.filter(publicationpage=page.pk).values("topic")
    )
    related = siblings.filter(Exists(shared)).order_by("-date", "-pk")[:related_count]
    return [older.first(), newer.first(), *related]
