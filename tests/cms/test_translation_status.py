"""The Burmese translation status report and its dashboard panel."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale

from cms.translation import translate_page
from cms.translation_status import AWAITING_REVIEW, DRAFT, MISSING, OUT_OF_DATE, UP_TO_DATE, status_rows
from tests.factories import ContentPageFactory, TopicFactory, user_in

REPORT = "/admin/reports/burmese-translations/"


@pytest.fixture
def library(home, burmese):
    translate_page(
        home,
        burmese,
        {"Home": "ပင်မ", "A network of parliamentarians": "ကွန်ရက်", "Working for democracy in Myanmar.": "ဒီမိုကရေစီအတွက်"},
    )
    missing = ContentPageFactory(parent=home, title="Not yet", slug="not-yet", intro="")
    partial = ContentPageFactory(parent=home, title="Half done", slug="half-done", intro="Second sentence")
    translate_page(partial, burmese, {"Half done": "တစ်ဝက်"})
    done = ContentPageFactory(parent=home, title="Done", slug="done", intro="Finished")
    translate_page(done, burmese, {"Done": "ပြီးပြီ", "Finished": "ပြီးဆုံး"})
    stale = ContentPageFactory(parent=home, title="Changed", slug="changed", intro="Old words")
    translate_page(stale, burmese, {"Changed": "ပြောင်းလဲ", "Old words": "စကားဟောင်း"})
    stale.intro = "New words"
    stale.save_revision().publish()
    term = TopicFactory(name="Elections", slug="elections")
    return {"missing": missing, "partial": partial, "done": done, "stale": stale, "term": term}


def states(rows):
    return {row.title: (row.status, row.percent) for row in rows}


def changed(rows):
    return {row.title: row.changed for row in rows}


def test_each_page_and_term_has_its_state(library, django_assert_max_num_queries):
    with django_assert_max_num_queries(20):
        rows = status_rows(Locale.objects.get(language_code="my"))
    found = states(rows)
    assert found["Not yet"] == (MISSING, None)
    assert found["Half done"] == (OUT_OF_DATE, 50)  # live, with one segment still in English
    assert changed(rows)["Half done"] == 1
    assert found["Done"] == (UP_TO_DATE, 100)
    assert found["Changed"][0] == OUT_OF_DATE and changed(rows)["Changed"] == 1
    assert found["Elections"] == (MISSING, None)
    assert found["Home"] == (UP_TO_DATE, 100)


def test_report_lists_filters_and_links_to_actions(client, library):
    client.force_login(get_user_model().objects.create_superuser("root", "root@example.org", "pw"))
    html = client.get(REPORT).content.decode()
    # Missing: "Not yet", the topic and the placeholder page Wagtail creates in every new database.
    assert "<strong>Missing</strong>: 3" in html and "<strong>Live, out of date</strong>: 2" in html
    assert f'href="/admin/localize/submit/page/{library["missing"].pk}/">Translate</a>' in html
    assert re.search(r'href="/admin/localize/update/\d+/">Sync</a>', html)

    only_stale = client.get(REPORT, {"status": OUT_OF_DATE}).content.decode()
    assert "Changed" in only_stale and "Done<" not in only_stale
    only_terms = client.get(REPORT, {"kind": "terms"}).content.decode()
    assert "Elections" in only_terms and "Half done" not in only_terms
    assert client.get(REPORT, {"status": "bogus", "site": "abc"}).status_code == 200


def test_dashboard_panel_counts_and_translator_access(client, library):
    translator = get_user_model().objects.create_user("translator", "t@example.org", "pw")
    translator.groups.add(Group.objects.get(name="Translators"))
    client.force_login(translator)
    dashboard = client.get("/admin/").content.decode()
    assert re.search(r"data-status=\"missing\">3<", dashboard)
    assert re.search(r'data-status="out-of-date">2<', dashboard)
    assert client.get(REPORT).status_code == 200


def test_sync_brings_the_translation_up_to_date(client, library, burmese):
    client.force_login(get_user_model().objects.create_superuser("root", "root@example.org", "pw"))
    stale = next(row for row in status_rows(burmese) if row.title == "Changed")
    response = client.post(stale.action_url, {"publish_translations": "on"})
    assert response.status_code == 302
    after = states(status_rows(burmese))["Changed"]
    assert after == (OUT_OF_DATE, 50)  # "New words" still needs a translator; the title is kept


def test_saved_but_unpublished_is_a_draft_and_review_is_shown(client, home, burmese):
    translate_page(home, burmese)
    page = ContentPageFactory(parent=home, title="Plans", slug="plans", intro="")
    page.save_revision().publish()
    translator = user_in("Translators")
    client.force_login(translator)
    client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [burmese.pk]})
    target = page.get_translation(burmese)
    assert states(status_rows(burmese))["Plans"] == (DRAFT, 0)

    report = client.get(REPORT).content.decode()
    assert f'<a href="/admin/pages/{target.pk}/edit/">Plans</a>' in report  # the translation editor
    assert f'href="/admin/pages/{page.pk}/edit/">Plans' not in report  # not the English editor

    from wagtail_localize.models import Translation

    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=burmese)
    client.post(f"/admin/localize/translate/{translation.pk}/submit-for-review/")
    assert states(status_rows(burmese))["Plans"][0] == AWAITING_REVIEW
