"""The publication index: every filter alone and combined, counts, sorting, paging, feeds."""

import datetime
import re

import pytest
from defusedxml import ElementTree as ET

from cms.translation import translate_page
from publications.listing import OrderedPublications
from publications.models import PublicationPage
from tests.factories import (
    PublicationIndexPageFactory,
    PublicationPageFactory,
    TopicFactory,
)

URL = "/en/publications/"


def titles(html):
    """Publication titles in the result list, in order."""
    listing = html.split('class="publication-list"', 1)[1] if 'class="publication-list"' in html else ""
    return re.findall(r'class="publication-card__title"[^>]*><a href="[^"]*">([^<]*)</a>', listing)


def count_line(html):
    match = re.search(r'class="result-count" role="status">([^<]*)<', html)
    return match.group(1) if match else None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            "type=statement",
            {"Release the detained MPs", "Elections under martial law are a sham", "Zero tolerance for executions"},
        ),
        (
            "topic=political-prisoners",
            {"Release the detained MPs", "Report on detention conditions", "Zero tolerance for executions"},
        ),
        (
            "topic=elections&topic=humanitarian-aid",
            {
                "Elections under martial law are a sham",
                "Zero tolerance for executions",
                "Aid across the border",
                "A letter on humanitarian access",
            },
        ),
        ("country=th", {"Report on detention conditions", "Aid across the border"}),
        (
            "country=mm&country=th",
            {
                "Release the detained MPs",
                "Elections under martial law are a sham",
                "Report on detention conditions",
                "Aid across the border",
                "Zero tolerance for executions",
            },
        ),
        (
            "year=2021",
            {"Release the detained MPs", "Report on detention conditions", "A letter on humanitarian access"},
        ),
        ("lang=my", {"Release the detained MPs", "Aid across the border", "Zero tolerance for executions"}),
        ("q=detained", {"Release the detained MPs"}),
        ("type=statement&topic=political-prisoners&year=2021", {"Release the detained MPs"}),
        ("topic=political-prisoners&country=th&lang=en", {"Report on detention conditions"}),
        ("type=statement&lang=my&country=mm&topic=elections", {"Zero tolerance for executions"}),
        ("q=executions&type=statement", {"Zero tolerance for executions"}),
    ],
)
def test_each_filter_alone_and_combined(client, library, query, expected):
    html = client.get(f"{URL}?{query}").content.decode()
    assert set(titles(html)) == expected


def test_counts_say_what_each_option_would_give(client, library):
    html = client.get(f"{URL}?type=statement").content.decode()
    # With type=statement: two statements have political prisoners, two elections, none aid.
    assert re.search(r'value="political-prisoners"> Political prisoners <span class="count">\(2\)', html)
    assert re.search(r'value="elections"> Elections <span class="count">\(2\)', html)
    assert re.search(r'value="humanitarian-aid"> Humanitarian aid <span class="count">\(0\)', html)
    # The type counts ignore the type filter itself: one report, one press release.
    assert '<option value="report">Report (1)</option>' in html
    assert '<option value="statement" selected>Statement (3)</option>' in html


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        (
            "newest",
            ["Elections under martial law are a sham", "Aid across the border", "Zero tolerance for executions"],
        ),
        ("oldest", ["Release the detained MPs", "A letter on humanitarian access", "Report on detention conditions"]),
        (
            "title",
            ["A letter on humanitarian access", "Aid across the border", "Elections under martial law are a sham"],
        ),
    ],
)
def test_sort_orders(client, library, sort, expected):
    assert titles(client.get(f"{URL}?sort={sort}").content.decode())[:3] == expected


def test_relevance_is_the_default_with_text_and_falls_back_without(client, library):
    with_text = client.get(f"{URL}?q=detention").content.decode()
    assert '<option value="relevance" selected>' in with_text
    without_text = client.get(f"{URL}?sort=relevance").content.decode()
    assert 'value="relevance"' not in without_text
    assert titles(without_text)[0] == "Elections under martial law are a sham"


