import datetime

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from publications.models import PublicationDocument, PublicationIndexPage
from tests.factories import CountryFactory, PublicationIndexPageFactory, PublicationPageFactory, TopicFactory


@pytest.fixture
def index(home):
    return PublicationIndexPageFactory(parent=home, slug="publications")


def make_publications(index, count):
    start = datetime.date(2021, 1, 1)
    return [
        PublicationPageFactory(parent=index, title=f"Item {n:02d}", date=start + datetime.timedelta(days=n))
        for n in range(count)
    ]


def test_index_lists_newest_first_in_pages_of_twelve(client, index):
    make_publications(index, 14)

    first = client.get(index.url).content.decode()
    second = client.get(index.url, {"page": 2}).content.decode()

    assert "Showing 1–12 of 14 publications" in first
    assert first.index("Item 13") < first.index("Item 02")
    assert "Item 01" not in first
    assert "Showing 13–14 of 14 publications" in second
    assert "Item 01" in second and "Item 00" in second
    assert 'rel="next" href="/en/publications/?page=2"' in first


@pytest.mark.parametrize(
    ("page", "shown"), [("abc", "Showing 1–12"), ("999", "Showing 13–14"), ("-1", "Showing 13–14")]
)
def test_index_survives_bad_page_numbers(client, index, page, shown):
    make_publications(index, 14)
    response = client.get(index.url, {"page": page})
    assert response.status_code == 200
    assert shown in response.content.decode()


def test_index_has_a_real_empty_state(client, index):
    html = client.get(index.url).content.decode()
    assert "No publications have been published here yet." in html
    assert "0 of 0" not in html


def test_index_hides_drafts(client, index):
    draft = PublicationPageFactory(parent=index, title="Unfinished draft")
    draft.unpublish()
    assert "Unfinished draft" not in client.get(index.url).content.decode()
    assert index.specific_class is PublicationIndexPage


def test_publication_page_shows_metadata_documents_and_taxonomy(client, index):
    topic = TopicFactory(name="Political prisoners", slug="political-prisoners")
    country = CountryFactory(name="Myanmar", code="mm")
    page = PublicationPageFactory(
        parent=index,
        title="Release the MPs",
        issued_by="IPAM",
        summary="Almost 300 parliamentarians signed.",
        body=[("text", "<p>The full text.</p>")],
        topics=[topic],
        countries=[country],
    )
    document_model = get_document_model()
    for language, name in (("en", "statement-en.pdf"), ("my", "statement-my.pdf")):
        document = document_model(title=f"Statement {language}")
        document.file.save(name, ContentFile(b"%PDF-1.4\n" + b"x" * 2048), save=True)
        PublicationDocument.objects.create(page=page, document=document, language=language)

    html = client.get(page.url).content.decode()

    assert "<h1>Release the MPs</h1>" in html
    assert '<time datetime="2021-04-20">20 April 2021</time>' in html
    assert "Statement" in html and "IPAM" in html
    assert "Almost 300 parliamentarians signed." in html and "The full text." in html
    assert "English · PDF · 2 KB" in html and "Burmese · PDF · 2 KB" in html
    assert 'hreflang="my" download' in html
    assert "Political prisoners" in html and "Myanmar" in html
