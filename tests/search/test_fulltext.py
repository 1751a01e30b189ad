"""Search answers from the database's own full-text index (tsvector/GIN or FTS5), on either database."""

import pytest
from django.db import connection
from wagtail.models import Page

from search.indexing import deferred, rebuild
from search.models import SearchEntry
from search.query import matching, parse
from search.results import search_site
from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


def found(root, text):
    return set(search_site(root, text).entries.values_list("page_id", flat=True))


def test_the_query_plan_uses_the_full_text_index(searchable):
    """The match itself is answered by the index. (Which index a whole search starts from is the
    planner's choice by the table's size: with a handful of rows, the locale's.)"""
    entries = matching(SearchEntry.objects.all(), parse("elections"))
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # A handful of rows would otherwise be read whole, from the table or along its primary key.
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute("SET LOCAL enable_indexscan = off")
    plan = entries.explain()
    expected = "search_entry_stems_gin" if connection.vendor == "postgresql" else "VIRTUAL TABLE INDEX"
    assert expected in plan, plan
    assert set() != found(searchable["home"], "elections") <= {entry.page_id for entry in entries}


def test_the_database_keeps_the_index_in_step_with_the_entries(searchable):
    """Writes to the entries' token columns reach the index without the indexer's help."""
    home, about = searchable["home"], searchable["about"]
    assert about.pk in found(home, "myanmar")

    SearchEntry.objects.filter(page_id=about.pk).update(stems=" about ¶ kachin ", words=" about ¶ kachin ")
    assert about.pk not in found(home, "myanmar")
    assert found(home, "kachin") == {about.pk}

    SearchEntry.objects.filter(page_id=about.pk).delete()
    assert found(home, "kachin") == set()


@pytest.mark.parametrize(
    "text",
    ['"', "'", "\\", "elections'", "a\\'b", "NEAR(elections", "elections OR *", "{title_stems}: x", "x:*", "-elect ^a"],
)
def test_any_text_is_only_text_to_the_index(searchable, text):
    entries = search_site(searchable["home"], text).entries
    assert isinstance(list(entries), list)


def test_quotes_inside_words_are_matched_as_text(searchable):
    assert found(searchable["home"], "junta's") == {searchable["elections"].pk}


def test_title_matches_rank_first(searchable):
    ranked = list(search_site(searchable["home"], "parliament").entries.values_list("page_id", flat=True))
    assert ranked[0] == searchable["prisoners"].pk  # "parliament" in its title, in the other's text only


def test_queries_per_search_do_not_grow_with_the_archive(searchable, django_assert_max_num_queries):
    home = searchable["home"]

    def run_search():
        result = search_site(home, "rights")
        list(result.entries[:10])
        return result.counts

    with django_assert_max_num_queries(3) as small:
        run_search()
    with deferred():
        for number in range(30):
            ContentPageFactory(parent=home, slug=f"rights-{number}", title=f"Rights {number}", intro="Human rights.")
    with django_assert_max_num_queries(len(small.captured_queries)):
        counts = run_search()
    assert counts["page"] == 30


def test_deferred_indexing_writes_each_page_once_at_the_end(home):
    with deferred():
        page = ContentPageFactory(parent=home, slug="p", title="Deferred", intro="Written later")
        page.save_revision().publish()
        assert not SearchEntry.objects.filter(page_id=page.pk).exists()
    assert "Written later" in SearchEntry.objects.get(page_id=page.pk).text
    assert Page.objects.live().search("Deferred").count() == 1  # Wagtail's admin search index too


def test_deferred_indexing_writes_nothing_when_the_block_fails(home):
    with pytest.raises(RuntimeError), deferred():
        page = ContentPageFactory(parent=home, slug="p", title="Failing")
        raise RuntimeError
    assert not SearchEntry.objects.filter(page_id=page.pk).exists()


def test_rebuild_reports_progress(home):
    """Progress counts the pages looked at; a plain Wagtail page among them gets no entry."""
    ContentPageFactory(parent=home, slug="p")
    plain = Page.get_first_root_node().add_child(instance=Page(title="Plain", slug="plain"))
    SearchEntry.objects.all().delete()
    done = []

    entries = rebuild(progress=done.append)
    looked_at = Page.objects.live().public().filter(depth__gt=1)
    assert sum(done) == looked_at.count() >= 3
    assert entries == looked_at.not_exact_type(Page).count() >= 2
    assert not SearchEntry.objects.filter(page_id=plain.pk).exists()
    assert found(home, "home") == {home.pk}
