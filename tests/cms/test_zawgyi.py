"""The Zawgyi guard on every way text comes in: admin forms, segments, PO files, search, stored data."""

import io

import polib
import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from myanmar import converter
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from cms.models import SiteBranding
from cms.translation import DOUBTFUL_SEGMENT, translate_page
from cms.zawgyi import Encoding, check
from home.models import ContentPage
from taxonomy.models import Topic
from tests.factories import ContentPageFactory, PublicationIndexPageFactory, PublicationPageFactory, TopicFactory

UNICODE = "မြန်မာနိုင်ငံ လွှတ်တော်ကိုယ်စားလှယ်များ"
ZAWGYI = "ျမန္မာႏိုင္ငံ လႊတ္ေတာ္ကိုယ္စားလွယ္မ်ား"  # the same words as typed with a Zawgyi keyboard
DOUBTFUL = "ဒီမိုကရေစီ"  # correct Unicode that the detector scores about 0.29
FRIEND = "သူငယ်ချင်း"  # Unicode that a whole-text conversion would corrupt into "သူငယျခငျြး"
MIXED = f"{FRIEND} {ZAWGYI}"  # pasted together from two sources
MIXED_FIXED = f"{FRIEND} {UNICODE}"


def test_samples_are_what_they_claim():
    assert converter.convert(UNICODE, "unicode", "zawgyi") == ZAWGYI
    assert check(UNICODE).encoding is Encoding.UNICODE
    assert check(ZAWGYI).encoding is Encoding.ZAWGYI and check(ZAWGYI).converted == UNICODE
    assert check(DOUBTFUL).encoding is Encoding.DOUBTFUL
    assert check("English only").encoding is Encoding.UNICODE
    assert check("ကေလး").encoding is Encoding.UNICODE  # short Unicode the detector would misjudge
    assert converter.convert(FRIEND, "zawgyi", "unicode") != FRIEND


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (MIXED, MIXED_FIXED),
        (f"{ZAWGYI} {FRIEND}", f"{UNICODE} {FRIEND}"),
        (f"<p>{FRIEND}</p><p>{ZAWGYI}</p>", f"<p>{FRIEND}</p><p>{UNICODE}</p>"),
        (f"Report: {FRIEND}, 2021 – {ZAWGYI}.", f"Report: {FRIEND}, 2021 – {UNICODE}."),
    ],
)
def test_only_the_zawgyi_runs_of_a_mixed_text_are_converted(text, expected):
    result = check(text)
    assert result.encoding is Encoding.ZAWGYI
    assert result.text == expected and FRIEND in result.text
    assert [typed for typed, _stored in result.changes] == ZAWGYI.split()


def test_a_doubtful_run_is_kept_while_the_sure_zawgyi_beside_it_is_converted():
    result = check(f"{DOUBTFUL} {ZAWGYI}")
    assert result.encoding is Encoding.DOUBTFUL
    assert result.resolved() == f"{DOUBTFUL} {UNICODE}"
    assert result.resolved(convert_doubtful=True) == f"{check(DOUBTFUL).converted} {UNICODE}"


@pytest.fixture
def admin_client(client, db):
    client.force_login(get_user_model().objects.create_superuser("root", "root@example.org", "pw"))
    return client


def page_form(title, **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": "about",
            "intro": extra.pop("intro", ""),
            "body": streamfield([("text", rich_text(extra.pop("body", "<p>Text</p>")))]),
            "comments": inline_formset([]),
            "action-publish": "publish",
            **extra,
        }
    )


def test_page_form_converts_zawgyi_and_asks_to_check(admin_client, home):
    page = ContentPageFactory(parent=home, title="About", slug="about")
    url = f"/admin/pages/{page.pk}/edit/"

    first = admin_client.post(url, page_form(ZAWGYI, intro=ZAWGYI, body=f"<p>{ZAWGYI}</p>"))

    html = first.content.decode()
    assert first.status_code == 200
    assert "Burmese text typed in Zawgyi was converted to Unicode (Title, Intro, Body)" in html
    assert f'value="{UNICODE}"' in html  # the converted text is back in the form
    assert ContentPage.objects.get(pk=page.pk).title == "About"  # nothing saved yet

    second = admin_client.post(url, page_form(UNICODE, intro=UNICODE, body=f"<p>{UNICODE}</p>"))
    assert second.status_code == 302
    saved = ContentPage.objects.get(pk=page.pk)
    assert saved.title == UNICODE and saved.intro == UNICODE and UNICODE in str(saved.body[0].value)


