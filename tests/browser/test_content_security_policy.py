"""The admin, the page editor and wagtail-localize's translation editor work under their CSP."""

from django.contrib.auth import get_user_model
from wagtail.models import Locale, Page, Site

from cms.translation import translate_page
from tests.browser.admin import log_in
from tests.factories import ContentPageFactory


def csp_errors(messages):
    return [text for text in messages if "Content Security Policy" in text or "Refused to" in text]


def test_admin_and_translation_editor_run_without_csp_errors(small_site_server, browser_page, screenshot):
    home = Site.objects.get(is_default_site=True).root_page
    page = ContentPageFactory(parent=home, title="About", slug="about", intro="Who we are")
    page.save_revision().publish()
    burmese, _created = Locale.objects.get_or_create(language_code="my")
    translate_page(Page.objects.get(pk=home.pk).specific, burmese)
    burmese_page = translate_page(page, burmese, {"About": "အကြောင်း"})
    get_user_model().objects.create_superuser("root", "root@example.org", "long-enough-pw")
    messages = []
    browser_page.set_default_timeout(120_000)  # the editors load many scripts; the live server is single-threaded
    browser_page.on("console", lambda message: messages.append(message.text))

    log_in(browser_page, small_site_server, "root", "long-enough-pw")
    browser_page.goto(f"{small_site_server.url}/admin/pages/{page.pk}/edit/")
    browser_page.wait_for_selector("#id_title")
    browser_page.goto(f"{small_site_server.url}/admin/pages/{burmese_page.pk}/edit/")
    browser_page.wait_for_selector("text=အကြောင်း")
    screenshot("translation-editor-under-csp")
    browser_page.goto(f"{small_site_server.url}/en/about/")
    browser_page.wait_for_selector("h1")

    assert csp_errors(messages) == []