def test_pagination_keeps_the_filters(client, home):
    index = PublicationIndexPageFactory(parent=home, slug="publications")
    topic = TopicFactory(slug="turnout", name="Turnout")
    start = datetime.date(2021, 1, 1)
    for number in range(15):
        PublicationPageFactory(
            parent=index, title=f"Statement {number:02d}", topics=[topic], date=start + datetime.timedelta(days=number)
        )
    PublicationPageFactory(parent=index, title="Unrelated report", publication_type="report")

    first = client.get(f"{URL}?topic=turnout&type=statement").content.decode()
    second = client.get(f"{URL}?topic=turnout&type=statement&page=2").content.decode()

    assert count_line(first) == "Showing 1–12 of 15 publications"
    assert 'rel="next" href="/en/publications/?type=statement&amp;topic=turnout&amp;page=2"' in first
    assert count_line(second) == "Showing 13–15 of 15 publications"
    assert titles(second) == ["Statement 02", "Statement 01", "Statement 00"]
    assert 'rel="prev" href="/en/publications/?type=statement&amp;topic=turnout"' in second


def test_empty_state_names_the_search_and_offers_to_clear(client, library):
    html = client.get(f"{URL}?q=nonexistentword&type=letter").content.decode()
    assert titles(html) == []
    assert "No publications match “nonexistentword” with these filters." in html
    assert '<a href="/en/publications/">Clear all filters</a>' in html
    assert "0 of 0" not in html and count_line(html) is None


def test_a_year_chip_is_written_in_the_page_language_digits(client, library, burmese):
    translate_page(library["index"].get_parent().specific, burmese)
    translate_page(library["index"], burmese)
    translate_page(library["pages"]["Release the detained MPs"], burmese)
    html = client.get("/my/publications/?year=2021").content.decode()

    chip = re.search(r'<a class="chip" href="[^"]*">([^<]*)<', html).group(1)
    assert chip.endswith(": ၂၀၂၁ ") and "2021" not in chip


def test_active_filters_are_removable_chips(client, library):
    html = client.get(f"{URL}?topic=elections&topic=political-prisoners&country=mm").content.decode()
    assert '<a class="chip" href="/en/publications/?topic=political-prisoners&amp;country=mm">Topic: Elections' in html
    assert '<a class="chip" href="/en/publications/?topic=elections&amp;country=mm">Topic: Political prisoners' in html
    assert (
        '<a class="chip" href="/en/publications/?topic=elections&amp;topic=political-prisoners">Country: Myanmar'
        in html
    )
    assert '<a class="chip chip--clear" href="/en/publications/">Clear all</a>' in html


def test_unknown_values_are_reported_and_ignored(client, library):
    html = client.get(f"{URL}?topic=elections&topic=no-such-topic&type=pamphlet&year=1899").content.decode()
    assert "Unknown topic ignored: no-such-topic" in html
    assert "Type: “pamphlet” is not one of the options." in html
    assert "Year: “1899” is not one of the options." in html
    assert set(titles(html)) == {"Elections under martial law are a sham", "Zero tolerance for executions"}


HOSTILE_QUERIES = [
    "page=abc",
    "page=-5",
    "page=0",
    "page=99999999999999999999999999",
    "page=1.5",
    "page=",
    "year=99999999999999999999",
    "year=-1",
    "year=2021&year=2022",
    "type=statement&type=report",
    "type=",
    "topic=",
    "topic=%00",
    "topic=' OR 1=1 --",
    "country=MM",
    "country=mmm",
    "lang=fr",
    "lang=my&lang=en",
    "sort=drop table",
    "sort=-date",
    "sort=title&sort=oldest",
    "q=" + "x" * 10_000,
    "q=%00%01%02",
    "q=%22%2A%28NEAR%28",
    "q=OR",
    "q=%E1%80%99%E1%80%BC%E1%80%94%E1%80%BA%E1%80%99%E1%80%AC",
    "q=%ED%A0%80",
    "unknown=1&path=..%2F..&live=false",
    "depth=1&locale=my&title__contains=x",
    "topic[]=elections",
    "q",
    "&&&===",
    "%FF%FE=%FF",
    "page=2&page=3",
]


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_hostile_query_strings_never_break_the_index(client, library, query):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200
    for feed in ("feed/rss/", "feed/atom/"):
        assert client.get(f"{URL}{feed}?{query}").status_code == 200


