"""The guide's journeys in Chromium, one per role, saving the pictures docs/guide/ shows.

Each journey follows the steps of one page of the guide (docs/guide/*.md) on the demo sites
and saves a 1280×800 picture of the screen where the guide shows one, so the guide stays
true to the admin: when the admin changes, these tests fail or the pictures change with it.
"""

import datetime
import io
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connections
from PIL import Image
from wagtail.models import Locale, Page

from participation.models import Signatory, Status
from publications.models import PublicationIndexPage, PublicationPage
from tests.browser.admin import log_in, translate_every_segment
from tests.factories import user_in

pytestmark = pytest.mark.browser

IMAGES = Path(__file__).resolve().parents[2] / "docs" / "guide" / "img"
VIEWPORT = {"width": 1280, "height": 800}
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture
def admin_page(browser_page):
    browser_page.set_viewport_size(VIEWPORT)
    return browser_page


@pytest.fixture
def people(demo_server):
    """One user per role, with the password the journeys type."""
    return {group: user_in(group) for group in ("Editors", "Moderators", "Translators", "Membership")}


TAKEN = set()


def picture(page, name):
    """Save what the screen shows as docs/guide/img/<name>.png, in 256 colours to keep it small."""
    TAKEN.add(name)
    page.wait_for_load_state("networkidle")
    shot = Image.open(io.BytesIO(page.screenshot(full_page=False)))
    shot.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(
        IMAGES / f"{name}.png", optimize=True
    )


def ipam_home():
    return Page.objects.get(depth=2, slug="ipam", locale__language_code="en")


def open_more_actions(page):
    page.get_by_role("button", name="More actions").last.click()


def editor_writes_a_page_and_submits_it(demo_server, people, admin_page, tmp_path):
    """write-and-submit.md"""
    page, home_id = admin_page, ipam_home().pk
    log_in(page, demo_server, "editors")
    page.goto(f"{demo_server.url}/admin/pages/{home_id}/add_subpage/")
    # The link's name includes the page type's description: found by the form it opens.
    page.locator("a[href*='/add/home/contentpage/']").first.click()
    page.locator("#id_title").fill("Visit to the border")
    page.locator("textarea[name=intro]").fill("Members of the alliance met refugees and local officials.")
    picture(page, "write-form")

    open_more_actions(page)
    submit = page.get_by_role("button", name="Submit to Moderators approval")
    submit.wait_for()
    picture(page, "write-submit-menu")
    submit.click()
    page.get_by_text("submitted for moderation").first.wait_for()
    picture(page, "write-submitted")
    created = Page.objects.get(slug="visit-to-the-border")
    connections.close_all()
    assert not created.live and created.current_workflow_state is not None


