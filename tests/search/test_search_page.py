"""The search page: English stemming, prefixes and phrases, Burmese syllables, no leaks, no errors."""

import re

import pytest
from wagtail.models import PageViewRestriction

from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


def titles(client, query, language="en", **extra):
    response = client.get(f"/{language}/search/", {"q": query, **extra})
    assert response.status_code == 200
    return re.findall(r'<h2><a href="[^"]*">([^<]*)</a></h2>', response.content.decode())


def test_stemming_finds_other_forms_of_a_word(client, searchable):
    assert titles(client, "election ") == ["Statement on the sham elections"]
    assert titles(client, "elect ") == ["Statement on the sham elections"]  # elected, elections
    assert set(titles(client, "parliaments ")) == {
        "Release detained members of parliament",
        "Statement on the sham elections",
    }


def test_the_word_being_typed_matches_as_a_prefix(client, searchable):
    assert set(titles(client, "democ")) == {"Home", "About the alliance"}  # democracy
    assert titles(client, "democ ") == []  # a finished word is a whole word
    assert titles(client, "detain memb") == ["Release detained members of parliament"]


def test_phrases_match_words_in_order(client, searchable):
    assert titles(client, '"human rights"') == ["Statement on the sham elections"]
    assert set(titles(client, "human rights ")) == {
        "Statement on the sham elections",
        "Release detained members of parliament",
    }


def test_title_matches_rank_first(client, searchable):
    assert titles(client, "parliament ")[0] == "Release detained members of parliament"


def test_burmese_syllables_match_exactly(client, searchable):
    assert titles(client, "ဒီမိုကရေစီ", "my") == ["မဟာမိတ်အဖွဲ့အကြောင်း"]
    assert titles(client, "ပါလီမန်", "my") == ["မဟာမိတ်အဖွဲ့အကြောင်း"]
    # Absent words that SQLite's default tokenizer would "find" through their bare consonants:
    assert titles(client, "တိုက်", "my") == []
    assert titles(client, "စာ", "my") == []
    assert titles(client, "မြန်မာနိုင်ငံ", "my") == ["မဟာမိတ်အဖွဲ့အကြောင်း"]


def test_zawgyi_queries_are_converted(client, searchable):
    response = client.get("/my/search/", {"q": "ပါလီမန္"})  # "ပါလီမန်" typed in Zawgyi

    assert "မဟာမိတ်အဖွဲ့အကြောင်း" in response.content.decode()
    assert "Zawgyi" in response.content.decode() or "ဇော်ဂျီ" in response.content.decode()


def test_no_leaks_across_sites_or_locales(client, searchable):
    assert set(titles(client, "democracy")) == {"Home", "About the alliance"}  # not "Democracy elsewhere"
    assert titles(client, "elsewhere") == []
    assert titles(client, "ဒီမိုကရေစီ", "en") == []
    assert titles(client, "alliance", "my") == []
    other = client.get("/en/search/", {"q": "democracy"}, HTTP_HOST="other.localhost").content.decode()
    assert "Democracy elsewhere" in other and "About the alliance" not in other


def test_drafts_unpublished_and_private_pages_are_never_found(client, searchable):
    about = searchable["about"]
    about.intro = "Secretword in a draft."
    about.save_revision()
    ContentPageFactory(parent=searchable["home"], title="Hidden", slug="hidden", intro="secretword", live=False)
    assert titles(client, "secretword") == []

    PageViewRestriction.objects.create(
        page=searchable["index"], restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert titles(client, "elections") == []

    assert titles(client, "alliance") == ["About the alliance"]
    searchable["about"].unpublish()
    assert titles(client, "alliance") == []


def test_results_have_highlighted_snippets(client, searchable):
    html = client.get("/en/search/", {"q": "human rights"}).content.decode()

    assert "<mark>Human</mark> <mark>rights</mark>" in html or "<mark>rights</mark>" in html.lower()
    assert "<mark>Rights</mark>" in html


def test_snippets_escape_page_text(client, searchable):
    ContentPageFactory(parent=searchable["home"], title="Markup", slug="markup", intro='AT&T <> unique-word "x"')

    html = client.get("/en/search/", {"q": "unique word"}).content.decode()

    assert "AT&amp;T &lt;&gt; <mark>unique</mark>-<mark>word</mark> &quot;x&quot;" in html


def test_type_filter_and_counts(client, searchable):
    html = client.get("/en/search/", {"q": "parliament "}).content.decode()
    assert "Statement (1)" in html and "Report (1)" in html

    assert titles(client, "parliament ", type="report") == ["Release detained members of parliament"]
    assert titles(client, "parliament ", type="novel")  # an unknown type is ignored


def test_pagination_keeps_the_query(client, searchable):
    for number in range(14):
        ContentPageFactory(parent=searchable["home"], title=f"Briefing {number}", slug=f"b-{number}", intro="briefing")
    first = client.get("/en/search/", {"q": "briefing"}).content.decode()
    second = titles(client, "briefing", page=2)

    assert "?q=briefing&amp;page=2" in first
    assert len(second) == 4


def test_empty_states(client, searchable):
    empty = client.get("/en/search/").content.decode()
    nothing = client.get("/en/search/", {"q": "zzzzqqq"}).content.decode()

    assert "Type a word or a phrase" in empty
    assert "Nothing found for “zzzzqqq”" in nothing and "fewer words" in nothing


@pytest.mark.parametrize(
    "query",
    [
        "",
        " ",
        "x" * 10_000,
        "ဒီမို" * 3000,
        "\x00\x01\x1f",
        '"',
        '""',
        "*",
        "NEAR(",
        "OR",
        "a OR b",
        "AND NOT",
        "%",
        "_",
        "\\",
        "'; DROP TABLE search_searchentry; --",
        "col:value",
        "(((",
        "¶",
        "။",
        "\u200b",
    ],
)
@pytest.mark.parametrize("language", ["en", "my"])
def test_bad_queries_never_fail(client, searchable, query, language):
    response = client.get(f"/{language}/search/", {"q": query, "page": "x"})
    assert response.status_code == 200


def test_long_queries_are_shortened_with_a_notice(client, searchable):
    html = client.get("/en/search/", {"q": "democracy " * 100}).content.decode()
    assert "first 200 characters" in html
