"""RSS and Atom feeds of a publication index, honouring the index's filters."""

import datetime
from urllib.parse import quote

from django.contrib.syndication.views import Feed
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.functional import cached_property
from django.utils.http import RFC3986_SUBDELIMS

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

    @cached_property
    def _index_url(self):
        return self.index.get_full_url(self.request)

    def item_link(self, item):
        """The index's URL and the item's own part of its path, quoted as Django's ``reverse`` quotes it.

        The items are the index's children, so this is the URL Wagtail writes for them; asking
        Wagtail for each of them (twice, with the guid) was a third of a feed's time.
        """
        return self._index_url + quote(item.url_path[len(self.index.url_path) :], safe=RFC3986_SUBDELIMS + "/~:@")

    def item_guid(self, item):
        return self.item_link(item)

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(12)))

    def item_categories(self, item):
        return [item.get_publication_type_display()]


class PublicationAtomFeed(PublicationFeed):
    feed_type = AtomFeed

    def subtitle(self):
        return self.description()
