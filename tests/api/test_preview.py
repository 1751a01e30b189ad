"""Previewing drafts in another front end: the editor's preview sends a signed, expiring token."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.cache import cache
from django.test import override_settings
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from cms.api import preview

pytestmark = pytest.mark.django_db
FRONT_END = "https://front.example.org/preview"
DRAFT_INTRO = "Draft introduction, not yet published"


@pytest.fixture
def editor_client(client):
    client.force_login(get_user_model().objects.create_superuser("editor", "editor@example.org", "pw"))
    return client


def preview_in_front_end(editor_client, page):
    """Post the edit form to the admin preview, then open the front-end mode, as the preview panel does."""
    url = f"/admin/pages/{page.pk}/edit/preview/"
    form = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": DRAFT_INTRO,
            "body": streamfield([("quote", {"quote": "A drafted quote", "attribution": "", "role": ""})]),
            "comments": inline_formset([]),
        }
    )
    assert editor_client.post(url, form).json()["is_valid"] is True
    return editor_client.get(url, {"mode": preview.FRONT_END_MODE})


def token_from(response):
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == FRONT_END
    return parse_qs(location.query)["token"][0]


def test_no_front_end_mode_unless_configured(content):
    assert [mode for mode, _label in content["about"].preview_modes] == [""]


@override_settings(HEADLESS_PREVIEW_URL=FRONT_END)
def test_the_front_end_reads_the_draft_with_the_token(editor_client, client, content):
    page = content["about"]
    assert preview.FRONT_END_MODE in [mode for mode, _label in page.preview_modes]

    token = token_from(preview_in_front_end(editor_client, page))
    client.logout()
    response = client.get("/api/v2/preview/", {"token": token})

    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    data = response.json()
    assert data["id"] == page.pk and data["content"]["intro"] == DRAFT_INTRO
    assert data["content"]["body"][0]["value"]["quote"] == "A drafted quote"
    # Nothing else serves the draft.
    assert DRAFT_INTRO not in client.get(f"/api/v2/pages/{page.pk}/").content.decode()
    assert DRAFT_INTRO not in client.get(page.url).content.decode()


@override_settings(HEADLESS_PREVIEW_URL=FRONT_END)
def test_a_page_never_saved_can_be_previewed(rf, content):
    from home.models import ContentPage

    page = ContentPage(title="Brand new", slug="brand-new", intro="Not saved anywhere")
    content["home"].add_child(instance=page)  # gives it a path, then forget the row: only the draft remains
    page.delete()
    page.pk = page.id = None

    location = page.make_preview_request(rf.get("/"), preview.FRONT_END_MODE)["Location"]
    token = parse_qs(urlsplit(location).query)["token"][0]
    draft = preview.load_draft(token)

    assert draft.pk is None and draft.intro == "Not saved anywhere"


@override_settings(HEADLESS_PREVIEW_URL=FRONT_END)
def test_forged_and_missing_tokens_are_refused(editor_client, client, content):
    token = token_from(preview_in_front_end(editor_client, content["about"]))

    forged = client.get("/api/v2/preview/", {"token": token[:-2] + "xx"})
    other_salt = client.get("/api/v2/preview/", {"token": signing.dumps("some-key")})
    missing = client.get("/api/v2/preview/")

    assert forged.status_code == other_salt.status_code == 403
    assert forged.json()["error"]["code"] == "invalid_token"
    assert missing.status_code == 400 and missing.json()["error"]["parameter"] == "token"


@override_settings(HEADLESS_PREVIEW_URL=FRONT_END, HEADLESS_PREVIEW_MAX_AGE=60)
def test_tokens_expire(editor_client, client, content, monkeypatch):
    token = token_from(preview_in_front_end(editor_client, content["about"]))
    real_time = signing.time.time
    monkeypatch.setattr(signing.time, "time", lambda: real_time() + 61)

    response = client.get("/api/v2/preview/", {"token": token})

    assert response.status_code == 403 and response.json()["error"]["code"] == "token_expired"


@override_settings(HEADLESS_PREVIEW_URL=FRONT_END)
def test_a_draft_gone_from_the_cache_is_404(editor_client, client, content):
    token = token_from(preview_in_front_end(editor_client, content["about"]))
    cache.clear()

    assert client.get("/api/v2/preview/", {"token": token}).status_code == 404


@override_settings(HEADLESS_PREVIEW_URL=FRONT_END)
def test_only_editors_can_ask_for_a_preview(client, content):
    response = client.get(f"/admin/pages/{content['about'].pk}/edit/preview/", {"mode": preview.FRONT_END_MODE})
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


@override_settings(HEADLESS_PREVIEW_URL=FRONT_END)
@pytest.mark.parametrize("key", ["about", "index", "campaign", "network", "home"])
def test_every_page_type_sends_its_front_end_preview_to_the_front_end(rf, content, key):
    """Routable page types (an index, a campaign) render their own preview; the front end's mode goes first."""
    page = content[key].specific
    response = page.make_preview_request(rf.get("/"), preview.FRONT_END_MODE)
    assert preview.load_draft(token_from(response)).pk == page.pk


@override_settings(HEADLESS_PREVIEW_URL=FRONT_END)
def test_a_publication_sends_its_front_end_preview_to_the_front_end(rf, content):
    page = content["publications"][0].specific
    response = page.make_preview_request(rf.get("/"), preview.FRONT_END_MODE)
    assert preview.load_draft(token_from(response)).pk == page.pk
