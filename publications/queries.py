"""Reusable publication queries for pages that list publications."""

from django.db.models import Prefetch


def live_publications(site_root):
    """Live, public publications of one site in the locale of its root."""
    from publications.models import PublicationPage

    return (
        PublicationPage.objects.live()
        .public()
        .descendant_of(site_root)
        .filter(locale_id=site_root.locale_id)
        .order_by("-date", "-pk")
    )


def latest_publications(site_root, topics=(), limit=5):
    """The newest ``limit`` publications of a site, optionally sharing one of ``topics``.

    Topics match on ``translation_key`` so an English topic also selects Burmese pages.
    """
    from publications.models import Topic

    publications = live_publications(site_root)
    keys = [topic.translation_key for topic in topics]
    if keys:
        publications = publications.filter(topics__translation_key__in=keys).distinct()
    return publications.prefetch_related(Prefetch("topics", queryset=Topic.objects.order_by("name")))[:limit]
