import re

import pytest
from django.db import connections

from participation.models import Signatory, Status

pytestmark = pytest.mark.browser

STATEMENT = "/publications/release-myanmars-detained-members-of-parliament/"


def test_an_mp_signs_the_statement_in_burmese(demo_server, browser_page, screenshot):
    browser_page.goto(f"{demo_server.url}/my{STATEMENT}")
    count = browser_page.locator(".signatures__count").inner_text()
    assert "လွှတ်တော်ကိုယ်စားလှယ်" in count and "၁၀" in count  # ten countries, in Burmese digits
    assert (
        not browser_page.locator(".honeypot input").is_visible()
        or browser_page.locator(".honeypot input").bounding_box()["x"] < 0
    )
    form = browser_page.locator("#sign form")
    form.get_by_label("အမည်အပြည့်အစုံ").fill("ဒေါ်ခင်မာဝင်း")
    form.get_by_role("button", name="လက်မှတ်ထိုးမည်").click()
    assert browser_page.locator(".field__error").first.is_visible()
    screenshot("statement-sign-errors-my")
    assert form.get_by_label("အမည်အပြည့်အစုံ").input_value() == "ဒေါ်ခင်မာဝင်း"  # nothing typed is lost

    form = browser_page.locator("#sign form")
    form.get_by_label("နိုင်ငံ").select_option("th")
    form.get_by_label("လွှတ်တော် သို့မဟုတ် အခန်း").fill("House of Representatives")
    form.get_by_label("အီးမေးလ်").fill("signer@example.org")
    form.locator("input[name=confirm]").check()
    form.get_by_role("button", name="လက်မှတ်ထိုးမည်").click()
    browser_page.wait_for_url(re.compile(r"/signed/"))
    assert "ကျေးဇူးတင်ပါသည်" in browser_page.locator("h1").inner_text()
    screenshot("statement-signed-my")
    signatory = Signatory.objects.get(email="signer@example.org")
    # Under Playwright's event loop the ORM gets a connection of its own: close it, or the
    # test database cannot be dropped at the end.
    connections.close_all()
    assert signatory.status == Status.PENDING and signatory.name == "ဒေါ်ခင်မာဝင်း"


def test_the_english_statement_lists_signatories_by_country(demo_server, browser_page, screenshot):
    browser_page.goto(f"{demo_server.url}/en{STATEMENT}")
    assert "Signed by 35 parliamentarians from 10 countries." in browser_page.locator(".signatures__count").inner_text()
    # Countries with a lone unnamed signer are merged into "Other countries"; take a listed one.
    option = browser_page.locator("#signatories-country option:not([value=''])").first
    code, country = option.get_attribute("value"), option.inner_text().rsplit(" (", 1)[0]
    browser_page.locator("#signatories-country").select_option(code)
    browser_page.get_by_role("button", name="Show").click()
    browser_page.wait_for_url(f"**signatories_country={code}**")
    names = browser_page.locator(".signatory-list li").all_inner_texts()
    assert names and all(country in name for name in names)
    screenshot("statement-signatories-en")
