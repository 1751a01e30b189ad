"""Search through the API: the same results as the page, as data, with clear errors."""

import pytest

pytestmark = pytest.mark.django_db


def test_api_gives_the_same_results_as_the_page(client, searchable):
    data = client.get("/api/v2/search/", {"q": "parliament "}).json()
    page = client.get("/en/search/", {"q": "parliament "}).content.decode()

    assert data["meta"]["total_count"] == 2
    assert [item["title"] for item in data["items"]] == [
        "Release detained members of parliament",
        "Statement on the sham elections",
    ]
    for item in data["items"]:
        assert item["title"] in page
    assert "not a <mark>parliament</mark>" in data["items"][1]["snippet"]
    assert {facet["value"]: facet["count"] for facet in data["facets"]} == {"statement": 1, "report": 1}


def test_api_search_in_burmese_and_on_another_site(client, searchable):
    burmese = client.get("/api/v2/search/", {"q": "ပါလီမန်", "locale": "my"}).json()
    other = client.get("/api/v2/search/", {"q": "democracy", "site": "other.localhost"}).json()

    assert [item["html_path"] for item in burmese["items"]] == ["/my/about/"]
    assert {item["title"] for item in other["items"]} == {"Democracy elsewhere", "Other network"}


def test_api_type_filter_and_paging(client, searchable):
    data = client.get("/api/v2/search/", {"q": "parliament ", "type": "report", "limit": 1}).json()
    assert [item["kind"] for item in data["items"]] == ["report"]
    assert data["meta"] == {
        "total_count": 1,
        "limit": 1,
        "offset": 0,
        "query": "parliament",
        "query_converted_from_zawgyi": False,
    }


@pytest.mark.parametrize(
    ("params", "parameter"),
    [({"q": "x" * 201}, "q"), ({"q": "a\x00"}, "q"), ({"type": "novel"}, "type"), ({"limit": "0"}, "limit")],
)
def test_api_bad_parameters_are_400(client, searchable, params, parameter):
    response = client.get("/api/v2/search/", params)
    assert response.status_code == 400 and response.json()["error"]["parameter"] == parameter


@pytest.mark.parametrize("q", ["", '"', "*", "NEAR(", "OR", "%", "\\", "'; DROP TABLE x; --"])
def test_api_syntax_is_just_text(client, searchable, q):
    assert client.get("/api/v2/search/", {"q": q}).status_code == 200


def test_search_page_query_count_does_not_grow_with_results(client, searchable, django_assert_max_num_queries):
    from tests.factories import ContentPageFactory

    for number in range(30):
        ContentPageFactory(parent=searchable["home"], title=f"Briefing {number}", slug=f"b-{number}", intro="briefing")
    client.get("/en/search/", {"q": "briefing"})
    with django_assert_max_num_queries(12):
        assert client.get("/en/search/", {"q": "briefing"}).status_code == 200


def test_labels_follow_the_locale_searched_never_the_browser(client, searchable):
    """An answer is shared by every client: what the browser prefers must not change it."""
    english = client.get("/api/v2/search/", {"q": "parliament"}, HTTP_ACCEPT_LANGUAGE="my").json()
    burmese = client.get("/api/v2/search/", {"q": "ပါလီမန်", "locale": "my"}, HTTP_ACCEPT_LANGUAGE="en").json()

    assert {facet["label"] for facet in english["facets"]} >= {"Statement", "Report"}
    assert not {facet["label"] for facet in burmese["facets"]} & {"Statement", "Report"}


@pytest.mark.parametrize("named", ["id", "host", "host and port"])
def test_a_repeated_api_search_naming_its_site_reads_only_the_results_shown(
    client, searchable, django_assert_max_num_queries, named
):
    """The site, its home page in the locale and the entries shown come from what is kept per content version."""
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    value = {"id": site.pk, "host": site.hostname, "host and port": f"{site.hostname}:{site.port}"}[named]
    params = {"q": "parliament", "site": value}
    first = client.get("/api/v2/search/", params)
    with django_assert_max_num_queries(0):
        again = client.get("/api/v2/search/", params)
    assert again.status_code == first.status_code == 200
    assert again.json() == first.json() and again.json()["items"]


@pytest.mark.parametrize("value", ["999999", "nowhere.example", "localhost:abc", "localhost:٣"])
def test_a_site_parameter_naming_no_site_is_a_400(client, searchable, value):
    response = client.get("/api/v2/search/", {"q": "parliament", "site": value})
    assert response.status_code == 400
    assert response.json()["error"]["parameter"] == "site"
