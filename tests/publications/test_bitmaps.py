"""The option bitmaps count and order exactly as the SQL filters and orderings do."""

import datetime
import itertools
import random

from publications.bitmaps import OptionBitmaps, ReadAsFarAsAsked, _bits, bitmaps_for, build
from publications.filters import (
    FILTER_NAMES,
    ORDERINGS,
    SORT_NEWEST,
    SORT_OLDEST,
    SORT_TITLE,
    facet_counts,
    filtered,
)
from publications.queries import _neighbour_ids_in_sql, attached_files, neighbourhood
from tests.factories import PublicationPageFactory

CHOICES = {
    "type": [(), ("statement",), ("report",)],
    "topic": [(), ("political-prisoners",), ("elections", "humanitarian-aid")],
    "country": [(), ("th",), ("mm", "th")],
    "year": [(), ("2021",)],
    "lang": [(), ("my",)],
}


def selections():
    for values in itertools.product(*(CHOICES[name] for name in FILTER_NAMES)):
        yield {name: frozenset(chosen) for name, chosen in zip(FILTER_NAMES, values, strict=True)}


def test_counts_and_orders_match_the_database_for_every_combination(library):
    publications = library["index"].publications()
    bitmaps = build(publications)
    checked = 0
    for selection in selections():
        assert bitmaps.counts(selection, bitmaps.everything) == facet_counts(publications, selection), selection
        mask = bitmaps.matching(selection, bitmaps.everything)
        for sort in (SORT_NEWEST, SORT_OLDEST, SORT_TITLE):
            expected = list(filtered(publications, selection).order_by(*ORDERINGS[sort]).values_list("pk", flat=True))
            assert bitmaps.ordered_ids(mask, sort) == expected, (selection, sort)
        assert bitmaps.newest_ids(mask, 2) == bitmaps.ordered_ids(mask, SORT_NEWEST)[:2], selection
        checked += 1
    assert checked == 3 * 3 * 3 * 2 * 2


def test_a_text_query_narrows_what_is_counted(library):
    bitmaps = build(library["index"].publications())
    released = library["pages"]["Release the detained MPs"]
    within = bitmaps.mask_of([released.pk, 999_999])
    selection = {name: frozenset() for name in FILTER_NAMES}

    counts = bitmaps.counts(selection, within)
    assert counts["type"] == {"statement": 1} and counts["lang"] == {"en": 1, "my": 1}
    assert bitmaps.ordered_ids(bitmaps.matching(selection, within), SORT_NEWEST) == [released.pk]
    assert list(bitmaps.ids_in_mask(bitmaps.places_of([999_999, released.pk]), within)) == [released.pk]


def test_built_once_per_content_version_and_again_after_a_publish(library, django_assert_num_queries):
    index = library["index"]
    first = bitmaps_for(index)
    with django_assert_num_queries(0):
        assert bitmaps_for(index) is first
    PublicationPageFactory(parent=index, title="Newest of all")
    again = bitmaps_for(index)
    assert again is not first and len(again.ids) == len(first.ids) + 1


def test_neighbours_match_the_database_for_every_publication(library):
    """Older, newer and related from the bitmaps equal the SQL answer, a shared date included."""
    index = library["index"]
    twin = library["pages"]["Report on detention conditions"]
    PublicationPageFactory(parent=index, title="Same day as the report", date=twin.date, topics=list(twin.topics.all()))
    bitmaps = bitmaps_for(index)
    assert len(bitmaps.ids) == len(library["pages"]) + 1
    for page in index.publications():
        for count in (1, 3, 10):
            older, newer, related = bitmaps.neighbours(page.pk, count)
            assert [older, newer, *related] == _neighbour_ids_in_sql(page, count), (page.title, count)


def test_a_page_outside_the_bitmaps_finds_its_neighbours_in_the_database(library):
    """A draft in preview is not in the live index's bitmaps."""
    draft = PublicationPageFactory(
        parent=library["index"], title="Not yet published", date=datetime.date(2024, 1, 1), live=False
    )
    older, newer, related = neighbourhood(draft, 3)
    newest = library["pages"]["Elections under martial law are a sham"]
    assert older == newest and newer is None
    assert draft.pk not in bitmaps_for(library["index"]).place
    assert [page.pk for page in related] == _neighbour_ids_in_sql(draft, 3)[2:]


def test_a_page_in_the_bitmaps_reads_its_neighbours_from_them_not_from_the_shared_cache(library, monkeypatch):
    """The bitmaps answer sooner than a round trip to Redis would; the pages named are still kept."""
    page = library["pages"]["Report on detention conditions"]
    expected = _neighbour_ids_in_sql(page, 3)

    def no_cache(*args, **kwargs):
        raise AssertionError(f"neighbour ids read from the cache: {args[:2]}")

    monkeypatch.setattr("publications.queries.cached", no_cache)
    older, newer, related = neighbourhood(page, 3)

    assert [getattr(older, "pk", None), getattr(newer, "pk", None), *(item.pk for item in related)] == expected