def editor_adds_a_publication_with_its_documents(demo_server, people, admin_page, tmp_path):
    """add-publication.md"""
    page = admin_page
    index = PublicationIndexPage.objects.get(
        locale__language_code="en", slug="publications", path__startswith=ipam_home().path
    )
    files = []
    for name in ("briefing-en.pdf", "briefing-my.pdf"):
        (tmp_path / name).write_bytes(PDF)
        files.append(str(tmp_path / name))
    log_in(page, demo_server, "editors")
    page.goto(f"{demo_server.url}/admin/documents/multiple/add/")
    page.set_input_files("input[type=file]", files)
    page.get_by_text("briefing-my.pdf").first.wait_for()
    page.locator("li.upload-success").nth(1).wait_for()
    picture(page, "publication-upload")

    page.goto(f"{demo_server.url}/admin/pages/{index.pk}/add_subpage/")  # the only kind allowed: its form opens
    page.locator("#id_title").fill("Briefing on the 2026 elections")
    page.locator("select[name=publication_type]").select_option("briefing-paper")
    page.locator("input[name=date]").fill(datetime.date(2026, 11, 2).isoformat())
    page.locator("textarea[name=summary]").fill("Why the junta's elections are neither free nor fair.")
    page.get_by_role("tab", name="Documents").click()
    for language, name in (("en", "briefing-en"), ("my", "briefing-my")):
        page.get_by_role("button", name="Add document").click()
        row = page.locator("[data-inline-panel-child]:not(.deleted)").last
        row.get_by_role("button", name="Choose a document").click()
        page.locator(".modal-content").get_by_role("link", name=name, exact=True).first.click()
        page.locator(".modal-content").wait_for(state="hidden")
        row.locator("select[name$='-language']").select_option(language)
    open_more_actions(page)
    page.get_by_role("button", name="Submit to Moderators approval").click()
    page.get_by_text("submitted for moderation").first.wait_for()
    # The editor's own view of what was submitted, without the autosave notes of a form being typed.
    created = PublicationPage.objects.get(slug="briefing-on-the-2026-elections")
    page.goto(f"{demo_server.url}/admin/pages/{created.pk}/edit/")
    page.get_by_role("tab", name="Documents").click()
    page.locator("[data-inline-panel-child]").last.scroll_into_view_if_needed()
    picture(page, "publication-documents")
    languages = sorted(created.get_latest_revision_as_object().documents.values_list("language", flat=True))
    connections.close_all()
    assert languages == ["en", "my"] and not created.live


def moderator_publishes_what_an_editor_submitted(demo_server, people, admin_page, tmp_path):
    """publish.md"""
    page = admin_page
    submitted = Page.objects.get(slug="democracy-in-myanmar", locale__language_code="en").specific
    submitted.intro = "Why the alliance exists and what its members do, updated for 2026."
    submitted.save_revision(user=people["Editors"])
    submitted.get_workflow().start(submitted, people["Editors"])
    connections.close_all()

    log_in(page, demo_server, "moderators")
    page.get_by_text("Awaiting your review").wait_for()
    picture(page, "publish-dashboard")
    row = page.locator("#awaiting-review-section tr", has_text=submitted.title).first
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Request changes").wait_for()
    picture(page, "publish-approve")
    with page.expect_navigation():
        row.get_by_role("button", name="Approve", exact=True).click()
    page.get_by_text("approved and published").wait_for()
    picture(page, "publish-approved")
    live = Page.objects.get(pk=submitted.pk).specific
    connections.close_all()
    assert live.intro.startswith("Why the alliance exists and what its members do, updated")


def translator_translates_and_a_moderator_reviews(demo_server, people, admin_page, tmp_path):
    """translate-and-submit.md, then review-translation.md"""
    page = admin_page
    english = PublicationPage.objects.get(slug="submission-on-corporate-links-to-the-myanmar-military")
    burmese_title = "မြန်မာ စစ်တပ်နှင့် ကော်ပိုရိတ် ဆက်နွယ်မှုဆိုင်ရာ တင်ပြချက်"

    log_in(page, demo_server, "translators")
    page.goto(f"{demo_server.url}/admin/reports/burmese-translations/?status=missing")
    page.get_by_role("link", name="Translate").first.wait_for()
    picture(page, "translate-report")
    page.goto(f"{demo_server.url}/admin/localize/submit/page/{english.pk}/")
    page.get_by_label("Burmese").check()
    page.get_by_role("button", name="Submit").click()
    page.wait_for_selector(".js-translation-editor li")
    translate_every_segment(page, burmese_title)
    picture(page, "translate-editor")
    page.get_by_role("button", name="Submit for review").click()
    page.get_by_text("submitted for review").wait_for()
    picture(page, "translate-submitted")

    log_in(page, demo_server, "moderators")
    row = page.locator("#awaiting-review-section tr", has_text=burmese_title).first
    row.wait_for()
    picture(page, "review-dashboard")
    row.get_by_role("button", name="Actions").click()
    with page.expect_navigation():
        row.get_by_role("button", name="Approve", exact=True).click()
    page.get_by_text("approved and published").wait_for()
    picture(page, "review-approved")
    translated = Page.objects.get(pk=english.get_translation(Locale.objects.get(language_code="my")).pk)
    connections.close_all()
    assert translated.live and translated.title == burmese_title


