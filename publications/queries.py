"""Reusable publication queries for pages that list publications."""

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
    list does not filter.
    """
    publications = live_publications(site_root)
    keys = [topic.translation_key for topic in topics]
    if keys:
        publications = publications.filter(topics__translation_key__in=keys).distinct()
    if types:
        publications = publications.filter(publication_type__in=list(types))
    if exclude is not None:
        publications = publications.exclude(pk=exclude.pk)
    return publications[: max(1, min(int(limit), MAX_LIMIT))]
