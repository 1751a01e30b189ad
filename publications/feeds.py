"""RSS and Atom feeds of a publication index, honouring the index's filters."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from cms.control_chars import strip_control_chars
from cms.models import SiteBranding

FEED_SIZE = 20


def _cleaned(value):
    if isinstance(value, (list, tuple)):
        return [strip_control_chars(item) for item in value]
    return strip_control_chars(value)


class ControlCharsStripped:
    """A feed generator that drops control characters, which XML 1.0 cannot carry.

    Text already stored (from before the admin stripped them, or from an import) must
    not make the whole feed fail.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*[_cleaned(arg) for arg in args], **{key: _cleaned(value) for key, value in kwargs.items()})

    def add_item(self, *args, **kwargs):
        super().add_item(*[_cleaned(arg) for arg in args], **{key: _cleaned(value) for key, value in kwargs.items()})


class RssFeed(ControlCharsStripped, Rss201rev2Feed):
    pass


class AtomFeed(ControlCharsStripped, Atom1Feed):
    pass


class PublicationFeed(Feed):
    """The newest publications of one index, filtered by the request's query string."""

    feed_type = RssFeed

    def __init__(self, index, listing, request):
        super().__init__()
        self.index = index
        self.listing = listing
        self.request = request

    def title(self):
        """The index's title and the network's name: a feed reader lists many sites' "Publications"."""
        branding = SiteBranding.for_request(self.request)
        site_name = branding.name_for(translation.get_language()) if branding.name else ""
        return f"{self.index.title} · {site_name}" if site_name else self.index.title

    def link(self):
        return self.index.get_full_url(self.request)

    def description(self):
        return self.index.search_description or self.index.title

    def feed_url(self):
        return self.request.build_absolute_uri()

    def items(self):
        return self.listing.newest(FEED_SIZE)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(12)))

    def item_categories(self, item):
        return [item.get_publication_type_display()]


class PublicationAtomFeed(PublicationFeed):
    feed_type = AtomFeed

    def subtitle(self):
        return self.description()
