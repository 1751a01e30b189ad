"""The guide for editors, moderators, translators and membership officers, served in the admin.

The guide is Markdown in ``docs/guide/`` (readable in the repository as it is) with its
screenshots in ``docs/guide/img/``, which the browser test ``tests/browser/test_guide.py``
takes by following the guide's steps. Pages are served at ``/admin/guide/<name>.md`` so
that the guide's relative links (``publish.md``, ``img/publish-approve.png``) work in
the admin exactly as in the repository. Only admin users reach it.
"""

import re

from django.conf import settings
from django.http import FileResponse, Http404
from django.template.response import TemplateResponse
from markdown_it import MarkdownIt

GUIDE_DIR = settings.BASE_DIR / "docs" / "guide"
INDEX = "README"
NAME = re.compile(r"[A-Za-z0-9-]+")
# CommonMark with tables; raw HTML in the Markdown is shown as text, never rendered.
MARKDOWN = MarkdownIt("commonmark", {"html": False}).enable("table")


def guide_file(folder, name, suffix):
    """The file ``name`` + ``suffix`` in ``folder``, or 404 for any other name."""
    if not NAME.fullmatch(name):
        raise Http404
    path = folder / f"{name}{suffix}"
    if not path.is_file():
        raise Http404
    return path


def page_title(text):
    """The first heading of a page, for the browser's title bar."""
    heading = next((line for line in text.splitlines() if line.startswith("# ")), "# Guide")
    return heading[2:].strip()


def guide_page(request, name=INDEX):
    text = guide_file(GUIDE_DIR, name, ".md").read_text(encoding="utf-8")
    return TemplateResponse(
        request,
        "cms/guide.html",
        {"title": page_title(text), "body": MARKDOWN.render(text), "is_index": name == INDEX},
    )


def guide_image(request, name):
    return FileResponse(guide_file(GUIDE_DIR / "img", name, ".png").open("rb"), content_type="image/png")
