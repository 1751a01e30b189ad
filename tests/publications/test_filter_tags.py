"""The filter options written in Python: escaped, chosen ones marked, counts in the page's digits."""

import pytest
from django.utils import translation
from django.utils.html import escape as django_escape
from django.utils.translation import gettext_lazy

from publications.templatetags import filter_tags
from publications.templatetags.filter_tags import filter_options


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def group(name, multiple, options):
    return {"name": name, "label": name.title(), "multiple": multiple, "options": options}


def option(value, label, count, selected=False):
    return {"value": value, "label": label, "count": count, "selected": selected}


def test_checkboxes_mark_the_chosen_options_and_escape_every_text():
    hostile = option('x" onmouseover="alert(1)', "<script>alert(1)</script> & co", 3)
    html = filter_options(group("topic", True, [option("asean", "ASEAN", 12, selected=True), hostile]))
    assert html.splitlines() == [
        '<label class="filters__option"><input type="checkbox" name="topic" value="asean" checked>'
        ' ASEAN <span class="count">(12)</span></label>',
        '<label class="filters__option"><input type="checkbox" name="topic" value="x&quot; onmouseover=&quot;alert(1)">'
        ' &lt;script&gt;alert(1)&lt;/script&gt; &amp; co <span class="count">(3)</span></label>',
    ]


def test_a_single_choice_is_a_list_of_options_with_the_chosen_one_selected():
    html = filter_options(
        group("type", False, [option("statement", "Statement", 40), option("report", "Report", 7, True)])
    )
    assert html.splitlines() == [
        '<option value="statement">Statement (40)</option>',
        '<option value="report" selected>Report (7)</option>',
    ]


def test_burmese_pages_write_counts_and_years_in_burmese_digits():
    with translation.override("my"):
        years = filter_options(group("year", False, [option("2021", "2021", 15)]))
        topics = filter_options(group("topic", True, [option("asean", "အာဆီယံ 2", 105)]))
    assert years == '<option value="2021">၂၀၂၁ (၁၅)</option>'
    assert "အာဆီယံ 2 " in topics and "(၁၀၅)" in topics


def test_no_options_write_nothing():
    assert filter_options(group("country", True, [])) == ""


@pytest.mark.parametrize("text", ["<b>", 'a "q"', "it's", "&amp;", "မြန်မာ", 12, gettext_lazy("Any")])
def test_values_are_escaped_exactly_as_django_escapes_them(text):
    assert filter_tags.escape(text) == django_escape(text)
