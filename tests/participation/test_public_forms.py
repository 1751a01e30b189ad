"""A blank public form is rendered once per language; each visitor still gets an id of their own."""

import re

from django.template import Context, Template
from django.utils import translation

from participation.forms import BlankForm, JoinRequestForm, SignOnForm

FRESH_ID = re.compile(r'name="submission_id" value="([^"]+)"')


def render(form):
    return Template("{% load public_forms %}{% form_fields form %}").render(Context({"form": form}))


def test_a_blank_form_is_the_same_for_everyone_but_its_submission_id(db, countries, django_assert_num_queries):
    first = render(JoinRequestForm(language_code="en"))
    with django_assert_num_queries(0):
        second = render(JoinRequestForm(language_code="en"))
    first_id, second_id = FRESH_ID.search(first)[1], FRESH_ID.search(second)[1]
    assert first_id != second_id and len(first_id) == 36
    assert first.replace(first_id, "") == second.replace(second_id, "")
    assert 'value="th"' in first and "Thailand" in first and 'name="email"' in first


def test_each_form_and_language_is_kept_apart(db, countries):
    join, sign = render(JoinRequestForm(language_code="en")), render(SignOnForm(language_code="en"))
    assert 'name="message"' in join and 'name="message"' not in sign
    assert 'name="confirm"' in sign
    with translation.override("my"):
        burmese = render(JoinRequestForm(language_code="my"))
    assert "(required)" in join and "(required)" not in burmese


def test_a_bound_form_shows_what_was_sent_and_its_errors(db, countries):
    form = JoinRequestForm({"name": "Daw Aye", "email": "not an email"}, language_code="en")
    form.is_valid()
    html = render(form)
    assert 'value="Daw Aye"' in html and "Enter an email address like name@example.org." in html
    assert render(JoinRequestForm(language_code="en")).count("Daw Aye") == 0


def test_a_blank_form_kept_rendered_is_never_built_again(db, countries, monkeypatch):
    first = render(BlankForm(JoinRequestForm, "en"))

    def refuse(*args, **kwargs):
        raise AssertionError("the blank form was built again")

    monkeypatch.setattr(JoinRequestForm, "__init__", refuse)
    second = render(BlankForm(JoinRequestForm, "en"))

    assert FRESH_ID.sub("", first) == FRESH_ID.sub("", second) and 'name="email"' in second
    assert FRESH_ID.search(first)[1] != FRESH_ID.search(second)[1]
    assert 'name="confirm"' in render(BlankForm(SignOnForm, "en"))  # another kind is kept apart, built once
