import pytest

pytestmark = pytest.mark.browser


def test_searching_in_burmese_from_the_header(demo_server, browser_page, screenshot):
    browser_page.goto(f"{demo_server.url}/my/")
    box = browser_page.get_by_role("searchbox", name="ဤဝက်ဘ်ဆိုက်တွင် ရှာဖွေရန်")
    box.fill("ဒီမိုကရေစီ")
    box.press("Enter")
    browser_page.wait_for_url("**/my/search/?q=*")

    results = browser_page.locator(".search-result")
    assert results.count() >= 1
    assert browser_page.locator(".search-result mark").first.inner_text() == "ဒီမိုကရေစီ"
    screenshot("search-my")

    browser_page.goto(f"{demo_server.url}/en/search/?q=detained+parliament")
    assert browser_page.locator(".search-result").count() >= 1
    screenshot("search-en")


def test_the_api_reference_page(demo_server, browser_page, screenshot):
    browser_page.goto(f"{demo_server.url}/api/v2/")
    assert browser_page.get_by_role("heading", level=1).inner_text().endswith("content API")
    browser_page.get_by_role("link", name="Try it").first.click()
    assert browser_page.url.endswith("/api/v2/pages/")
    assert '"items"' in browser_page.content()
    browser_page.go_back()
    screenshot("api-reference")
