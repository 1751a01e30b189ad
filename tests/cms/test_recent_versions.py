"""A stored page or API answer is served from the process's own copy for a moment without asking Redis.

For ``STORED_ANSWER_LOCAL_SECONDS`` after the process last read the content version; a
change made by another process shows after that, one made by this process at once.
"""

import pytest
from django.core.cache import cache

from cms import content_cache
from cms.content_cache import VERSION_KEY
from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def clock(monkeypatch, settings):
    settings.STORED_ANSWER_LOCAL_SECONDS = 1
    now = [1000.0]
    monkeypatch.setattr(content_cache.time, "monotonic", lambda: now[0])
    return now


@pytest.fixture
def about(home):
    page = ContentPageFactory(parent=home, slug="about", title="The first title")
    page.save_revision().publish()
    return page


def changed_elsewhere(page, title):
    """What another app server's publish looks like from here: new rows and a new version in Redis."""
    type(page).objects.filter(pk=page.pk).update(title=title)
    cache.incr(VERSION_KEY)


@pytest.mark.parametrize("url", ["/en/about/", "/api/v2/pages/?type=home.ContentPage"])
def test_a_stored_answer_costs_no_round_trip_for_a_moment(client, about, clock, counting_cache, url):
    client.get(url)
    client.get(url)  # stored, and now read at the version just read
    counting_cache.calls.clear()
    assert "The first title" in client.get(url).content.decode()
    assert counting_cache.calls == []
    clock[0] += 1.5
    assert "The first title" in client.get(url).content.decode()
    assert counting_cache.calls == ["get_many"]  # the version, with the entry


def test_a_change_elsewhere_shows_once_the_moment_is_over(client, about, clock):
    client.get("/en/about/")
    client.get("/en/about/")
    changed_elsewhere(about, "The second title")
    assert "The first title" in client.get("/en/about/").content.decode()
    clock[0] += 1.5
    assert "The second title" in client.get("/en/about/").content.decode()


def test_a_change_made_here_shows_at_once(client, about, clock):
    client.get("/en/about/")
    client.get("/en/about/")
    about.title = "Renamed here"
    about.save_revision().publish()
    assert "Renamed here" in client.get("/en/about/").content.decode()


def test_without_the_setting_every_answer_asks(client, about, clock, settings):
    settings.STORED_ANSWER_LOCAL_SECONDS = 0
    client.get("/en/about/")
    client.get("/en/about/")
    changed_elsewhere(about, "The second title")
    assert "The second title" in client.get("/en/about/").content.decode()
