"""Editors create publications through the Wagtail admin, documents and taxonomy included."""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from publications.models import PublicationPage
from tests.factories import CountryFactory, PublicationIndexPageFactory, TopicFactory


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_superuser("editor-admin", "e@example.org", "pw")
    client.force_login(user)
    return client


def test_editor_publishes_a_publication_with_documents(editor_client, home):
    index = PublicationIndexPageFactory(parent=home, slug="publications")
    topic = TopicFactory(slug="elections", name="Elections")
    country = CountryFactory()
    document = get_document_model()(title="Statement PDF")
    document.file.save("s.pdf", ContentFile(b"%PDF-1.4"), save=True)
    data = nested_form_data(
        {
            "title": "Statement on the elections",
            "slug": "statement-on-the-elections",
            "publication_type": "statement",
            "date": "2021-02-01",
            "issued_by": "IPAM",
            "summary": "The alliance rejects the junta's planned elections.",
            "body": streamfield([("text", rich_text("<p>Full text.</p>"))]),
            "documents": inline_formset([{"document": document.pk, "language": "my"}]),
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )
    data.update(topics=[topic.pk], countries=[country.pk])  # multiple-choice fields, not a nested list

    response = editor_client.post(f"/admin/pages/add/publications/publicationpage/{index.pk}/", data)

    assert response.status_code == 302, response.content.decode()[:2000]
    page = PublicationPage.objects.get(slug="statement-on-the-elections")
    assert page.live
    assert list(page.topics.all()) == [topic]
    assert list(page.countries.all()) == [country]
    assert [(d.document, d.language) for d in page.documents.all()] == [(document, "my")]
    assert "Full text." in editor_client.get(page.url).content.decode()


def test_admin_rejects_a_publication_without_summary(editor_client, home):
    index = PublicationIndexPageFactory(parent=home, slug="publications")
    data = nested_form_data(
        {
            "title": "No summary",
            "slug": "no-summary",
            "publication_type": "statement",
            "date": "2021-02-01",
            "summary": "",
            "body": streamfield([]),
            "documents": inline_formset([]),
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = editor_client.post(f"/admin/pages/add/publications/publicationpage/{index.pk}/", data)
    assert response.status_code == 200
    assert "This field is required" in response.content.decode()
    assert not PublicationPage.objects.filter(slug="no-summary").exists()
