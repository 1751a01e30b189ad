"""A publication's card is rendered once per content version and language, wherever it is listed."""

import datetime

from django.utils import translation

from publications import listing
from publications.templatetags.publication_tags import publication_card
from tests.factories import PublicationIndexPageFactory, PublicationPageFactory


def test_a_card_follows_a_published_change_everywhere_it_is_listed(client, home):
    index = PublicationIndexPageFactory(parent=home, slug="publications")
    page = PublicationPageFactory(parent=index, title="First title", date=datetime.date(2024, 5, 1))
    client.cookies["uncached"] = "1"  # rendered each time, not served from the page cache
    for url in (index.url, home.url):
        assert "First title" in client.get(url).content.decode()

    page.title = "Second title"
    page.save_revision().publish()
    for url in (index.url, home.url):
        html = client.get(url).content.decode()
        assert "Second title" in html and "First title" not in html


def test_a_card_is_kept_per_language(client, home, burmese):
    index = PublicationIndexPageFactory(parent=home, slug="publications")
    PublicationPageFactory(parent=index, title="Dated", date=datetime.date(2024, 5, 1))
    client.cookies["uncached"] = "1"
    english = client.get(index.url).content.decode()
    with translation.override("my"):
        card = publication_card({"request": None}, index.get_children().specific().first())
    assert "2024" in english and "၂၀၂၄" in card


def test_an_index_page_loads_only_the_publications_whose_card_is_not_kept(client, home, monkeypatch):
    index = PublicationIndexPageFactory(parent=home, slug="publications")
    pages = [
        PublicationPageFactory(parent=index, title=f"Publication {number}", date=datetime.date(2024, 5, 1 + number))
        for number in range(12)
    ]
    client.cookies["uncached"] = "1"
    home_html = client.get(home.url).content.decode()
    on_home = {page.pk for page in pages if f"{page.title}<" in home_html}
    assert 0 < len(on_home) < len(pages)  # the home page keeps the cards of the newest
    loaded = []
    real = listing.cached_objects

    def recorded(model, ids, fields=()):
        loaded.append(set(ids))
        return real(model, ids, fields)

    monkeypatch.setattr(listing, "cached_objects", recorded)
    first = client.get(index.url).content.decode()
    assert loaded == [{page.pk for page in pages} - on_home]
    loaded.clear()
    again = client.get(index.url).content.decode()
    assert loaded == [] and again == first
    shown = [first.index(f"Publication {number}<") for number in reversed(range(12))]
    assert shown == sorted(shown)  # newest first, as before
