import pytest
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Locale

from cms import content_cache
from tests.factories import CountryFactory, PublicationIndexPageFactory, PublicationPageFactory, make_home


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: ids repeat between tests, cached pages would not."""
    cache.clear()
    content_cache.local_copies().clear()
    yield
    cache.clear()
    content_cache.local_copies().clear()


@pytest.fixture(autouse=True)
def language_of_each_test_its_own():
    """A request to a Burmese page leaves Burmese active in the thread: the next test starts in English."""
    yield
    translation.deactivate()


@pytest.fixture
def burmese(db):
    return Locale.objects.get(language_code="my")


@pytest.fixture
def home(db):
    return make_home()


@pytest.fixture
def countries(db):
    """English countries by code."""
    return {
        "mm": CountryFactory(name="Myanmar", code="mm"),
        "th": CountryFactory(name="Thailand", code="th"),
        "gb": CountryFactory(name="United Kingdom", code="gb"),
    }


@pytest.fixture
def statement(home, countries):
    """A statement open for signatures at /en/publications/release/."""
    index = PublicationIndexPageFactory(parent=home, slug="publications")
    page = PublicationPageFactory(
        parent=index, title="Release the detained MPs", slug="release", open_for_signatures=True
    )
    page.save_revision().publish()
    return page


class CountingCache:
    """The shared cache, counting the round trips made through it."""

    def __init__(self, cache):
        self.cache = cache
        self.calls = []

    def __getattr__(self, name):
        method = getattr(self.cache, name)

        def counted(*args, **kwargs):
            self.calls.append(name)
            return method(*args, **kwargs)

        return counted


@pytest.fixture
def counting_cache(monkeypatch):
    counting = CountingCache(cache)
    monkeypatch.setattr(content_cache, "cache", counting)
    return counting
