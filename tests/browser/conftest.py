"""Browser tests: Debian's Chromium driven by Playwright, against pytest-django's live server."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from tests.demo_data import load_demo_rows

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture
def demo_server(django_db_serialized_rollback, live_server):
    """The live server with the demo sites loaded (``tests.demo_data``).

    Serialized rollback restores what migrations created (locales, the tree root) after
    the flush that ends every transactional test.
    """
    load_demo_rows()
    return live_server


@pytest.fixture
def small_site_server(django_db_serialized_rollback, live_server):
    """The live server with one home page: quicker than the demo when it is enough."""
    from wagtail.models import Page, Site

    from tests.factories import HomePageFactory

    home = HomePageFactory(parent=Page.get_first_root_node(), slug="small")
    Site.objects.update_or_create(is_default_site=True, defaults={"root_page": home, "hostname": "localhost"})
    return live_server


@pytest.fixture
def browser_page():
    # Playwright's sync API runs an event loop in this thread; the ORM is only used
    # by fixtures before it starts and by the live server's own thread.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        yield page
        browser.close()


@pytest.fixture
def screenshot(browser_page):
    def take(name):
        path = ARTIFACTS / f"{name}.png"
        browser_page.screenshot(path=str(path), full_page=True)
        return path

    return take