def membership_officer_moderates_signatures(demo_server, people, admin_page, tmp_path):
    """moderate-signatures.md"""
    page = admin_page
    oldest = Signatory.objects.filter(status=Status.PENDING).order_by("created_at").first()
    waiting = Signatory.objects.filter(status=Status.PENDING).count()
    connections.close_all()

    log_in(page, demo_server, "membership")
    panel = page.locator("#waiting-submissions-section")
    panel.wait_for()
    panel.scroll_into_view_if_needed()
    picture(page, "signatures-dashboard")
    panel.get_by_role("link", name="Approve").first.click()
    page.get_by_text("Approve this signature?").wait_for()
    picture(page, "signatures-confirm")
    page.get_by_role("button", name="Approve").click()
    page.get_by_text("1 signature approved.").wait_for()
    picture(page, "signatures-approved")

    page.goto(f"{demo_server.url}/admin/snippets/participation/signatory/")
    page.get_by_role("link", name="Download CSV").wait_for()
    picture(page, "signatures-listing")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download CSV").click()
    assert download.value.suggested_filename.startswith("signatories")
    oldest.refresh_from_db()
    remaining = Signatory.objects.filter(status=Status.PENDING).count()
    connections.close_all()
    assert oldest.status == Status.APPROVED and remaining == waiting - 1


def editor_finds_imported_publications_as_drafts(demo_server, people, admin_page, tmp_path):
    """import.md"""
    page = admin_page
    index = PublicationIndexPage.objects.get(
        locale__language_code="en", slug="publications", path__startswith=ipam_home().path
    )
    (tmp_path / "letter-en.pdf").write_bytes(PDF)
    (tmp_path / "publications.csv").write_text(
        "title,type,date,summary,documents\n"
        "Letter to ASEAN foreign ministers,letter,2026-10-01,ASEAN should refuse the junta a seat.,en:letter-en.pdf\n"
        "Statement on the air strikes in Sagaing,statement,2026-10-12,The alliance condemns the bombing.,\n",
        encoding="utf-8",
    )
    call_command(
        "import_publications",
        str(tmp_path / "publications.csv"),
        index=index.pk,
        draft=True,
        owner="editors",
        no_progress=True,
    )
    connections.close_all()

    log_in(page, demo_server, "editors")
    page.goto(f"{demo_server.url}/admin/pages/{index.pk}/")
    page.get_by_text("Statement on the air strikes in Sagaing").first.wait_for()
    picture(page, "import-drafts")
    imported = PublicationPage.objects.filter(
        slug__in=["letter-to-asean-foreign-ministers", "statement-on-the-air-strikes-in-sagaing"]
    )
    owners_and_states = list(imported.values_list("owner__username", "live"))
    connections.close_all()
    assert owners_and_states == [("editors", False), ("editors", False)]


JOURNEYS = [
    editor_writes_a_page_and_submits_it,
    editor_adds_a_publication_with_its_documents,
    editor_finds_imported_publications_as_drafts,
    moderator_publishes_what_an_editor_submitted,
    translator_translates_and_a_moderator_reviews,
    membership_officer_moderates_signatures,
]


def test_every_role_follows_the_guide(demo_server, people, admin_page, tmp_path):
    """One demo load for all the journeys: each is independent of the others' data."""
    for journey in JOURNEYS:
        folder = tmp_path / journey.__name__
        folder.mkdir()
        journey(demo_server, people, admin_page, folder)
    shown = {
        name for path in IMAGES.parent.glob("*.md") for name in re.findall(r"\]\(img/([\w-]+)\.png\)", path.read_text())
    }
    assert shown == TAKEN  # every picture the guide shows was taken just now, and no other
