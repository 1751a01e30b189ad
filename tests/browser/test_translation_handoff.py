"""The Burmese hand-off in Chromium: a translator translates a publication and submits it, a
moderator approves it, and only then does the Burmese page go live, in Burmese."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Locale, Page, Site

from cms.translation import translate_page
from tests.browser.admin import log_in, translate_every_segment
from tests.factories import PublicationIndexPageFactory, PublicationPageFactory, user_in

pytestmark = pytest.mark.browser

BURMESE_TITLE = "အကျဉ်းထောင်ရှိ လွှတ်တော်ကိုယ်စားလှယ်များကို လွှတ်ပေးရန်"
SEGMENT_STYLE = """el => {
    const style = getComputedStyle(el);
    return {
        lang: el.getAttribute("lang"),
        fontStyle: style.fontStyle,
        fontFamily: style.fontFamily,
        lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
    };
}"""


@pytest.fixture
def publication(small_site_server):
    home = Site.objects.get(is_default_site=True).root_page.specific
    burmese = Locale.objects.get(language_code="my")
    index = PublicationIndexPageFactory(parent=home, slug="publications")
    page = PublicationPageFactory(parent=index, title="Release the detained MPs", slug="release-mps")
    page.save_revision().publish()
    translate_page(home, burmese)
    translate_page(index, burmese)
    for name in ("translator", "moderator"):
        user_in(f"{name.capitalize()}s")
    assert Group.objects.get(name="Moderators").user_set.exists()
    return page


def test_translation_goes_live_only_after_a_moderator_approves(
    small_site_server, publication, browser_page, screenshot
):
    server, page = small_site_server, browser_page
    burmese_url = f"{server.url}/my/publications/release-mps/"

    log_in(page, server, "translators")
    page.goto(f"{server.url}/admin/localize/submit/page/{publication.pk}/")
    page.get_by_label("Burmese").check()  # the submit form asks for the target languages
    page.get_by_role("button", name="Submit").click()
    page.wait_for_selector(".js-translation-editor li")
    assert translate_every_segment(page, BURMESE_TITLE) >= 1
    assert page.request.get(burmese_url).status == 404  # a draft: nothing public yet

    segment = page.locator(".js-translation-editor li p", has_text=BURMESE_TITLE).first
    segment.wait_for()
    page.wait_for_function("el => el.getAttribute('lang') === 'my'", arg=segment.element_handle())
    style = segment.evaluate(SEGMENT_STYLE)
    assert style["lang"] == "my" and style["fontStyle"] == "normal"
    assert "Noto Sans Myanmar" in style["fontFamily"] and 1.7 <= style["lineHeight"] <= 1.9
    assert screenshot("translation-editor-burmese").stat().st_size > 10_000

    assert page.get_by_role("button", name="Publish in Burmese").count() == 0
    page.get_by_role("button", name="Submit for review").click()
    page.get_by_text("submitted for review").wait_for()
    assert page.request.get(burmese_url).status == 404  # awaiting review: still not public

    log_in(page, server, "moderators")
    assert page.get_by_text("Awaiting your review").count()
    row = page.locator("tr", has_text=BURMESE_TITLE).first
    row.get_by_role("button", name="Actions").click()
    with page.expect_navigation():
        row.get_by_role("button", name="Approve", exact=True).click()

    translated = Page.objects.get(pk=publication.get_translation(Locale.objects.get(language_code="my")).pk)
    assert translated.live and translated.title == BURMESE_TITLE
    public = page.request.get(burmese_url)
    assert public.status == 200 and BURMESE_TITLE in public.text()
    assert "Release the detained MPs" not in public.text().split("<main", 1)[-1].split("</main>", 1)[0]