def test_a_url_cannot_reach_fields_outside_the_filter_list(client, library):
    html = client.get(f"{URL}?live=false&title=Release+the+detained+MPs&depth=1").content.decode()
    assert len(titles(html)) == 6  # nothing filtered
    assert 'name="robots"' not in html


def test_overlong_text_is_an_error_not_a_search(client, library):
    html = client.get(f"{URL}?q={'detained' * 40}").content.decode()
    assert "Search: Use at most 200 characters (this has 320)." in html
    assert len(titles(html)) == 6


def test_filtered_views_are_noindex_with_a_canonical_link(client, library):
    filtered = client.get(f"{URL}?type=statement").content.decode()
    plain = client.get(URL).content.decode()
    assert '<meta name="robots" content="noindex, follow">' in filtered
    assert '<link rel="canonical" href="http://testserver/en/publications/">' in filtered
    assert 'name="robots"' not in plain
    assert '<link rel="canonical" href="http://testserver/en/publications/">' in plain


def test_feeds_follow_the_filters(client, library):
    rss = client.get(f"{URL}feed/rss/?topic=humanitarian-aid")
    atom = client.get(f"{URL}feed/atom/?type=statement")

    assert rss["Content-Type"].startswith("application/rss+xml")
    assert ET.fromstring(rss.content).findtext("./channel/title") == "Publications · Test Alliance"
    items = ET.fromstring(rss.content).findall("./channel/item")
    assert [item.findtext("title") for item in items] == ["Aid across the border", "A letter on humanitarian access"]
    assert items[0].findtext("link") == "http://testserver/en/publications/aid-across-the-border/"
    assert items[0].findtext("description") == "Summary of aid across the border."

    assert atom["Content-Type"].startswith("application/atom+xml")
    namespace = {"atom": "http://www.w3.org/2005/Atom"}
    entries = ET.fromstring(atom.content).findall("atom:entry", namespace)
    assert [entry.findtext("atom:title", namespaces=namespace) for entry in entries] == [
        "Elections under martial law are a sham",
        "Zero tolerance for executions",
        "Release the detained MPs",
    ]


def test_feed_links_are_the_urls_wagtail_writes(client, library, burmese):
    index = library["index"]
    burmese_slug = PublicationPageFactory(parent=index, title="ထုတ်ပြန်ချက်", slug="ကခဂ-၁", date=datetime.date(2030, 1, 1))
    translate_page(index.get_parent().specific, burmese)
    translate_page(index, burmese)
    translate_page(burmese_slug, burmese)

    links = {}
    for url, locale in ((f"{URL}feed/rss/", "en"), ("/my/publications/feed/rss/", "my")):
        items = ET.fromstring(client.get(url).content).findall("./channel/item")
        pages = PublicationPage.objects.live().filter(locale__language_code=locale)
        links[locale] = {item.findtext("title"): item.findtext("link") for item in items}
        assert links[locale] == {page.title: page.get_full_url() for page in pages}
        assert all(item.findtext("guid") == item.findtext("link") for item in items)
    assert links["en"]["ထုတ်ပြန်ချက်"] == "http://testserver/en/publications/%E1%80%80%E1%80%81%E1%80%82-%E1%81%81/"
    assert links["my"]["ထုတ်ပြန်ချက်"].startswith("http://testserver/my/publications/%E1%80")


