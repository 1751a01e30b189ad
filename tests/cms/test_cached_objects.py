"""Rows kept per content version: read again without a query, never after a change, never shared."""

from wagtail.models import Page
from wagtail_factories import ImageFactory

from cms.cached_objects import cached_count, cached_objects, cached_page, cached_relation, cached_rows, prime
from cms.pages import live_translation_of
from tests.factories import (
    CampaignPageFactory,
    ContentPageFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
    TopicFactory,
)


def test_objects_come_in_the_order_asked_and_then_without_a_query(home, django_assert_num_queries):
    first, second = ContentPageFactory(parent=home, slug="first"), ContentPageFactory(parent=home, slug="second")
    model = type(first)
    with django_assert_num_queries(1):
        assert [page.slug for page in cached_objects(model, [second.pk, 999_999, first.pk])] == ["second", "first"]
    with django_assert_num_queries(1):  # only the one that does not exist is asked for again
        assert [page.pk for page in cached_objects(model, [first.pk, second.pk, 999_999])] == [first.pk, second.pk]
    with django_assert_num_queries(0):
        assert cached_objects(model, [first.pk]) == [first]


def test_a_published_change_is_read_at_once(home):
    page = ContentPageFactory(parent=home, title="Before")
    assert cached_objects(type(page), [page.pk])[0].title == "Before"
    page.title = "After"
    page.save_revision().publish()
    assert cached_objects(type(page), [page.pk])[0].title == "After"


def test_each_reader_gets_a_copy_of_its_own(home):
    page = ContentPageFactory(parent=home, title="Kept")
    cached_objects(type(page), [page.pk])[0].title = "Changed by one reader"
    assert cached_objects(type(page), [page.pk])[0].title == "Kept"


def test_a_page_found_once_is_named_by_its_type_and_id(home, django_assert_num_queries):
    page = ContentPageFactory(parent=home, slug="found")
    found = cached_page("test-found", ["found"], lambda: Page.objects.get(slug="found"))
    assert type(found) is type(page) and found.pk == page.pk  # the specific page
    with django_assert_num_queries(0):
        assert cached_page("test-found", ["found"], lambda: Page.objects.get(slug="found")) == page
    assert cached_page("test-none", [], lambda: None) is None


def test_a_foreign_key_primed_from_the_cache_is_read_without_a_query(home, django_assert_num_queries):
    campaign = CampaignPageFactory(parent=home, hero_image=ImageFactory(title="Picked"))
    prime(type(campaign).objects.get(pk=campaign.pk), "hero_image")  # kept
    reread = type(campaign).objects.get(pk=campaign.pk)
    with django_assert_num_queries(0):
        prime(reread, "hero_image")
        assert reread.hero_image.title == "Picked"


def test_a_drafts_choice_seen_in_preview_is_never_what_the_live_page_shows(client, home):
    """The spotlight is kept by the id the page holds: a draft holding another never shares its entry."""
    live_choice = CampaignPageFactory(parent=home, slug="live", problem_heading="The live campaign")
    draft_choice = CampaignPageFactory(parent=home, slug="draft", problem_heading="The draft campaign")
    home.spotlight = live_choice
    home.save_revision().publish()
    home.spotlight = draft_choice
    home.save_revision()  # a draft, as an editor previews it

    draft = home.get_latest_revision_as_object()
    assert draft.spotlight_page().slug == "draft"
    html = client.get(home.url).content.decode()
    assert "The live campaign" in html and "The draft campaign" not in html
    assert live_translation_of(live_choice.pk, home.locale_id).slug == "live"


def test_rows_and_counts_of_a_query_are_kept_until_content_changes(home, django_assert_num_queries):
    ContentPageFactory(parent=home, slug="one")
    pages = Page.objects.live().filter(depth__gt=2).order_by("path")
    assert [page.slug for page in cached_rows(pages)] == ["one"] and cached_count(pages) == 1
    with django_assert_num_queries(0):
        assert [page.slug for page in cached_rows(pages)] == ["one"] and cached_count(pages) == 1
        assert cached_rows(pages.filter(pk__in=[])) == [] and cached_count(pages.filter(pk__in=[])) == 0
    ContentPageFactory(parent=home, slug="two")  # a new page moves the content version on
    assert [page.slug for page in cached_rows(pages)] == ["one", "two"] and cached_count(pages) == 2


def test_a_page_s_relations_are_kept_but_a_draft_s_and_a_prefetch_are_read_as_they_are(home, django_assert_num_queries):
    index = PublicationIndexPageFactory(parent=home, slug="publications")
    rights, elections = TopicFactory(slug="rights"), TopicFactory(slug="elections")
    page = PublicationPageFactory(parent=index, slug="statement", topics=[rights])
    page.save_revision().publish()
    live = type(page).objects.get(pk=page.pk)
    assert cached_relation(live, "topics", live.topics.all()) == [rights]
    with django_assert_num_queries(0):
        assert cached_relation(live, "topics", live.topics.all()) == [rights]

    live.topics.set([elections])
    live.save_revision()  # a draft, as an editor previews it
    draft = live.get_latest_revision_as_object()
    assert cached_relation(draft, "topics", draft.topics.all()) == [elections]
    assert cached_relation(live, "topics", type(page).objects.get(pk=page.pk).topics.all()) == [rights]  # the live page

    prefetched = type(page).objects.prefetch_related("topics").get(pk=page.pk)
    with django_assert_num_queries(0):
        assert cached_relation(prefetched, "topics", prefetched.topics.all()) == [rights]
