"""One document per language per publication, checked in the page form; saving twice adds no row."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from publications.models import PublicationDocument, PublicationPage
from tests.factories import PublicationIndexPageFactory, PublicationPageFactory, user_in


def make_document(title):
    document = get_document_model()(title=title)
    document.file.save(f"{title.lower().replace(' ', '-')}.pdf", ContentFile(b"%PDF-1.4 " + title.encode()), save=True)
    return document


@pytest.fixture
def index(home):
    return PublicationIndexPageFactory(parent=home, slug="publications")


@pytest.fixture
def files(db):
    return {"en": make_document("Statement English"), "my": make_document("Statement Burmese")}


def form_data(rows, action="action-publish"):
    """The publication form as the admin posts it, with new document rows."""
    data = nested_form_data(
        {
            "title": "Statement on the elections",
            "slug": "statement",
            "publication_type": "statement",
            "date": "2021-02-01",
            "issued_by": "IPAM",
            "summary": "The alliance rejects the junta's planned elections.",
            "body": streamfield([("text", rich_text("<p>Full text.</p>"))]),
            "documents": inline_formset(rows),
            "comments": inline_formset([]),
        }
    )
    data[action] = action.removeprefix("action-")
    return data


@pytest.fixture
def moderator_client(client, db):
    client.force_login(user_in("Moderators", "documents-moderator"))
    return client


def test_two_documents_in_one_language_are_refused_on_the_row(moderator_client, index, files):
    rows = [{"document": files["en"].pk, "language": "en"}, {"document": files["my"].pk, "language": "en"}]
    response = moderator_client.post(f"/admin/pages/add/publications/publicationpage/{index.pk}/", form_data(rows))
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is already a document in English: one document per language." in html
    assert "A publication has one document per language" in html
    assert not PublicationPage.objects.filter(slug="statement").exists()
    formset = response.context["form"].formsets["documents"]
    assert not formset.forms[0].errors and "language" in formset.forms[1].errors  # the repeated row is marked


def test_one_document_per_language_is_saved(moderator_client, index, files):
    rows = [{"document": files["en"].pk, "language": "en"}, {"document": files["my"].pk, "language": "my"}]
    response = moderator_client.post(f"/admin/pages/add/publications/publicationpage/{index.pk}/", form_data(rows))
    assert response.status_code == 302
    page = PublicationPage.objects.get(slug="statement")
    assert sorted(page.documents.values_list("language", flat=True)) == ["en", "my"]


def test_a_row_being_deleted_does_not_count(moderator_client, index, files):
    rows = [
        {"document": files["en"].pk, "language": "en", "DELETE": "on"},
        {"document": files["my"].pk, "language": "en"},
    ]
    response = moderator_client.post(f"/admin/pages/add/publications/publicationpage/{index.pk}/", form_data(rows))
    assert response.status_code == 302
    page = PublicationPage.objects.get(slug="statement")
    assert [(item.document, item.language) for item in page.documents.all()] == [(files["my"], "en")]


@pytest.mark.parametrize("action", ["action-publish", "action-draft"])
def test_saving_the_same_form_twice_adds_no_row(moderator_client, index, files, action):
    page = PublicationPageFactory(parent=index, slug="statement")
    page.save_revision().publish()
    data = form_data([{"document": files["en"].pk, "language": "en"}], action=action)
    for _ in range(2):  # the second post carries the row without its new id, as a double click does
        response = moderator_client.post(f"/admin/pages/{page.pk}/edit/", data)
        assert response.status_code == 302, response.content.decode()[:3000]
    latest = PublicationPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert [(item.document, item.language) for item in latest.documents.all()] == [(files["en"], "en")]
    if action == "action-publish":
        assert PublicationDocument.objects.filter(page=page).count() == 1


def test_a_stale_form_cannot_add_a_second_file_in_a_language(moderator_client, index, files):
    page = PublicationPageFactory(parent=index, slug="statement")
    page.save_revision().publish()
    first = moderator_client.post(
        f"/admin/pages/{page.pk}/edit/", form_data([{"document": files["en"].pk, "language": "en"}])
    )
    assert first.status_code == 302
    stale = form_data([{"document": files["my"].pk, "language": "en"}])  # the same form, another file chosen
    response = moderator_client.post(f"/admin/pages/{page.pk}/edit/", stale)
    assert response.status_code == 200
    assert "There is already a document in English" in response.content.decode()
    assert list(PublicationDocument.objects.filter(page=page).values_list("document", flat=True)) == [files["en"].pk]


def test_an_editor_sees_the_same_error(client, index, files):
    client.force_login(user_in("Editors", "documents-editor"))
    page = PublicationPageFactory(parent=index, slug="statement")
    page.save_revision().publish()
    rows = [{"document": files["my"].pk, "language": "my"}, {"document": files["en"].pk, "language": "my"}]
    response = client.post(f"/admin/pages/{page.pk}/edit/", form_data(rows, action="action-draft"))
    assert response.status_code == 200
    assert "There is already a document in Burmese" in response.content.decode()
    assert PublicationPage.objects.get(pk=page.pk).get_latest_revision_as_object().documents.count() == 0
