import pytest

pytestmark = pytest.mark.browser


def test_each_site_home_page_shows_its_network(demo_server, browser_page, screenshot):
    port = demo_server.url.rsplit(":", 1)[1]

    browser_page.goto(f"{demo_server.url}/")
    assert browser_page.url.endswith("/en/")
    assert browser_page.locator("h1").inner_text() == "International Parliamentarians Alliance for Myanmar"
    assert browser_page.get_by_role("heading", name="What is the problem?").is_visible()
    screenshot("ipam-home-en")

    browser_page.goto(f"http://mwpn.localhost:{port}/en/")
    assert browser_page.locator("h1").inner_text() == "Myanmar Women Parliamentarians Network"
    assert browser_page.get_by_role("heading", name="Vision").is_visible()
    screenshot("mwpn-home-en")

    browser_page.get_by_role("link", name="မြန်မာ").click()
    browser_page.wait_for_url("**/my/")
    assert browser_page.locator("html").get_attribute("lang") == "my"
    assert browser_page.locator("h1").inner_text() == "မြန်မာအမျိုးသမီး လွှတ်တော်ကိုယ်စားလှယ်များကွန်ရက်"
    screenshot("mwpn-home-my")


def test_skip_link_moves_focus_to_the_main_content(small_site_server, browser_page):
    browser_page.goto(f"{small_site_server.url}/en/")
    browser_page.keyboard.press("Tab")
    skip = browser_page.get_by_role("link", name="Skip to main content")
    assert skip.evaluate("element => element === document.activeElement")
    skip.press("Enter")
    assert browser_page.evaluate("document.activeElement.id") == "main"
