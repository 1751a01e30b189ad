"""Search answers from the database's own full-text index (tsvector/GIN or FTS5), on either database."""

import importlib

import pytest
from django.db import connection
from wagtail.models import Page

from search.fulltext import MAX_POSITION, vector_literal
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


def test_the_index_follows_every_write_of_an_entry(searchable):
    """An entry's tokens saved reach the index: FTS5 by its triggers, PostgreSQL by the vectors saved with them."""
    home, about = searchable["home"], searchable["about"]
    assert about.pk in found(home, "myanmar")

    entry = SearchEntry.objects.get(page_id=about.pk)
    entry.stems = entry.words = " about ¶ kachin "
    entry.save()
    assert about.pk not in found(home, "myanmar")
    assert found(home, "kachin") == {about.pk}
    with pytest.raises(ValueError, match="save"):
        SearchEntry.objects.filter(page_id=about.pk).update(stems=" about ¶ shan ")

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


def test_a_vector_holds_each_token_at_its_position():
    """Title tokens weighted A; boundaries and over-long tokens left out, the tokens after them keeping their place."""
    assert vector_literal(" a b ¶ c ", " a b ") == "'a':1A 'b':2A 'c':4"
    assert vector_literal(" it's c\\d ") == "'it''s':1 'c\\\\d':2"
    assert vector_literal(" x " + "y" * 3000 + " z ") == "'x':1 'z':3"
    assert vector_literal(f" {'y' * 2046} {'w' * 2047} z ") == f"'{'y' * 2046}':1 'z':3"
    assert vector_literal(" ") == ""
    many = " ".join(f"w{number}" for number in range(MAX_POSITION + 10))
    assert vector_literal(f" {many} ").endswith(f"'w{MAX_POSITION - 1}':{MAX_POSITION}")


def test_the_saved_vectors_are_those_the_generated_columns_made(searchable):
    """PostgreSQL: the vectors written with the entries equal those of the SQL function the
    columns were generated by before (kept in migration 0002). SQLite keeps none: FTS5 reads
    the token columns."""
    with connection.cursor() as cursor:
        if connection.vendor != "postgresql":
            cursor.execute("SELECT count(*), count(stems_vector) FROM search_searchentry")
            total, with_vectors = cursor.fetchone()
            assert total > 0 and with_vectors == 0
            return
        generated = importlib.import_module("search.migrations.0002_fulltext_index").GENERATED_VECTORS[0]
        cursor.execute(generated.replace("FUNCTION search_token_vector", "FUNCTION pg_temp.generated_vector"))
        cursor.execute(
            "SELECT count(*), count(*) FILTER (WHERE stems_vector = pg_temp.generated_vector(stems, title_stems)"
            " AND words_vector = pg_temp.generated_vector(words, '')) FROM search_searchentry"
        )
        total, equal = cursor.fetchone()
    assert total > 0 and equal == total


def test_a_page_with_over_long_words_and_a_huge_text_is_published_and_found(searchable):
    """Words over PostgreSQL's lexeme size are left out, and a text past its vector size is indexed in part."""
    home = searchable["home"]
    long_words = " ".join(f"{letter * 2000}" for letter in "abcdefghijklmnopqrstuvwxyz" * 25)
    page = ContentPageFactory(parent=home, slug="long", title="Quokkaberry notes", intro=f"{'q' * 2047} {long_words}")
    page.save_revision().publish()
    assert found(home, "quokkaberry") == {page.pk}
