"""Documents of drafts and restricted pages are served only to people who may edit them."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from publications.models import PublicationDocument
from tests.factories import PublicationIndexPageFactory, PublicationPageFactory
from tests.participation.helpers import user_in


@pytest.fixture
def draft_with_document(home):
    index = PublicationIndexPageFactory(parent=home, slug="publications")
    page = PublicationPageFactory(parent=index, slug="draft", live=False)
    document = get_document_model()(title="Draft report")
    document.file.save("draft-report.pdf", ContentFile(b"%PDF-1.4 draft"), save=True)
    PublicationDocument.objects.create(page=page, document=document, language="en")
    page.save_revision()
    page.save()  # as the editor's save does: the page's references now include the document
    return page, document


def test_a_drafts_document_is_served_to_editors_only(client, draft_with_document):
    page, document = draft_with_document
    assert client.get(document.url).status_code == 404
    client.force_login(user_in("Translators"))  # may not edit English pages nor change documents
    assert client.get(document.url).status_code == 404
    client.force_login(user_in("Editors"))
    assert client.get(document.url).status_code == 200

    client.logout()
    page.save_revision().publish()
    response = client.get(document.url)
    assert response.status_code == 200 and b"draft" in b"".join(response.streaming_content)


def test_a_restricted_pages_document_is_not_served_to_the_public(client, draft_with_document):
    page, document = draft_with_document
    page.save_revision().publish()
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(document.url).status_code == 404
