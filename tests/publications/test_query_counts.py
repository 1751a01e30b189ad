"""Query budgets: the index, its feeds and publication pages cost the same whatever the library's size.

The visitor carries a cookie so the whole-page cache never answers: these are the
queries of rendering the page. The two libraries (5 and 60 publications, each on a site of
its own) are built once for the module and rolled back after its last test.
"""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site
from wagtail_factories import ImageFactory

from cms.models import SiteBranding
from taxonomy.models import Country, Topic
from tests.factories import (
    CountryFactory,
    HomePageFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
    TopicFactory,
)

# With the caches warm the route, the pages, their ids and counts, branding and logo come from
# the cache (``cms.cached_objects``), and so do a publication's documents, topics and countries.
# Left: the text search (the index), the newest rows (feeds). The same at 5 and at 60.
INDEX_BUDGET = 2
FEED_BUDGET = 2
INDEX_COLD_BUDGET = 22
PAGE_BUDGET = 0


SIZES = [5, 60]


def host(size):
    return f"library-{size}.localhost"


def build_library(home, size, topics=None, countries=None):
    branding = SiteBranding.objects.get(site__root_page=home)
    branding.logo = ImageFactory(title="Logo")
    branding.save()
    index = PublicationIndexPageFactory(parent=home, slug="publications")
    topics = topics or [TopicFactory(slug=f"topic-{n}") for n in range(4)]
    countries = countries or [CountryFactory(code=code, name=code.upper()) for code in ("mm", "th", "id")]
    start = datetime.date(2020, 1, 1)
    for number in range(size):
        PublicationPageFactory(
            parent=index,
            title=f"Publication {number}",
            publication_type=("statement", "report", "letter")[number % 3],
            date=start + datetime.timedelta(days=40 * number),
            topics=topics[number % 4 : number % 4 + 2],
            countries=countries[: 1 + number % 3],
        )
    return index


def shared_terms():
    """The topics and countries of the module's libraries when they are built, else None (made anew)."""
    topics = list(Topic.objects.filter(slug__startswith="topic-").order_by("slug"))
    countries = list(Country.objects.filter(code__in=("mm", "th", "id")).order_by("pk"))
    return (topics or None), (countries or None)


@pytest.fixture(scope="module")
def libraries(django_db_setup, django_db_blocker):
    """Each size's index, on a site of its own (``host(size)``), sharing topics and countries."""
    with django_db_blocker.unblock(), transaction.atomic():
        Site.objects.all().delete()
        topics = [TopicFactory(slug=f"topic-{n}") for n in range(4)]
        countries = [CountryFactory(code=code, name=code.upper()) for code in ("mm", "th", "id")]
        indexes = {}
        for size in SIZES:
            home = HomePageFactory(parent=Page.get_first_root_node(), title="Home", slug=f"library-{size}")
            site = Site.objects.create(hostname=host(size), port=80, root_page=home, is_default_site=size == SIZES[0])
            SiteBranding.objects.create(site=site, name="Test Alliance", short_name="TA", contact_email="a@example.org")
            indexes[size] = build_library(home, size, topics, countries)
        yield indexes
        transaction.set_rollback(True)


@pytest.fixture
def client(client):
    client.cookies["uncached"] = "1"
    return client


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(
    "query",
    [
        "",
        "?type=statement",
        "?topic=topic-1&topic=topic-2&country=th&year=2021&sort=title",
        "?q=publication&page=2",
        "?lang=en&page=9",
    ],
)
def test_index_page_query_budget(db, libraries, client, django_assert_max_num_queries, size, query):
    url = f"/en/publications/{query}"
    assert client.get(url, HTTP_HOST=host(size)).status_code == 200  # renditions and caches warm up
    with django_assert_max_num_queries(INDEX_BUDGET):
        assert client.get(url, HTTP_HOST=host(size)).status_code == 200


def test_cold_cache_query_count_does_not_grow_with_the_library(client, home):
    """Right after content changes, the index costs more queries, but not more per publication."""
    index = build_library(home, 5, *shared_terms())

    def cold_count():
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/en/publications/?type=report&topic=topic-1").status_code == 200
        return len(queries)

    client.get("/en/publications/")  # the logo's rendition is made once, on first view
    small = cold_count()
    start = datetime.date(2010, 1, 1)
    for number in range(55):
        PublicationPageFactory(parent=index, title=f"More {number}", date=start + datetime.timedelta(days=number))
    assert cold_count() == small <= INDEX_COLD_BUDGET


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("feed", ["rss", "atom"])
def test_feed_query_budget(db, libraries, client, django_assert_max_num_queries, size, feed):
    url = f"/en/publications/feed/{feed}/?topic=topic-1&country=mm"
    assert client.get(url, HTTP_HOST=host(size)).status_code == 200
    with django_assert_max_num_queries(FEED_BUDGET):
        assert client.get(url, HTTP_HOST=host(size)).status_code == 200


@pytest.mark.parametrize("size", SIZES)
def test_publication_page_query_budget(db, libraries, client, django_assert_max_num_queries, size):
    page = libraries[size].get_children().live().specific().order_by("path")[size // 2]
    _site_id, _root_url, path = page.get_url_parts()
    client.cookies["returning"] = "1"  # a cookie the page cache does not know: the page is rendered
    client.get(path, HTTP_HOST=host(size))
    with django_assert_max_num_queries(PAGE_BUDGET):
        assert client.get(path, HTTP_HOST=host(size)).status_code == 200
