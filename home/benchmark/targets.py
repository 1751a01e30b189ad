"""What ``make bench`` requests: pages and API answers found in the database, each cached and uncached.

*Cached* repeats one URL: pages come from the whole-page cache, API answers from the
API's cache. *Uncached* makes the server do the work each time with its data caches
warm (navigation, filter options): pages are asked by a visitor carrying a cookie, which
the page cache never answers; API answers cycle through URLs not asked before (other
offsets, other pages, other words), each asked once a round: a small archive offers fewer.

Site search and the index's text filter look for the word found in most titles of each
language, so that they show a full page of results at 100 publications as at 10,000: a
search costs by the results it shows, and rows that showed 3 results at one size and 20
at the other would not compare the archive's size.
"""

import math
import re
from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

from django.templatetags.static import static
from wagtail.models import Site

from home.benchmark.load import BYPASS_COOKIE
from home.models import CampaignPage
from network.models import NetworkPage
from publications.models import PublicationIndexPage, PublicationPage

BARE_PATH = "/bench/bare"
STATIC_FILE = "css/site.css"
API_LIMIT = 20
WORD = re.compile(r"[A-Za-z]{5,}")
BURMESE_WORD = re.compile(r"[\u1000-\u1049\u104c-\u109f]{2,}")  # Myanmar letters, without the section marks


@dataclass(frozen=True)
class Target:
    name: str
    host: str
    paths: tuple
    api: bool = False

    @property
    def path(self):
        return self.paths[0]

    def requests(self, cached, count, start=0):
        """``count`` requests as ``(path, host, cookie)``; see the module's docstring for *uncached*.

        Uncached API requests are the new URLs from the ``start``-th on, never one asked again
        (its answer would be stored): a small archive may have fewer than ``count`` to give.
        """
        if cached:
            return [(self.path, self.host, None)] * count
        if self.api and len(self.paths) > 1:
            return [(path, self.host, None) for path in self.paths[1:][start : start + count]]
        return [(self.path, self.host, BYPASS_COOKIE)] * count


def address(page):
    """The Host header of ``page``'s site and the page's path, as Wagtail routes them."""
    _site_id, root_url, path = page.get_url_parts()
    return urlsplit(root_url).netloc, path


def floors():
    default = Site.objects.get(is_default_site=True)
    host = f"{default.hostname}:{default.port}" if default.port not in (80, 443) else default.hostname
    return [
        Target("bare Django view", host, (BARE_PATH,)),
        Target("static file (WhiteNoise)", host, (static(STATIC_FILE),)),
    ]


def discover(requests):
    """Every target of the report, read from the content in the database."""
    index = PublicationIndexPage.objects.live().filter(locale__language_code="en").order_by("-numchild", "pk").first()
    if index is None:
        raise LookupError("No live English publication index: seed the database first.")
    host, index_path = address(index)
    site = Site.objects.get(root_page=index.get_parent())
    publications = index.publications().order_by("date", "pk")
    total = publications.count()
    middle = publications[total // 2]
    english_titles = publications.values_list("title", flat=True)
    english_word = _common_word(english_titles, lambda title: (word.lower() for word in WORD.findall(title)))
    burmese_titles = PublicationPage.objects.filter(
        locale=_locale("my"), translation_key__in=publications.values("translation_key")
    ).values_list("title", flat=True)
    burmese_word = _common_word(burmese_titles, BURMESE_WORD.findall) or english_word
    return [
        *_pages(host, index_path, middle, total, english_word, burmese_word),
        *_api(host, site, index, publications, total, english_word, burmese_word, requests),
    ]


def _pages(host, index_path, middle, total, english_word, burmese_word):
    topic = middle.topics.order_by("pk").first()
    two_filters = {"type": middle.publication_type, **({"topic": topic.slug} if topic else {})}
    last_page = max(1, math.ceil(total / PublicationIndexPage.PAGE_SIZE))
    targets = [
        Target("home", host, ("/en/",)),
        Target("index", host, (index_path,)),
        Target("index, two filters", host, (f"{index_path}?{urlencode(two_filters)}",)),
        Target("index, text", host, (f"{index_path}?{urlencode({'q': english_word})}",)),
        Target("index, last page", host, (f"{index_path}?page={last_page}",)),
        Target("publication page", *_single(middle)),
        Target("RSS feed", host, (f"{index_path}feed/rss/",)),
        Target("Atom feed", host, (f"{index_path}feed/atom/",)),
        Target("search (English)", host, (f"/en/search/?{urlencode({'q': english_word})}",)),
        Target("search (Burmese)", host, (f"/my/search/?{urlencode({'q': burmese_word})}",)),
    ]
    for name, model in (("campaign", CampaignPage), ("network", NetworkPage)):
        page = model.objects.live().filter(locale__language_code="en").order_by("pk").first()
        if page is not None:
            targets.append(Target(name, *_single(page)))
    return targets


def _api(host, site, index, publications, total, english_word, burmese_word, requests):
    # Full lists only: past the end of a small archive a list would be short, and cheap.
    offsets = range(0, min(max(1, requests), max(1, total - API_LIMIT)) + 1)
    details = list(publications.values_list("pk", flat=True)[: requests + 1])
    words = [_word(title) for title in publications.values_list("title", flat=True)[: requests + 1]]
    return [
        Target("API pages list", host, tuple(f"/api/v2/pages/?limit={API_LIMIT}&offset={n}" for n in offsets), True),
        Target(
            "API publications list",
            host,
            tuple(f"/api/v2/publications/?index={index.pk}&limit={API_LIMIT}&offset={n}" for n in offsets),
            True,
        ),
        Target("API page detail", host, tuple(f"/api/v2/pages/{pk}/" for pk in details), True),
        Target(
            "API search (English)",
            host,
            tuple(f"/api/v2/search/?{urlencode({'q': word, 'site': site.pk, 'locale': 'en'})}" for word in words),
            True,
        ),
        Target(
            "API search (Burmese)",
            host,
            (f"/api/v2/search/?{urlencode({'q': burmese_word, 'site': site.pk, 'locale': 'my'})}",),
            True,
        ),
    ]


def _single(page):
    host, path = address(page)
    return host, (path,)


def _common_word(titles, words_of):
    """The word in most of ``titles`` (the first in alphabetical order among equals), or None."""
    counts = Counter(word for title in titles for word in set(words_of(title)))
    return min(counts, key=lambda word: (-counts[word], word)) if counts else None


def _word(title):
    words = WORD.findall(title)
    return max(words, key=len).lower() if words else title.split()[0]


def _locale(code):
    from wagtail.models import Locale

    return Locale.objects.get(language_code=code)
