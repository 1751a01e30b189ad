"""The index follows public content: publish, unpublish, drafts, delete, move, translations, restrictions."""

import pytest
from wagtail.models import PageViewRestriction

from cms.translation import translate_page
from search.indexing import rebuild
from search.models import SearchEntry
from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


def indexed_text(page):
    entry = SearchEntry.objects.filter(page_id=page.pk).first()
    return None if entry is None else entry.text


def test_publishing_indexes_and_unpublishing_removes(home):
    page = ContentPageFactory(parent=home, slug="p", intro="First words", live=False)
    assert indexed_text(page) is None

    page.save_revision().publish()
    assert "First words" in indexed_text(page)

    page.refresh_from_db()
    page.unpublish()
    assert indexed_text(page) is None


def test_a_draft_leaves_the_live_text_indexed(home):
    page = ContentPageFactory(parent=home, slug="p", intro="Live words")
    page.intro = "Draft words"
    page.save_revision()

    assert "Live words" in indexed_text(page) and "Draft" not in indexed_text(page)

    page.get_latest_revision().publish()
    assert "Draft words" in indexed_text(page)


def test_deleting_removes(home):
    page = ContentPageFactory(parent=home, slug="p")
    assert indexed_text(page) is not None
    page.delete()
    assert not SearchEntry.objects.filter(page_id=page.pk).exists()


def test_moving_to_another_site_root_reindexes_the_subtree(home, burmese):
    from tests.factories import HomePageFactory

    other_home = HomePageFactory(parent=home.get_parent(), slug="other-home")
    page = ContentPageFactory(parent=home, slug="p")
    child = ContentPageFactory(parent=page, slug="c")

    page.move(other_home, pos="last-child")

    assert SearchEntry.objects.get(page_id=child.pk).site_root_path == other_home.path


def test_a_view_restriction_removes_the_subtree_and_lifting_it_restores(home):
    page = ContentPageFactory(parent=home, slug="p")
    child = ContentPageFactory(parent=page, slug="c")

    restriction = PageViewRestriction.objects.create(page=page, restriction_type="password", password="x")
    assert indexed_text(page) is None and indexed_text(child) is None

    restriction.delete()
    assert indexed_text(page) is not None and indexed_text(child) is not None


def test_translations_are_indexed_in_their_locale(home, burmese):
    page = ContentPageFactory(parent=home, slug="p", title="Title", intro="Words")
    translate_page(home, burmese)
    translated = translate_page(page, burmese, {"Title": "ခေါင်းစဉ်", "Words": "စကားလုံးများ"})

    entry = SearchEntry.objects.get(page_id=translated.pk)
    assert entry.locale_id == burmese.pk and "စကားလုံးများ" in entry.text
    assert " စ ကား လုံး များ " in entry.stems


def test_fields_are_kept_apart_and_markup_is_dropped(home):
    page = ContentPageFactory(parent=home, slug="p", intro="နိဒါန်း")
    page.body = '[{"type": "text", "value": "<p>ပထမ</p><p>ဒုတိယ &amp; <b>bold</b></p>"}]'
    page.save_revision().publish()

    entry = SearchEntry.objects.get(page_id=page.pk)
    assert entry.text == "နိဒါန်း\nပထမ ဒုတိယ & bold"
    assert entry.stems == " about ¶ နိ ဒါန်း ¶ ပ ထ မ ဒု တိ ယ ¶ bold ¶ "


def test_rebuild(home):
    ContentPageFactory(parent=home, slug="p")
    SearchEntry.objects.all().delete()

    assert rebuild() == 2  # the home page and the content page


def test_a_search_asked_before_a_rebuild_finds_what_the_rebuild_indexed(home):
    """The rebuild moves the content version on: a ranking made from the old entries is not read again."""
    from search.results import search_site

    page = ContentPageFactory(parent=home, slug="p", title="Xylophone quux")
    SearchEntry.objects.filter(page_id=page.pk).delete()
    assert search_site(home, "xylophone").total == 0

    rebuild()
    assert search_site(home, "xylophone").total == 1


def test_document_titles_are_searchable(home):
    from tests.api.conftest import make_document
    from tests.factories import PublicationIndexPageFactory, PublicationPageFactory

    index = PublicationIndexPageFactory(parent=home, slug="publications")
    publication = PublicationPageFactory(parent=index, slug="p")
    publication.documents.create(document=make_document("Annual report on detentions"), language="en")
    publication.save_revision().publish()

    assert "Annual report on detentions" in indexed_text(publication)