def test_the_index_links_its_feeds_with_the_filters(client, library):
    html = client.get(f"{URL}?topic=elections&sort=title").content.decode()
    assert (
        'type="application/rss+xml" title="Publications (RSS)" href="/en/publications/feed/rss/?topic=elections"'
        in html
    )


def test_listing_follows_publishing(client, library):
    assert "Release the detained MPs" in titles(client.get(URL).content.decode())
    library["pages"]["Release the detained MPs"].unpublish()
    assert "Release the detained MPs" not in titles(client.get(URL).content.decode())
    PublicationPageFactory(parent=library["index"], title="Fresh statement", date=datetime.date(2026, 1, 1))
    assert titles(client.get(URL).content.decode())[0] == "Fresh statement"


def test_burmese_index_takes_the_same_query_string(client, library, burmese):
    translate_page(library["index"].get_parent(), burmese)
    translate_page(library["index"], burmese)
    for title in ("Release the detained MPs", "Zero tolerance for executions", "Aid across the border"):
        translate_page(library["pages"][title], burmese)
    topic = library["topics"]["prisoners"]
    burmese_topic = topic.copy_for_translation(burmese)
    burmese_topic.name = "နိုင်ငံရေးအကျဉ်းသားများ"
    burmese_topic.save()

    html = client.get("/my/publications/?topic=political-prisoners&type=statement&lang=my").content.decode()

    assert '<html lang="my">' in html
    assert set(titles(html)) == {"Release the detained MPs", "Zero tolerance for executions"}
    assert count_line(html) == "ထုတ်ပြန်ချက် ၂ ခုအနက် ၁–၂ ကို ပြသနေသည်"
    assert "နိုင်ငံရေးအကျဉ်းသားများ" in html
    assert 'href="/my/publications/release-the-detained-mps/"' in html


def test_ordered_publications_answer_an_index_a_slice_and_iteration_in_their_order(home):
    index = PublicationIndexPageFactory(parent=home, slug="publications")
    first, second, third = (PublicationPageFactory(parent=index, title=title) for title in ("One", "Two", "Three"))
    ordered = OrderedPublications(PublicationPage, [third.pk, first.pk, second.pk])

    assert len(ordered) == 3
    assert ordered[0] == third and ordered[-1] == second
    assert ordered[1:].ids == [first.pk, second.pk] and list(ordered[1:]) == [first, second]
    assert list(ordered) == [third, first, second]
    assert ordered[1:].by_id([second.pk]) == {second.pk: second}


def test_a_text_query_s_matches_are_set_into_a_bitmap_once_per_version(client, library, monkeypatch):
    """A common word matches thousands at scale: its bitmap is kept in the process, not set per request."""
    from publications.bitmaps import OptionBitmaps

    masks = []
    real_mask_of = OptionBitmaps.mask_of
    monkeypatch.setattr(OptionBitmaps, "mask_of", lambda self, ids: masks.append(1) or real_mask_of(self, ids))
    cookie = {"HTTP_COOKIE": "sessionid=x"}  # past the whole-page cache: the listing is made each time
    first = titles(client.get(f"{URL}?q=detained", **cookie).content.decode())
    assert first == ["Release the detained MPs"] and len(masks) == 1
    assert titles(client.get(f"{URL}?q=detained", **cookie).content.decode()) == first
    assert titles(client.get(f"{URL}?q=detained&type=statement", **cookie).content.decode()) == first
    assert titles(client.get(f"{URL}?q=detained&type=letter", **cookie).content.decode()) == []
    assert len(masks) == 1
    PublicationPageFactory(parent=library["index"], title="Detained MPs: a second call", date=datetime.date(2026, 1, 2))
    again = titles(client.get(f"{URL}?q=detained", **cookie).content.decode())
    assert set(again) == {"Release the detained MPs", "Detained MPs: a second call"} and len(masks) == 2
