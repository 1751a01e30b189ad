"""A query is ranked once per content version; each request then loads only the rows it shows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from cms.content_cache import bump_content_version
from search.indexing import index_created
from search.models import SearchEntry
from search.results import Ranking, search_site
from tests.factories import ContentPageFactory, PublicationPageFactory

pytestmark = pytest.mark.django_db

FULL_TEXT = ("stems_vector", "search_fts")  # what only a ranking query names


def full_text_queries(captured):
    return [query["sql"] for query in captured.captured_queries if any(name in query["sql"] for name in FULL_TEXT)]


def add_briefings(parent, count, start=0):
    for number in range(start, start + count):
        ContentPageFactory(parent=parent, title=f"Briefing {number}", slug=f"b-{number}", intro="briefing")


def test_the_ranking_keeps_the_order_and_counts_of_the_full_text_match(searchable):
    home = searchable["home"]
    result = search_site(home, "parliament ")

    assert list(result.ranking.ids) == list(result.entries.values_list("page_id", flat=True))
    assert result.counts == {"statement": 1, "report": 1} and result.total == 2
    assert [entry.page_id for entry in result.rows(0, 10)] == [searchable["prisoners"].pk, searchable["elections"].pk]
    assert [entry.page_id for entry in search_site(home, "parliament ", "statement").rows(0, 10)] == [
        searchable["elections"].pk
    ]
    assert search_site(home, "parliament ", "statement").total == 1


def test_paging_and_choosing_a_kind_do_not_rank_again(client, searchable):
    add_briefings(searchable["home"], 14)
    client.get("/en/search/", {"q": "briefing"})

    for params in ({"page": 2}, {"type": "page"}, {"type": "report"}):
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/en/search/", {"q": "briefing", **params}).status_code == 200
        assert full_text_queries(captured) == []
    with CaptureQueriesContext(connection) as captured:
        data = client.get("/api/v2/search/", {"q": "briefing", "offset": 10}).json()
    assert full_text_queries(captured) == []
    assert len(data["items"]) == 4 and data["meta"]["total_count"] == 14


def test_a_change_of_content_ranks_again(client, searchable):
    assert "Briefing 0" not in client.get("/en/search/", {"q": "briefing"}).content.decode()

    add_briefings(searchable["home"], 1)  # publishing moves the content version on

    assert "Briefing 0" in client.get("/en/search/", {"q": "briefing"}).content.decode()


def test_a_page_no_longer_live_is_never_shown_even_if_its_entry_remains(client, searchable):
    """The ranking trusts the index; the rows shown are checked against the page tree."""
    Page.objects.filter(pk=searchable["about"].pk).update(live=False)  # no signal: the entry stays
    bump_content_version()

    html = client.get("/en/search/", {"q": "alliance"}).content.decode()
    data = client.get("/api/v2/search/", {"q": "alliance"}).json()

    assert "About the alliance" not in html
    assert data["items"] == []


@pytest.mark.parametrize("language", ["en", "my"])
def test_queries_per_search_page_and_api_answer_do_not_grow_with_the_matches(
    client, searchable, django_assert_max_num_queries, language
):
    home = searchable["home"] if language == "en" else searchable["burmese_about"].get_parent()
    word = "briefing" if language == "en" else "ဒီမိုကရေစီ"
    urls = [(f"/{language}/search/", {"q": word}), ("/api/v2/search/", {"q": word, "locale": language})]
    PublicationPageFactory(parent=searchable["index"], title=word, slug="one", summary=word)
    counted = []
    for path, params in urls:
        client.get(path, params)
        bump_content_version()  # a query never asked: it is ranked in this request
        with CaptureQueriesContext(connection) as captured:
            assert client.get(path, params).status_code == 200
        counted.append(len(captured))

    for number in range(30):
        ContentPageFactory(parent=home, title=f"{word} {number}", slug=f"many-{number}", intro=word)
    for (path, params), before in zip(urls, counted, strict=True):
        bump_content_version()
        with django_assert_max_num_queries(before):
            assert client.get(path, params).status_code == 200


def test_an_empty_ranking_answers_every_question():
    empty = Ranking()
    assert empty.counts() == {} and empty.window("", 0, 10) == [] and empty.window("report", 10, 10) == []


def test_pages_indexed_in_bulk_are_found_by_a_query_ranked_before(client, searchable):
    """``index_created`` writes entries without a page save: it moves the content version on itself."""
    assert "Briefing 0" not in client.get("/en/search/", {"q": "briefing"}).content.decode()
    page = ContentPageFactory(parent=searchable["home"], title="Briefing 0", slug="b-0", intro="briefing")
    SearchEntry.objects.filter(page=page).delete()
    bump_content_version()
    assert "Briefing 0" not in client.get("/en/search/", {"q": "briefing"}).content.decode()  # ranked without it

    index_created([page])

    assert "Briefing 0" in client.get("/en/search/", {"q": "briefing"}).content.decode()


def test_a_result_shows_a_republished_page_as_it_is_now(client, searchable):
    """The entries shown are kept per content version: an edit shows at once, in the page and the API."""
    about = searchable["about"]
    assert "About the alliance" in client.get("/en/search/", {"q": "alliance"}).content.decode()
    about.title = "About the alliance today"
    about.intro = "Parliamentarians for democracy and federalism in Myanmar."
    about.save_revision().publish()

    html = client.get("/en/search/", {"q": "alliance"}).content.decode()
    item = client.get("/api/v2/search/", {"q": "alliance"}).json()["items"][0]
    assert "About the alliance today" in html and "federalism" in html
    assert item["title"] == "About the alliance today" and "federalism" in item["snippet"]