def test_a_live_page_outside_the_bitmaps_keeps_its_neighbours_per_content_version(library, django_assert_num_queries):
    """A publication in a private section is not in the public bitmaps: its ids come from SQL once per version."""
    from wagtail.models import PageViewRestriction

    page = library["pages"]["Report on detention conditions"]
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    page.refresh_from_db()
    assert page.pk not in bitmaps_for(library["index"]).place
    first = neighbourhood(page, 3)
    with django_assert_num_queries(0):
        again = neighbourhood(page, 3)
    assert again == first


def test_the_set_bits_of_a_mask_are_found_a_byte_at_a_time():
    chance = random.Random(17)  # noqa: S311 (repeatable test data, not a secret)
    for size, density in [(0, 0), (1, 1), (9, 0.5), (10_000, 0.02), (10_000, 0.5), (10_003, 1)]:
        places = [place for place in range(size) if chance.random() < density]
        mask = sum(1 << place for place in places)
        assert _bits(mask) == places


def test_a_mask_of_ids_is_set_and_read_a_byte_at_a_time():
    chance = random.Random(23)  # noqa: S311 (repeatable test data, not a secret)
    for size in (1, 8, 9, 10_003):
        bitmaps = OptionBitmaps(None, list(range(100, 100 + size)), {})
        for density in (0, 0.01, 0.5, 1):
            ids = [pk for pk in range(90, 110 + size) if chance.random() < density]
            chance.shuffle(ids)
            held = [pk for pk in ids if 100 <= pk < 100 + size]
            assert bitmaps.mask_of(ids) == sum({1 << (pk - 100) for pk in held})
            within = sum(1 << (pk - 100) for pk in held[::2])
            in_mask = bitmaps.ids_in_mask(bitmaps.places_of(ids), within)
            assert len(in_mask) == len(held[::2]) and list(in_mask) == held[::2]


def test_a_publications_topics_and_countries_come_from_the_bitmaps_as_the_database_lists_them(
    library, django_assert_num_queries
):
    index = library["index"]
    pages = list(index.publications())
    pages[0].linked_topics(), pages[0].linked_countries()  # the bitmaps and the taxonomies, once per version
    for page in pages:
        with django_assert_num_queries(0):
            topics, countries = page.linked_topics(), page.linked_countries()
        assert topics == list(page.topics.all()), page.title
        assert countries == list(page.countries.all()), page.title
    letter = library["pages"]["A letter on humanitarian access"]
    assert bitmaps_for(index).terms_of(letter.pk, "country") == ()


def test_a_draft_in_preview_shows_its_own_topics_not_the_live_ones(library):
    page = library["pages"]["Release the detained MPs"]
    draft = page.save_revision().as_object()
    draft.topics = [library["topics"]["aid"]]
    assert draft.linked_topics() == [library["topics"]["aid"]]
    assert page.linked_topics() == [library["topics"]["prisoners"]]


def test_a_page_outside_the_bitmaps_reads_its_own_terms(library):
    draft = PublicationPageFactory(parent=library["index"], title="Unpublished", live=False)
    draft.topics.set([library["topics"]["elections"]])
    assert bitmaps_for(library["index"]).terms_of(draft.pk, "topic") is None
    assert draft.linked_topics() == [library["topics"]["elections"]]


def test_a_publications_files_come_from_the_bitmaps_in_the_editor_s_order(library, django_assert_num_queries):
    from cms.content_cache import bump_content_version
    from publications.models import PublicationDocument
    from tests.api.conftest import make_document

    index = library["index"]
    pages = list(index.publications())
    first, second = make_document("First file", "first.pdf"), make_document("Second file", "second.pdf")
    PublicationDocument.objects.create(page=pages[0], document=first, language="en", sort_order=1)
    PublicationDocument.objects.create(page=pages[0], document=second, language="my", sort_order=0)
    PublicationDocument.objects.create(page=pages[1], document=first, language="my", sort_order=0)
    bump_content_version()  # as publishing the pages would
    expected = {page.pk: [(item.document, item.language) for item in page.document_list()] for page in pages}
    assert expected[pages[0].pk][:2] == [(second, "my"), (first, "en")]
    attached_files(bitmaps_for(index), [page.pk for page in pages])  # the bitmaps and the documents, once
    pages[0].attached_documents()  # and the index found by path, once per version

    for page in pages:
        with django_assert_num_queries(0):
            attached = [(item.document, item.language) for item in page.attached_documents()]
        assert attached == expected[page.pk], page.title


