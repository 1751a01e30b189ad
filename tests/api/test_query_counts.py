"""Query budgets: list endpoints cost the same for 5 items as for 20; details are bounded.

Two states are measured. *Fresh answer*: this URL's answer is not cached, the shared
data (site paths, publication facts) is, as when a front end asks something new.
*Cold*: right after content changed, nothing is cached at all.
"""

import datetime
import json

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail_factories import ImageFactory

from tests.api.conftest import make_document
from tests.factories import ContentPageFactory, PublicationIndexPageFactory, PublicationPageFactory, TopicFactory

pytestmark = pytest.mark.django_db
LIST_BUDGET = 10
LIST_COLD_BUDGET = 16
DETAIL_BUDGET = 30
LISTS = [
    "/api/v2/pages/?limit=100",
    "/api/v2/pages/?type=publications.PublicationPage&locale=en",
    "/api/v2/publications/?limit=100",
    "/api/v2/publications/?topic=topic-a&sort=title&limit=100",
    "/api/v2/images/?limit=100",
    "/api/v2/documents/?limit=100",
    "/api/v2/sites/",
]


def build(home, size):
    index = PublicationIndexPageFactory(parent=home, slug="publications", show_in_menus=True)
    topic = TopicFactory(slug="topic-a")
    images = [ImageFactory(title=f"Image {number}") for number in range(size)]
    gallery = ContentPageFactory(parent=home, slug="gallery", show_in_menus=True)
    gallery.body = json.dumps([{"type": "image", "value": {"image": image.pk, "alt_text": "x"}} for image in images])
    gallery.save_revision().publish()
    for number in range(size):
        publication = PublicationPageFactory(
            parent=index, slug=f"p-{number}", date=datetime.date(2021, 1, 1) + datetime.timedelta(days=number)
        )
        publication.topics.set([topic])
        publication.documents.create(document=make_document(f"Document {number}", f"d{number}.pdf"), language="en")
        publication.save_revision().publish()
    return index


def cold_queries(client, url):
    """Queries of one request with an empty cache (renditions already made)."""
    client.get(url)
    cache.clear()
    return counted(client, url)


def fresh_answer_queries(client, url, monkeypatch):
    """Queries of one request whose answer is not cached while the data caches are warm."""
    client.get(url)
    monkeypatch.setattr("cms.api.http.answer_key", lambda request: None)
    return counted(client, url)


def counted(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.json()


def test_list_endpoints_cost_the_same_for_5_items_as_for_20(client, home, monkeypatch, subtests):
    """One library measured at both sizes: building it is the slow part, so every list shares it."""
    build(home, 5)
    small = {url: cold_queries(client, url)[0] for url in LISTS}
    build_more(home, 15)
    for url in LISTS:
        with subtests.test("cold", url=url):
            large, _ = cold_queries(client, url)
            assert large == small[url] <= LIST_COLD_BUDGET
    for url in LISTS:
        with subtests.test("fresh answer", url=url):
            count, data = fresh_answer_queries(client, url, monkeypatch)
            assert count <= LIST_BUDGET
            if "sites" not in url and "topic" not in url:
                assert len(data["items"]) >= 20


def build_more(home, count):
    index = home.get_children().type(PublicationIndexPageFactory._meta.model).first()
    topic = TopicFactory._meta.model.objects.get(slug="topic-a")
    gallery = home.get_children().get(slug="gallery").specific
    images = [ImageFactory(title=f"More {number}") for number in range(count)]
    gallery.body = json.dumps(
        [*gallery.body.raw_data, *({"type": "image", "value": {"image": i.pk, "alt_text": "y"}} for i in images)]
    )
    gallery.save_revision().publish()
    for number in range(count):
        publication = PublicationPageFactory(parent=index, slug=f"more-{number}", date=datetime.date(2022, 1, 1))
        publication.topics.set([topic])
        publication.documents.create(document=make_document(f"More {number}", f"m{number}.pdf"), language="my")
        publication.save_revision().publish()


@pytest.mark.parametrize("key", ["home", "about", "campaign", "network", "index"])
def test_page_details_are_bounded(client, content, key):
    count, _ = cold_queries(client, f"/api/v2/pages/{content[key].pk}/")
    assert count <= DETAIL_BUDGET


def test_publication_detail_is_bounded(client, content):
    count, _ = cold_queries(client, f"/api/v2/pages/{content['publications'][1].pk}/")
    assert count <= DETAIL_BUDGET


def test_a_warm_answer_costs_at_most_two_queries(client, content, django_assert_max_num_queries):
    url = f"/api/v2/pages/{content['about'].pk}/"
    client.get(url)
    with django_assert_max_num_queries(2):
        assert client.get(url).status_code == 200


def test_a_publication_no_one_asked_for_yet_costs_four_queries(client, content):
    """Its row with its translations, the documents of its files not kept yet, its neighbours'
    cards and a statement's signature counts; the page types, the index's bitmaps (its topics,
    countries and which files) and the taxonomies are read once per content version."""
    first, _second, third = content["publications"]
    assert client.get(f"/api/v2/pages/{first.pk}/").status_code == 200
    count, data = counted(client, f"/api/v2/pages/{third.pk}/")
    assert count <= 4
    assert [term["value"] for term in data["content"]["topics"]] == ["democracy"]
    assert [term["value"] for term in data["content"]["countries"]] == ["mm"]


def test_an_id_no_public_page_has_is_not_looked_up_once_the_page_types_are_read(client, content):
    client.get(f"/api/v2/pages/{content['about'].pk}/")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/api/v2/pages/999999/")
    assert response.status_code == 404
    assert not [query for query in queries if "wagtailcore_page" in query["sql"]]  # only Wagtail's redirect lookup


def test_a_pages_list_at_a_new_offset_reads_only_its_new_page(client, content):
    """The ids in order are read once per content version; the summary of the one page no
    list showed yet costs its row and its translations."""
    first = client.get("/api/v2/pages/?limit=2&offset=0").json()
    count, data = counted(client, "/api/v2/pages/?limit=2&offset=1")
    assert count <= 2
    assert data["meta"]["total_count"] == first["meta"]["total_count"]
    assert data["items"][0] == first["items"][1]


def test_a_pages_list_shows_a_page_published_since_it_was_read(client, content):
    before = client.get("/api/v2/pages/?locale=en&limit=100").json()
    ContentPageFactory(parent=content["home"], title="Published later", slug="later").save_revision().publish()
    after = client.get("/api/v2/pages/?locale=en&limit=100").json()
    assert after["meta"]["total_count"] == before["meta"]["total_count"] + 1
    assert "Published later" in [item["title"] for item in after["items"]]
