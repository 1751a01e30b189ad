"""A rebuild writes the entries that indexing the pages one by one writes, column for column."""

import pytest
from wagtail.models import Locale, Page

from search.indexing import index_pages, rebuild
from search.models import SearchEntry
from tests.factories import make_home
from tests.search.conftest import build_searchable


def every_entry():
    """Every column of every entry but when it was written; on PostgreSQL the vectors as its text of them."""
    columns = [field.attname for field in SearchEntry._meta.concrete_fields if field.name != "indexed_at"]
    return list(SearchEntry.objects.order_by("page_id").values_list(*columns))


def assert_a_rebuild_writes_what_indexing_page_by_page_writes():
    build_searchable(make_home("home-rebuild"), Locale.objects.get(language_code="my"))
    SearchEntry.objects.all().delete()
    for page_id in Page.objects.live().filter(depth__gt=1).values_list("pk", flat=True):
        index_pages([page_id])
    one_by_one = every_entry()
    assert {"en", "my"} <= set(SearchEntry.objects.values_list("locale__language_code", flat=True))
    assert SearchEntry.objects.exclude(date=None).exists()

    rebuild()
    assert every_entry() == one_by_one


@pytest.mark.django_db
def test_in_a_transaction():
    """Inside a transaction (this test's) the rebuild makes the entries in this process."""
    assert_a_rebuild_writes_what_indexing_page_by_page_writes()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_from_committed_pages():
    """On PostgreSQL, with the pages committed, worker processes make the entries."""
    assert_a_rebuild_writes_what_indexing_page_by_page_writes()
