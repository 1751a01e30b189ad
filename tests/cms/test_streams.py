"""A page body is rendered once per content version, and a draft's body never takes the live one's place."""

import json

import pytest

from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


def text(html):
    return ("text", html)


@pytest.fixture
def about(home):
    page = ContentPageFactory(parent=home, slug="about", body=[text("<p>The live body</p>")])
    page.save_revision().publish()
    return page


def rendered(client, url):
    client.cookies["returning"] = "1"  # a cookie the page cache does not know: the page is rendered
    return client.get(url).content.decode()


def test_the_body_is_rendered_once_then_read_as_kept(client, about, monkeypatch):
    first = rendered(client, about.url)
    monkeypatch.setattr("cms.templatetags.streams._render", lambda context, stream: "never rendered again")

    again = rendered(client, about.url)

    assert "The live body" in first and again == first


def test_a_published_change_is_shown_at_once(client, about):
    rendered(client, about.url)
    about.body = json.dumps([{"type": "text", "value": "<p>The new body</p>"}])
    about.save_revision().publish()

    html = rendered(client, about.url)

    assert "The new body" in html and "The live body" not in html


def test_a_draft_in_preview_shows_its_own_body_and_leaves_the_live_one(client, about):
    rendered(client, about.url)
    about.body = json.dumps([{"type": "text", "value": "<p>The draft body</p>"}])
    about.save_revision()

    draft = about.get_latest_revision_as_object()
    preview = draft.make_preview_request().render().content.decode()
    live = rendered(client, about.url)

    assert "The draft body" in preview and "The live body" not in preview
    assert "The live body" in live and "The draft body" not in live