@pytest.mark.parametrize(("choice", "stored"), [("keep", DOUBTFUL), ("convert", check(DOUBTFUL).converted)])
def test_page_form_lets_the_editor_choose_for_doubtful_text(admin_client, home, choice, stored):
    page = ContentPageFactory(parent=home, title="About", slug="about")
    url = f"/admin/pages/{page.pk}/edit/"

    asked = admin_client.post(url, page_form(DOUBTFUL))
    assert asked.status_code == 200
    html = asked.content.decode()
    assert "Some Burmese text may be in the Zawgyi encoding (Title)" in html
    assert 'name="zawgyi_action"' in html

    chosen = admin_client.post(url, page_form(DOUBTFUL, zawgyi_action=choice))
    assert chosen.status_code == 302
    assert ContentPage.objects.get(pk=page.pk).title == stored


def test_editor_without_burmese_never_sees_the_choice(admin_client, home):
    page = ContentPageFactory(parent=home, title="About", slug="about")
    html = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'name="zawgyi_action"' not in html
    assert admin_client.post(f"/admin/pages/{page.pk}/edit/", page_form("Plain English")).status_code == 302


def test_snippet_form_converts_zawgyi(admin_client, home):
    data = {"name": ZAWGYI, "slug": "parliament", "locale": "1"}
    response = admin_client.post("/admin/snippets/taxonomy/topic/add/", data)
    assert response.status_code == 200
    assert "converted to Unicode (Name)" in response.content.decode()
    assert not Topic.objects.filter(slug="parliament").exists()
    admin_client.post("/admin/snippets/taxonomy/topic/add/", {**data, "name": UNICODE})
    assert Topic.objects.get(slug="parliament").name == UNICODE


def test_settings_form_converts_zawgyi(admin_client, home):
    branding = SiteBranding.objects.get()
    data = {
        "name": branding.name,
        "burmese_name": ZAWGYI,
        "short_name": "TA",
        "about": "",
        "contact_email": "contact@example.org",
        "social_links-count": "0",
        "parent_organisation": "",
        "parent_organisation_url": "",
        "parent_organisation_about": "",
    }
    url = f"/admin/settings/cms/sitebranding/{branding.site_id}/"
    response = admin_client.post(url, data)
    assert "Typed in Zawgyi: converted to Unicode. Check it and save again." in response.content.decode()
    admin_client.post(url, {**data, "burmese_name": UNICODE})
    branding.refresh_from_db()
    assert branding.burmese_name == UNICODE


@pytest.fixture
def translation(home, burmese):
    page = ContentPageFactory(parent=home, title="About", slug="about", intro="Who we are")
    translate_page(home, burmese)
    translate_page(page, burmese)
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=burmese)
    segment = StringSegment.objects.get(source=translation.source, string__data="Who we are")
    return translation, segment


def test_segment_editor_stores_unicode(admin_client, translation):
    translation, segment = translation
    url = f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/"

    response = admin_client.put(url, data=f"value={ZAWGYI}", content_type="application/x-www-form-urlencoded")

    assert response.status_code == 201
    assert response.json()["data"] == UNICODE
    assert StringTranslation.objects.get(translation_of=segment.string).data == UNICODE


def test_segment_editor_converts_only_the_zawgyi_run_and_says_so(admin_client, translation):
    translation, segment = translation
    url = f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/"

    saved = admin_client.put(url, data=f"value={MIXED}", content_type="application/x-www-form-urlencoded").json()

    assert saved["data"] == MIXED_FIXED
    assert saved["error"] is None  # the segment is used; the note below it tells what changed
    assert "Zawgyi converter, please check" in saved["comment"] and ZAWGYI.split()[0] in saved["comment"]


