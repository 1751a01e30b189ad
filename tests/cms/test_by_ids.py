"""Instances by id with SQL compiled once: what ``in_bulk`` gives, in one query, for any count of ids."""

import datetime

import pytest

from cms import by_ids
from cms.by_ids import instances_by_id
from publications.models import PublicationPage
from tests.factories import PublicationIndexPageFactory, PublicationPageFactory


@pytest.fixture(autouse=True)
def no_statements_of_other_tests():
    by_ids._prepared.clear()
    yield
    by_ids._prepared.clear()


@pytest.fixture
def publications(home):
    index = PublicationIndexPageFactory(parent=home, slug="publications")
    return [
        PublicationPageFactory(
            parent=index,
            slug=f"p{number}",
            date=datetime.date(2024, 1, number + 1),
            body=[("text", f"<p>Body {number}</p>")],
        )
        for number in range(5)
    ]


def same_instance(found, expected):
    assert type(found) is type(expected)
    assert found.get_deferred_fields() == expected.get_deferred_fields()
    for field in type(expected)._meta.concrete_fields:
        if field.attname not in expected.get_deferred_fields():
            assert getattr(found, field.attname) == getattr(expected, field.attname), field.name


def test_whole_instances_are_those_of_in_bulk_with_their_values_converted(publications, django_assert_num_queries):
    ids = [page.pk for page in publications[:3]]
    with django_assert_num_queries(1):
        found = instances_by_id(PublicationPage, ids)
    expected = PublicationPage.objects.in_bulk(ids)
    assert found.keys() == expected.keys()
    for pk in ids:
        same_instance(found[pk], expected[pk])
    first = found[ids[0]]
    assert first.date == datetime.date(2024, 1, 1)  # a date, on SQLite too
    assert first.body[0].block_type == "text" and "Body 0" in str(first.body[0].value)  # a stream, not JSON text
    assert not first._state.adding


def test_only_the_fields_asked_are_loaded(publications, django_assert_num_queries):
    ids = [page.pk for page in publications]
    found = instances_by_id(PublicationPage, ids, PublicationPage.CARD_FIELDS)
    expected = PublicationPage.objects.only(*PublicationPage.CARD_FIELDS).in_bulk(ids)
    for pk in ids:
        same_instance(found[pk], expected[pk])
    assert "body" in found[ids[0]].get_deferred_fields()
    with django_assert_num_queries(1):  # a field left out is read when asked, as Django does
        assert "Body 0" in str(found[ids[0]].body[0].value)


def test_any_count_of_ids_finds_exactly_those_that_exist(publications, django_assert_num_queries):
    ids = [page.pk for page in publications]
    for count in range(1, len(ids) + 1):  # 3 and 4 share one statement, padded with the last id
        asked = [*ids[:count], 999_999, ids[0]]
        with django_assert_num_queries(1):
            assert sorted(instances_by_id(PublicationPage, asked)) == sorted(ids[:count])
    with django_assert_num_queries(0):
        assert instances_by_id(PublicationPage, []) == {}


def test_a_statement_is_compiled_once_per_model_fields_and_size(publications):
    ids = [page.pk for page in publications]
    instances_by_id(PublicationPage, ids[:3])
    instances_by_id(PublicationPage, ids[:4])
    instances_by_id(PublicationPage, ids[:1])
    instances_by_id(PublicationPage, ids[:1], ("title",))
    assert sorted((fields, size) for _label, fields, size, _alias in by_ids._prepared) == [
        ((), 1),
        ((), 4),
        (("title",), 1),
    ]


def test_more_ids_than_a_statement_takes_go_through_the_orm(publications, monkeypatch):
    monkeypatch.setattr(by_ids, "LARGEST_PREPARED", 2)
    ids = [page.pk for page in publications]
    found = instances_by_id(PublicationPage, ids, ("title",))
    assert sorted(found) == sorted(ids)
    assert found[ids[4]].title == publications[4].title


def test_a_queryset_that_joins_is_left_to_the_orm(publications, monkeypatch, django_assert_num_queries):
    joining = lambda model, fields: model._default_manager.order_by().select_related("locale")  # noqa: E731
    monkeypatch.setattr(by_ids, "_unprepared", joining)
    ids = [page.pk for page in publications[:2]]
    with django_assert_num_queries(1):
        found = instances_by_id(PublicationPage, ids)
        assert found[ids[0]].locale.language_code == "en"  # joined in the same query
    assert not next(iter(by_ids._prepared.values())).plain


def test_ids_are_checked_as_the_orm_checks_them(publications, django_assert_num_queries):
    with django_assert_num_queries(0), pytest.raises(ValueError, match="expected a number"):
        instances_by_id(PublicationPage, [publications[0].pk, "abc"])
    assert list(instances_by_id(PublicationPage, [str(publications[0].pk)])) == [publications[0].pk]
