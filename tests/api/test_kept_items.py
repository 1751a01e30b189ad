"""Items of API lists are serialized once per content version and site, and never outlive a change.

A list at a new offset (or with other filters) is a new answer, but most of its items were
shown by another list already: only the others are loaded and serialized.
"""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.api.conftest import make_document
from tests.factories import PublicationIndexPageFactory, PublicationPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(home):
    index = PublicationIndexPageFactory(parent=home, slug="publications")
    for number in range(8):
        publication = PublicationPageFactory(
            parent=index,
            slug=f"p-{number}",
            title=f"Statement {number}",
            date=datetime.date(2024, 1, 1) + datetime.timedelta(days=number),
        )
        publication.save_revision().publish()
    return index


def items(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200
    return response.json()["items"]


def queries_of(client, url):
    with CaptureQueriesContext(connection) as queries:
        found = items(client, url)
    return len(queries), found


@pytest.mark.parametrize(
    "list_url",
    ["/api/v2/pages/?type=publications.PublicationPage&limit=3&offset={}", "/api/v2/publications/?limit=3&offset={}"],
)
def test_a_list_at_a_new_offset_loads_only_the_items_no_list_showed(client, library, list_url):
    items(client, list_url.format(0))
    items(client, list_url.format(3))
    items(client, list_url.format(6))
    queries_before, _ = queries_of(client, list_url.format(1))  # each item was shown by another list
    kept = items(client, list_url.format(1))

    cache.clear()
    queries_cold, built = queries_of(client, list_url.format(1))

    assert kept == built  # the same items as when nothing was kept
    assert len(built) == 3
    assert queries_before < queries_cold
    assert queries_before <= 1  # the ids of the new page of the list; every item is kept


def test_an_item_changes_with_its_page(client, library):
    url = "/api/v2/publications/?limit=8"
    first = items(client, url)
    page = library.get_children().get(slug="p-7").specific
    page.title = "Statement renamed"
    page.save_revision().publish()

    again = items(client, "/api/v2/publications/?limit=8&offset=0")  # another URL, the same item

    assert first[0]["title"] == "Statement 7"
    assert again[0]["title"] == "Statement renamed"


def test_items_hold_the_links_of_the_host_they_were_made_for(client, library):
    """Made for another host than a site's own, an item is neither kept nor read: its file links name that host."""
    page = library.get_children().get(slug="p-7").specific
    page.documents.create(document=make_document("Full text", "full.pdf"), language="en")
    page.save_revision().publish()

    def document_url(offset, **extra):
        return items(client, f"/api/v2/publications/?limit=2&offset={offset}", **extra)[0]["documents"][0]["url"]

    elsewhere = document_url(0, HTTP_HOST="elsewhere.localhost")
    own = document_url(0)
    own_again = document_url("00")  # another spelling, answered afresh: the item is read
    elsewhere_again = document_url("000", HTTP_HOST="elsewhere.localhost")

    assert elsewhere.startswith("http://elsewhere.localhost/")
    assert own.startswith("http://testserver/") and own_again == own
    assert elsewhere_again.startswith("http://elsewhere.localhost/")