def test_a_draft_in_preview_shows_its_own_files_not_the_live_ones(library):
    from publications.models import PublicationDocument
    from tests.api.conftest import make_document

    page = library["pages"]["Release the detained MPs"]
    live = [(item.document, item.language) for item in page.document_list()]
    draft = page.save_revision().as_object()
    draft_file = make_document("Draft file", "draft.pdf")
    draft.documents = [PublicationDocument(document=draft_file, language="my")]

    assert [(item.document, item.language) for item in draft.attached_documents()] == [(draft_file, "my")]
    assert [(item.document, item.language) for item in page.attached_documents()] == live != []


def test_a_preview_of_a_private_publication_s_draft_leaves_the_live_page_s_neighbours_alone(library):
    """A draft with another date, previewed (no version moves), has its own neighbours; the live page keeps its."""
    from wagtail.models import PageViewRestriction

    from publications.models import PublicationPage

    page = library["pages"]["Report on detention conditions"]
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    page.refresh_from_db()
    live = _neighbour_ids_in_sql(page, 3)
    draft = PublicationPage.objects.get(pk=page.pk)  # as a preview builds it: the live row, edited in memory
    draft.date = datetime.date(2090, 1, 1)
    assert _neighbour_ids_in_sql(draft, 3)[:2] != live[:2]

    previewed = neighbourhood(draft, 3)
    after = neighbourhood(page, 3)

    assert ids_of(previewed) == _neighbour_ids_in_sql(draft, 3)
    assert ids_of(after) == live


def test_a_publication_never_saved_is_placed_after_those_of_its_date_in_preview(library):
    from wagtail.models import Page

    from publications.models import PublicationPage

    index = library["index"]
    report = library["pages"]["Report on detention conditions"]
    page = PublicationPage(
        title="Brand new", slug="brand-new", date=report.date, publication_type="statement", summary="New."
    )
    page.locale_id, page.depth = index.locale_id, index.depth + 1
    page.path = Page._get_children_path_interval(index.path)[1]
    page.set_url_path(index)

    older, newer, _related = neighbourhood(page, 3)
    response = page.make_preview_request(None, "")

    assert response.status_code == 200
    same_day = [item for item in index.publications().order_by("-pk") if item.date == report.date]
    assert older == same_day[0]
    assert newer is None or newer.date > report.date


def ids_of(found):
    older, newer, related = found
    return [getattr(older, "pk", None), getattr(newer, "pk", None), *(item.pk for item in related)]


def test_a_page_of_ids_in_a_mask_reads_only_as_far_as_its_end():
    bitmaps = OptionBitmaps(None, list(range(10_000)), {})
    ranked = list(range(9_999, -1, -1))
    asked = []

    def reading(ids):
        for pk in ids:
            asked.append(pk)
            yield pk

    evens = bitmaps.mask_of(range(0, 10_000, 2))
    page = bitmaps.ids_in_mask(reading(ranked), evens)  # here each id is its own place
    assert len(page) == 5_000 and not asked
    assert list(page[:20]) == list(range(9_998, 9_958, -2))
    assert len(asked) == 40  # the first page, and no id past it
    assert page[20] == 9_958 and page[-1] == 0 and len(asked) == 10_000
    assert list(page[::-1][:3]) == [0, 2, 4]


def test_reading_as_far_as_asked_behaves_as_a_list():
    items = list(range(25))
    for length in (0, 1, 7, 25):
        source = items[:length]
        for item in (slice(0, 3), slice(5, 40), slice(-4, None), slice(None, None, -2), slice(2, 9, 3)):
            assert ReadAsFarAsAsked(iter(source), length)[item] == source[item], (length, item)
        if length:
            assert ReadAsFarAsAsked(iter(source), length)[length - 1] == source[-1]
            assert ReadAsFarAsAsked(iter(source), length)[-1] == source[-1]
        assert list(ReadAsFarAsAsked(iter(source), length)) == source


def test_a_ranking_is_kept_as_places_and_read_back_as_ids():
    bitmaps = OptionBitmaps(None, [500, 400, 300, 200, 100], {})
    places = bitmaps.places_of([300, 999, 100, 500])  # 999 is not in the index
    assert places.itemsize == 4 and list(places) == [2, 4, 0]
    ranked = bitmaps.ids_at(places)
    assert len(ranked) == 3 and list(ranked) == [300, 100, 500]
    assert ranked[1:] == [100, 500] and ranked[-1] == 500
    assert list(bitmaps.ids_in_mask(places, bitmaps.mask_of([500, 300]))) == [300, 500]
