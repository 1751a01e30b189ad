"""The publications endpoint: the HTML index's filters, sorting and facets, with offsets and limits."""

import datetime

import pytest

from publications.listing import PublicationListing
from tests.factories import (
    CountryFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
    TopicFactory,
    make_home,
)
from tests.module_data import fresh, references, rolled_back

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def built_library(django_db_setup, django_db_blocker):
    """``library``, built once for the module and rolled back after its last test."""
    with rolled_back(django_db_blocker):
        yield references(build_library(make_home("home-api-library")))


@pytest.fixture
def library(db, built_library):
    """14 publications of two types, three topics, two countries and years; some with Burmese files."""
    return fresh(built_library)


def build_library(home):
    index = PublicationIndexPageFactory(parent=home, slug="publications")
    topics = [TopicFactory(slug=slug, name=slug.title()) for slug in ("democracy", "women", "justice")]
    countries = [CountryFactory(code=code, name=code.upper()) for code in ("mm", "th")]
    for number in range(14):
        publication = PublicationPageFactory(
            parent=index,
            title=f"Publication {number:02d}",
            slug=f"publication-{number}",
            publication_type=("statement", "report")[number % 2],
            date=datetime.date(2020 + number % 3, 1 + number % 12, 1),
            topics=topics[number % 3 : number % 3 + 1],
            countries=countries[: 1 + number % 2],
        )
        if number % 4 == 0:
            publication.documents.create(document=_document(number), language="my")
            publication.save_revision().publish()
    return index


def _document(number):
    from tests.api.conftest import make_document

    return make_document(f"File {number}", f"file-{number}.pdf")


QUERIES = [
    "",
    "type=report",
    "topic=democracy&topic=women",
    "country=th&year=2021",
    "lang=my",
    "sort=title",
    "sort=oldest&type=statement",
    "q=publication&sort=relevance",
]


@pytest.mark.parametrize("query", QUERIES)
def test_same_results_and_facets_as_the_html_index(client, rf, library, query):
    data = client.get(f"/api/v2/publications/?limit=100&{query}").json()

    request = rf.get(f"/en/publications/?{query}")
    listing = PublicationListing(library, request, page_size=100)
    expected = [facts.pk for facts in listing.paginator.object_list]
    assert [item["id"] for item in data["items"]] == expected
    assert data["meta"]["total_count"] == len(expected)
    for facet, group in zip(data["facets"], listing.option_groups(), strict=True):
        assert facet["name"] == group["name"]
        assert [(o["value"], o["count"], o["selected"]) for o in facet["options"]] == [
            (o["value"], o["count"], o["selected"]) for o in group["options"]
        ]


def test_items_have_what_a_card_and_a_filter_chip_need(client, library):
    item = client.get("/api/v2/publications/?lang=my&limit=1").json()["items"][0]

    assert set(item) >= {"id", "title", "url", "html_path", "publication_type", "date", "summary", "topics"}
    assert item["documents"][0]["language"] == "my"
    assert item["topics"][0]["taxonomy"] == "topic"
    assert {country["value"] for country in item["countries"]} <= {"mm", "th"}


def test_offset_and_limit_walk_through_the_results(client, library):
    everything = [item["id"] for item in client.get("/api/v2/publications/?limit=100").json()["items"]]
    pages = [client.get(f"/api/v2/publications/?limit=5&offset={offset}").json() for offset in (0, 5, 10)]

    assert [item["id"] for page in pages for item in page["items"]] == everything
    assert [page["meta"]["offset"] for page in pages] == [0, 5, 10]


def test_burmese_listing_has_burmese_labels(client, library, burmese):
    from cms.translation import translate_page

    translate_page(library.get_parent().specific, burmese)
    translate_page(library, burmese)

    data = client.get("/api/v2/publications/?locale=my").json()

    assert data["meta"]["index"]["html_path"] == "/my/publications/"
    assert data["facets"][0]["label"] == "အမျိုးအစား"


def test_zawgyi_query_is_converted(client, library):
    data = client.get("/api/v2/publications/", {"q": "ျမန္မာ"}).json()  # "မြန်မာ" typed in Zawgyi

    assert data["meta"]["query"] == "မြန်မာ"
    assert data["meta"]["query_converted_from_zawgyi"] is True


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("type=novel", "type"),
        ("topic=unknown", "topic"),
        ("topic=democracy&topic=unknown", "topic"),
        ("year=1999", "year"),
        ("lang=fr", "lang"),
        ("sort=random", "sort"),
        ("index=999999", "index"),
        ("limit=500", "limit"),
        ("page=2", "page"),
        ("q=" + "x" * 201, "q"),
        ("year=2020&year=2021", "year"),
    ],
)
def test_bad_filters_are_400_naming_the_parameter(client, library, query, parameter):
    response = client.get(f"/api/v2/publications/?{query}")

    assert response.status_code == 400
    assert response.json()["error"]["parameter"] == parameter


@pytest.mark.parametrize("q", ['"', "*", "NEAR(", "OR", "a OR b AND", "%", "'; DROP TABLE", "ဒီမိုကရေစီ" * 20])
def test_search_syntax_is_never_an_error(client, library, q):
    response = client.get("/api/v2/publications/", {"q": q})
    assert response.status_code == 200


def test_a_site_without_an_index_is_404(client, home):
    response = client.get("/api/v2/publications/")
    assert response.status_code == 404
