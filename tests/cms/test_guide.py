"""The editors' guide: served in the admin from docs/guide/, linked from the help menu, and whole."""

import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from PIL import Image

from tests.factories import user_in

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "guide"
TASKS = [
    "write-and-submit",
    "publish",
    "add-publication",
    "translate-and-submit",
    "review-translation",
    "moderate-signatures",
    "import",
]


def pages():
    return {path.stem: path.read_text(encoding="utf-8") for path in GUIDE.glob("*.md")}


def test_one_page_per_task_and_an_index_linking_them_all():
    found = pages()
    assert set(found) == {"README", *TASKS}
    for task in TASKS:
        assert f"({task}.md)" in found["README"], task


def test_every_picture_exists_is_used_and_is_small():
    used = {name for text in pages().values() for name in re.findall(r"\]\(img/([\w-]+\.png)\)", text)}
    stored = {path.name for path in (GUIDE / "img").glob("*.png")}
    assert used == stored and len(stored) >= 14
    for name in stored:
        path = GUIDE / "img" / name
        with Image.open(path) as image:
            assert image.size == (1280, 800), name
        assert path.stat().st_size < 250_000, name


def test_every_link_between_pages_leads_somewhere():
    found = pages()
    for text in found.values():
        for target in re.findall(r"\]\(([\w-]+)\.md\)", text):
            assert target in found, target


@pytest.mark.parametrize("group", ["Editors", "Moderators", "Translators", "Membership"])
def test_every_role_reads_the_guide_from_the_help_menu(client, db, group):
    client.force_login(user_in(group))
    dashboard = client.get("/admin/").content.decode()
    # The help menu is drawn by the sidebar's script from the menu's JSON.
    assert '"/admin/guide/"' in dashboard and "Guide for this site" in dashboard

    index = client.get("/admin/guide/")
    html = index.content.decode()
    assert index.status_code == 200 and "<h1>Guide to the admin</h1>" in html
    assert '<a href="publish.md">Publish what an editor submitted</a>' in html
    page = client.get("/admin/guide/publish.md").content.decode()
    assert '<img src="img/publish-dashboard.png"' in page and "<title>Publish what an editor submitted" in page
    image = client.get("/admin/guide/img/publish-dashboard.png")
    assert image.status_code == 200 and image["Content-Type"] == "image/png"


def test_the_guide_is_for_admin_users_only(client, db):
    for path in ("/admin/guide/", "/admin/guide/publish.md", "/admin/guide/img/publish-dashboard.png"):
        response = client.get(path)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    client.force_login(get_user_model().objects.create_user("visitor", "v@example.org", "pw"))
    assert client.get("/admin/guide/").status_code in (302, 403)


@pytest.mark.parametrize(
    "path",
    [
        "/admin/guide/missing.md",
        "/admin/guide/..%2Fsettings.md",
        "/admin/guide/img/missing.png",
        "/admin/guide/img/..%2F..%2Freadme.png",
        "/admin/guide/img/publish-dashboard.jpg",
    ],
)
def test_unknown_or_crafted_names_are_a_404(client, db, path):
    client.force_login(user_in("Editors"))
    assert client.get(path, follow=True).status_code == 404


def test_markup_in_the_guide_is_shown_not_run(client, db, tmp_path, monkeypatch):
    from cms import guide

    (tmp_path / "README.md").write_text("# Guide\n\n<script>alert(1)</script>\n", encoding="utf-8")
    monkeypatch.setattr(guide, "GUIDE_DIR", tmp_path)
    client.force_login(user_in("Editors"))
    html = client.get("/admin/guide/").content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert(1)" not in html