def test_page_form_names_what_it_converted_and_keeps_the_unicode_run(admin_client, home):
    page = ContentPageFactory(parent=home, title="About", slug="about")
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", page_form(MIXED))
    html = response.content.decode()
    assert f'value="{MIXED_FIXED}"' in html
    assert f"{ZAWGYI.split()[0]} → {UNICODE.split()[0]}" in html


def test_segment_editor_warns_about_doubtful_text_until_saved_again(admin_client, translation):
    translation, segment = translation
    url = f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/"
    form = f"value={DOUBTFUL}"

    first = admin_client.put(url, data=form, content_type="application/x-www-form-urlencoded").json()
    assert first["error"] == DOUBTFUL_SEGMENT
    assert StringTranslation.objects.get(translation_of=segment.string).has_error

    second = admin_client.put(url, data=form, content_type="application/x-www-form-urlencoded").json()
    assert second["error"] is None
    stored = StringTranslation.objects.get(translation_of=segment.string)
    assert (stored.data, stored.has_error) == (DOUBTFUL, False)


def test_po_upload_stores_unicode(admin_client, translation):
    translation, segment = translation
    po = translation.export_po()
    for entry in po:
        if entry.msgid == "Who we are":
            entry.msgstr = MIXED
    upload = io.BytesIO(str(po).encode("utf-8"))
    upload.name = "about.po"

    response = admin_client.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/", {"file": upload, "next": "/admin/"}, follow=True
    )

    assert response.status_code == 200
    assert StringTranslation.objects.get(translation_of=segment.string).data == MIXED_FIXED
    html = response.content.decode()
    assert f"{ZAWGYI.split()[0]} → {UNICODE.split()[0]}" in html
    assert "1 translation(s) in the PO file were typed in Zawgyi and have been converted to Unicode" in html
    assert "Successfully imported translations from PO File." in html
    assert isinstance(polib.pofile(str(po)), polib.POFile)


def test_zawgyi_search_is_searched_as_unicode(client, home):
    index = PublicationIndexPageFactory(parent=home, slug="publications")
    PublicationPageFactory(parent=index, title="Statement", summary=f"{UNICODE} statement")
    PublicationPageFactory(parent=index, title="Other", summary="Nothing Burmese")

    html = client.get("/en/publications/", {"q": ZAWGYI}).content.decode()

    assert "was typed in Zawgyi; it has been searched as Unicode" in html
    assert "Statement" in html and ">Other<" not in html


def test_doubtful_search_offers_the_other_reading(client, home):
    PublicationIndexPageFactory(parent=home, slug="publications")
    html = client.get("/en/publications/", {"q": DOUBTFUL}).content.decode()
    assert "Your search may be typed in Zawgyi." in html
    assert "Search for “ဒီမိုကရစေီ” instead" in html


def test_scan_zawgyi_reports_and_fixes_stored_text(home, burmese):
    page = ContentPageFactory(parent=home, title="About", slug="about", intro=ZAWGYI)
    page.save_revision().publish()
    topic = TopicFactory(name=ZAWGYI, slug="parliament")
    out = io.StringIO()

    call_command("scan_zawgyi", stdout=out)
    report = out.getvalue()
    assert f"home.ContentPage {page.pk} intro" in report and f"taxonomy.Topic {topic.pk} name" in report
    assert "Zawgyi: 2 found." in report
    assert ContentPage.objects.get(pk=page.pk).intro == ZAWGYI  # a report changes nothing

    call_command("scan_zawgyi", "--fix", stdout=io.StringIO())
    fixed = ContentPage.objects.get(pk=page.pk)
    assert fixed.intro == UNICODE and fixed.live and not fixed.has_unpublished_changes
    assert Topic.objects.get(pk=topic.pk).name == UNICODE
    again = io.StringIO()
    call_command("scan_zawgyi", stdout=again)
    assert "Zawgyi: 0 found." in again.getvalue()
